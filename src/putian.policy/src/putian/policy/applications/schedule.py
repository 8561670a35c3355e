"""A case's deadlines, kept on the case and recomputed when needed.

The statutory and committed limits are copied onto the case when it is
submitted: the case is held to the promise made when it was filed.
Suspensions are kept as the day a special step began and the day time
restarted; the core counts them as inclusive ranges of suspended days.
"""

from datetime import timedelta
from plone import api
from putian.policy.applications.state import case_state
from putian.policy.rules.calendar.clock import today
from putian.policy.rules.cases.deadlines import case_deadlines
from putian.policy.rules.cases.deadlines import case_traffic_light
from putian.policy.rules.cases.deadlines import certificate_due
from putian.policy.rules.cases.workflow import OPEN_STATES
from putian.policy.workcalendar.storage import working_calendar


# The cases whose deadlines a calendar change can move.
SCHEDULED_STATES = tuple(sorted(OPEN_STATES | {"approved"}))


def suspended_ranges(case) -> list:
    """(first, last) suspended days; the open one as (first, None)."""
    ranges = []
    for suspension in case.suspensions:
        first, resumed = suspension["started_on"], suspension.get("resumed_on")
        if resumed is None:
            ranges.append((first, None))
        elif resumed > first:
            ranges.append((first, resumed - timedelta(days=1)))
    return ranges


def deadlines_of(case, on=None):
    """The core's CaseDeadlines of an accepted case, None before acceptance."""
    if case.accepted_on is None:
        return None
    if case.statutory_limit_days is None and case.committed_limit_days is None:
        return None
    return case_deadlines(
        working_calendar(),
        case.accepted_on,
        case.statutory_limit_days,
        case.committed_limit_days,
        suspended_ranges(case),
        (case.extension or {}).get("days", 0),
        on or today(),
    )


def refresh_deadlines(case, on=None) -> None:
    """Store the case's deadlines as the calendar and its history give them."""
    deadlines = deadlines_of(case, on)
    statutory = committed = None
    if deadlines is not None:
        statutory = deadlines.statutory.deadline if deadlines.statutory else None
        committed = deadlines.committed.deadline if deadlines.committed else None
    case.statutory_deadline = statutory
    case.committed_deadline = committed
    decided_on = case.decided_on
    approved = (case.decision or {}).get("kind") == "approved"
    case.certificate_due = (
        certificate_due(working_calendar(), decided_on).deadline
        if approved and decided_on
        else None
    )


def traffic_light(case, on=None) -> str | None:
    """green, yellow or red while the case runs; None once decided,
    withdrawn or rejected at intake."""
    if case_state(case) not in OPEN_STATES:
        return None
    deadlines = deadlines_of(case, on)
    if deadlines is None:
        return None
    return case_traffic_light(working_calendar(), on or today(), deadlines)


def recompute_on_calendar_change(event) -> None:
    """Official arrangements arrive late in the year: move running cases."""
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(
        portal_type="Application", review_state=SCHEDULED_STATES
    ):
        case = brain._unrestrictedGetObject()
        before = (case.statutory_deadline, case.committed_deadline)
        refresh_deadlines(case)
        if (case.statutory_deadline, case.committed_deadline) != before:
            case.reindexObject()
