"""Catalog values an item takes from its department stay current."""

from plone import api


# Indexes and metadata derived from the department (see indexers.py).
DEPARTMENT_DERIVED = ["department_title", "level", "getId"]
# (department_title_en is metadata only: reindexing any index refreshes it.)


def reindex_department_items(department, event):
    """A renamed department, or one with a new level, division code or
    credit code, changes its items' listing values and implementation codes."""
    for brain in api.content.find(
        context=department, portal_type="ApprovalItem", unrestricted=True
    ):
        # Reindexing any index also refreshes the item's metadata.
        brain._unrestrictedGetObject().reindexObject(idxs=DEPARTMENT_DERIVED)
