"""Upgrade 1028: the guide, flow and review rules move with their item.

- The catalogue workflow's guards: a guide, flow or review rules in step
  with its item offers no step of its own (catalogue/parts.py).
- Before 1028 each part was stepped by hand, so an existing site may have
  parts left behind their item (an item published, its guide a draft). Each
  is brought to its item's state through the workflow, step by step, where
  the workflow allows it (the rules that guard publishing still apply); one
  log line per part moved or left where it stands.
"""

from plone import api
from putian.policy.catalogue.parts import bring_to_state
from putian.policy.catalogue.parts import parts_of
from putian.policy.upgrades import PROFILE_ID

import logging


logger = logging.getLogger("putian.policy.upgrades")

NOTE = "随所属事项一并流转（升级1028）。"


def _path(obj) -> str:
    return "/".join(obj.getPhysicalPath())


def bring_part_to_its_item(part, goal) -> bool:
    """True when ``part`` is now in its item's state ``goal``."""
    before = api.content.get_state(part, default=None)
    steps = bring_to_state(part, goal, comment=NOTE)
    after = api.content.get_state(part, default=None)
    if steps is None:
        logger.warning(
            "1028: %s stays %s (was %s): the workflow does not let it reach "
            "its item's state %s",
            _path(part),
            after,
            before,
            goal,
        )
        return False
    logger.info(
        "1028: %s %s -> %s (%s), as its item",
        _path(part),
        before,
        after,
        ", ".join(steps),
    )
    return True


def parts_follow_their_item(setup_tool):
    setup_tool.runImportStepFromProfile(PROFILE_ID, "workflow")
    catalog = api.portal.get_tool("portal_catalog")
    moved = behind = 0
    for brain in catalog.unrestrictedSearchResults(portal_type="ApprovalItem"):
        item = brain._unrestrictedGetObject()
        goal = api.content.get_state(item, default=None)
        if goal is None:
            continue
        for part in parts_of(item):
            if api.content.get_state(part, default=None) == goal:
                continue
            if bring_part_to_its_item(part, goal):
                moved += 1
            else:
                behind += 1
    logger.info("1028: %d parts brought to their item's state, %d left", moved, behind)
    return moved, behind
