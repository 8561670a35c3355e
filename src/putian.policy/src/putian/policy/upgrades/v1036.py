"""Upgrade 1036: ratings keep their channel; bad ratings are rectified
(issue 14, R21).

- A rating given before channels were kept was given online: it is stored
  with the channel web.
- A bad rating (不满意, 非常不满意) given before opens its rectification,
  the deadlines counted from the day it was given; an old one is overdue
  at once, as it is.
- Every rated case is reindexed: its supervision facts carry the
  rectification (supervision/facts.py).
"""

from plone import api
from putian.policy.applications.rating import open_rectification
from putian.policy.rules.cases.ratings import WEB
from putian.policy.workcalendar.storage import working_calendar

import logging


logger = logging.getLogger("putian.policy.upgrades")


def rectify_bad_ratings(setup_tool):
    catalog = api.portal.get_tool("portal_catalog")
    calendar = working_calendar()
    rated = opened = 0
    for brain in catalog.unrestrictedSearchResults(portal_type="Application"):
        case = brain._unrestrictedGetObject()
        rating = case.rating
        if rating is None:
            continue
        rated += 1
        if "channel" not in rating:
            case.rating = {**rating, "channel": WEB}
        if open_rectification(case, rating["level"], rating["rated_on"], calendar):
            opened += 1
        # One small index named: the metadata record is written whole.
        catalog.catalog_object(case, brain.getPath(), idxs=["getId"])
    logger.info("1036: %d rated cases, %d rectifications opened", rated, opened)
    return rated
