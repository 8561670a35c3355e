from plone import api


def sort_titles_by_pinyin(setup_tool):
    """Existing content gets the pinyin sort key (listings sort by reading)."""
    api.portal.get_tool("portal_catalog").manage_reindexIndex(ids=["sortable_title"])
