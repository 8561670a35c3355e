"""Upgrade 1026: items are found by pinyin, initials and aliases (俗称).

The ApprovalItem type gets the ``putian.aliases`` behavior, and every item's
SearchableText is indexed again, now with the pinyin and initials of its
title (rules/search_terms.py).
"""

from plone import api
from plone.dexterity.interfaces import IDexterityFTI
from zope.component import getUtility

import logging


logger = logging.getLogger("putian.policy.upgrades")

BEHAVIOR = "putian.aliases"


def enable_aliases(fti) -> bool:
    behaviors = list(fti.behaviors)
    if BEHAVIOR in behaviors:
        return False
    # _updateProperty notifies the change, so the schema cache forgets the type.
    fti._updateProperty("behaviors", (*behaviors, BEHAVIOR))
    return True


def find_items_by_pinyin_and_aliases(setup_tool):
    enabled = enable_aliases(getUtility(IDexterityFTI, name="ApprovalItem"))
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog.unrestrictedSearchResults(portal_type="ApprovalItem")
    for brain in brains:
        brain._unrestrictedGetObject().reindexObject(idxs=["SearchableText"])
    logger.info(
        "1026: aliases behavior %s; SearchableText of %d items indexed again",
        "enabled" if enabled else "already enabled",
        len(brains),
    )
    return len(brains)
