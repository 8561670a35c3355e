"""A stored case as the statistics core sees it: dates, limits, rating."""

from plone import api
from putian.policy.applications.rating import rectification as case_rectification
from putian.policy.applications.schedule import deadlines_of
from putian.policy.applications.schedule import suspended_ranges
from putian.policy.applications.state import case_state
from putian.policy.content.department import department_of
from putian.policy.rules.supervision.statistics import CaseTally
from putian.policy.rules.supervision.statistics import working_days_used
from putian.policy.workcalendar.storage import working_calendar


def _closed_ranges(case, decided_on):
    return [
        (first, last if last is not None else decided_on)
        for first, last in suspended_ranges(case)
    ]


def case_tally(case, calendar=None) -> CaseTally | None:
    """The case's CaseTally; None for a case outside any department."""
    department = department_of(case)
    if department is None:
        return None
    calendar = calendar if calendar is not None else working_calendar()
    state = case_state(case)
    submitted = case.submitted.date() if case.submitted else None
    accepted, decided = case.accepted_on, case.decided_on
    committed_deadline = days_used = None
    if accepted is not None and decided is not None:
        deadlines = deadlines_of(case, decided)
        if deadlines is not None and deadlines.committed is not None:
            committed_deadline = deadlines.committed.deadline
        days_used = working_days_used(
            calendar, accepted, decided, _closed_ranges(case, decided)
        )
    rating = case.rating or {}
    rectification = case_rectification(case) or {}
    return CaseTally(
        department=api.content.get_uuid(department),
        state=state,
        submitted_on=submitted,
        accepted_on=accepted,
        decided_on=decided,
        committed_days=case.committed_limit_days,
        committed_deadline=committed_deadline,
        days_used=days_used,
        rating=rating.get("level"),
        rated_on=rating.get("rated_on"),
        rectification_due=rectification.get("due"),
        rectified_on=rectification.get("response_on"),
    )
