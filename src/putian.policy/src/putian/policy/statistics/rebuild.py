"""The counters counted afresh from every stored case (upgrade 1035)."""

from plone import api
from putian.policy.statistics.store import statistics_store
from putian.policy.statistics.tally import case_tally


def rebuild(site) -> int:
    """Count every case of the site afresh; the number of cases counted."""
    store = statistics_store(site)
    store.sums.clear()
    store.cases.clear()
    catalog = api.portal.get_tool("portal_catalog")
    counted = 0
    for brain in catalog.unrestrictedSearchResults(portal_type="Application"):
        case = brain._unrestrictedGetObject()
        store.count(brain.UID, case_tally(case))
        counted += 1
    return counted
