"""A life event taken out of the taxonomy is taken off the items too."""

from plone import api


def untag_items(event_obj, event) -> None:
    uid = api.content.get_uuid(event_obj)
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(life_events=uid):
        item = brain._unrestrictedGetObject()
        item.life_events = [tag for tag in item.life_events or () if tag != uid]
        item.reindexObject(idxs=["life_events"])
