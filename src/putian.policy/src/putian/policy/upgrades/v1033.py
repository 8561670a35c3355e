"""Upgrade 1033: electronic supervision reads what it needs (issue 14, R20).

- Supervisors read the cases of every department and the audit trail, and
  never edit a case: the workflows and the rolemap are imported again and
  every object's rights are brought in line with them.
- The catalog keeps each case's supervision facts (supervision/facts.py)
  and each flow's days of special steps: the columns are added and every
  case's and flow's record filled, so that the lines are computed from
  the catalog without waking a case.
"""

from plone import api
from putian.policy.upgrades import PROFILE_ID

import logging


logger = logging.getLogger("putian.policy.upgrades")


def supervise_electronically(setup_tool):
    for step in ("rolemap", "workflow", "catalog"):
        setup_tool.runImportStepFromProfile(PROFILE_ID, step)
    updated = api.portal.get_tool("portal_workflow").updateRoleMappings()
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog.unrestrictedSearchResults(
        portal_type=["Application", "ApprovalFlow"]
    )
    for brain in brains:
        # One small index named: the metadata record is written whole.
        catalog.catalog_object(
            brain._unrestrictedGetObject(), brain.getPath(), idxs=["getId"]
        )
    logger.info(
        "1033: rights updated on %d objects, supervision facts of %d cases and flows",
        updated,
        len(brains),
    )
    return len(brains)
