"""The catalogue's side of the public statistics (R14, R17, R22): per
department, its published items by lifecycle status and the plan's
one-trip (target 90 %) and online (80 %) shares, counted from the
catalog as the department report and the front page count them
(``catalogue.report.published_shares``); no object is woken.
"""

from collections import Counter
from collections import defaultdict
from plone import api
from putian.policy.catalogue.report import published_shares


def _share(indicator) -> dict:
    return {
        "percent": indicator.percent,
        "target": indicator.target_percent,
        "met": indicator.meets_target,
    }


def _figures(brains) -> dict:
    shares = published_shares(brains)
    return {
        "published": len(brains),
        "by_status": dict(
            sorted(Counter(brain.lifecycle_status or "" for brain in brains).items())
        ),
        "one_trip_share": _share(shares["one_trip"]),
        "online_share": _share(shares["online"]),
    }


def catalogue_figures(department_uids) -> tuple[dict, dict]:
    """({department UID: figures}, the figures over all of them) for the
    published items in force (working copies left out)."""
    catalog = api.portal.get_tool("portal_catalog")
    query = {"portal_type": "ApprovalItem", "review_state": "published"}
    if len(department_uids) == 1:
        query["department_uid"] = department_uids[0]
    by_department = defaultdict(list)
    for brain in catalog.unrestrictedSearchResults(**query):
        if not brain.is_working_copy:
            by_department[brain.department_uid].append(brain)
    chosen = [brain for uid in department_uids for brain in by_department[uid]]
    return (
        {uid: _figures(by_department[uid]) for uid in department_uids},
        _figures(chosen),
    )
