"""A case's deadlines: stored, moved by suspensions and extensions, and
recomputed when the working calendar changes."""

from datetime import date
from datetime import timedelta
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from putian.policy.applications.schedule import refresh_deadlines
from putian.policy.applications.schedule import suspended_ranges
from putian.policy.workcalendar.events import CalendarChangedEvent
from putian.policy.workcalendar.storage import apply_arrangement
from tests.fixtures.applications import act
from tests.fixtures.applications import SUSPENSION
from zope.event import notify


def accepted_on(case, day):
    case.accepted_on = day
    refresh_deadlines(case, on=day)


def test_deadlines_from_the_official_calendar(case):
    # Accepted Monday 28 Sep 2026: National Day week and the make-up day.
    accepted_on(case, date(2026, 9, 28))
    assert case.committed_deadline == date(2026, 10, 16)


def test_a_suspension_moves_the_deadline_by_the_suspended_working_days(case):
    accepted_on(case, date(2026, 11, 2))
    before = case.committed_deadline
    case.suspensions = (
        {
            "kind": "inspection",
            "reason": "现场核查",
            "expected_days": 5,
            "started_on": date(2026, 11, 4),
            "resumed_on": date(2026, 11, 11),
        },
    )
    refresh_deadlines(case)
    # 4..10 November suspended: five working days.
    assert suspended_ranges(case) == [(date(2026, 11, 4), date(2026, 11, 10))]
    assert case.committed_deadline == before + timedelta(days=7)


def test_an_open_suspension_counts_up_to_today(case):
    act("clerk_a", case, "accept")
    act("case_reviewer_a", case, "start_review")
    act("case_reviewer_a", case, "suspend", **SUSPENSION)
    assert suspended_ranges(case)[0][1] is None
    assert case.committed_deadline is not None


def test_a_calendar_change_moves_running_cases(case):
    act("clerk_a", case, "accept")
    before = case.committed_deadline
    # The day before the deadline becomes a holiday.
    from putian.policy.rules.calendar.arrangement import arrangement_from_json

    holiday = before - timedelta(days=1)
    while holiday.weekday() >= 5:
        holiday -= timedelta(days=1)
    with api.env.adopt_user(SITE_OWNER_NAME):
        years = apply_arrangement(
            arrangement_from_json(
                {
                    "year": holiday.year,
                    "holidays": [{"date": holiday.isoformat(), "name": "临时假日"}],
                }
            )
        )
        notify(CalendarChangedEvent(api.portal.get(), years))
    assert case.committed_deadline > before
