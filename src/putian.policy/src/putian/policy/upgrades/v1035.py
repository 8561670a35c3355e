"""Upgrade 1035: the public statistics' counters, counted from every case.

New cases are counted as they move (statistics/subscribers.py); the cases
a site already holds are counted once here.
"""

from plone import api
from putian.policy.statistics.rebuild import rebuild

import logging


logger = logging.getLogger("putian.policy.upgrades")


def count_existing_cases(context=None):
    counted = rebuild(api.portal.get())
    logger.info("1035: %s cases counted in the public statistics", counted)
