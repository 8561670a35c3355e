"""Upgrade 1027: every role starts from its work list (issue 13).

- The catalog keeps what the work lists read (worklist/indexers.py): the
  last catalogue step of each item (a draft sent back) and each case's
  clock; the columns are added and the items' and cases' records filled.
- The personal menu's 仪表盘 becomes 我的待办, leading to @@worklist.
"""

from plone import api
from putian.policy.upgrades import PROFILE_ID

import logging


logger = logging.getLogger("putian.policy.upgrades")

LISTED_TYPES = ("ApprovalItem", "Application")


def start_from_the_worklist(setup_tool):
    for step in ("catalog", "actions"):
        setup_tool.runImportStepFromProfile(PROFILE_ID, step)
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog.unrestrictedSearchResults(portal_type=list(LISTED_TYPES))
    for brain in brains:
        # One small index named: the metadata record is written whole.
        catalog.catalog_object(
            brain._unrestrictedGetObject(), brain.getPath(), idxs=["getId"]
        )
    logger.info("1027: work-list columns filled for %d items and cases", len(brains))
    return len(brains)
