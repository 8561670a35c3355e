"""The public catalogue: published items, never a working copy under review."""

from plone import api
from plone.app.iterate.dexterity.utils import get_baseline
from plone.app.iterate.interfaces import IWorkingCopy


PUBLISHED = "published"


def published_items(**query) -> list:
    """Brains of the published items matching ``query``, by name (pinyin)."""
    query.setdefault("sort_on", "sortable_title")
    brains = api.content.find(
        portal_type="ApprovalItem", review_state=PUBLISHED, **query
    )
    return [brain for brain in brains if not brain.is_working_copy]


def is_public(item) -> bool:
    """The item is in the public catalogue (a working copy: its original)."""
    if IWorkingCopy.providedBy(item):
        item = get_baseline(item) or item
    return api.content.get_state(item, default=None) == PUBLISHED
