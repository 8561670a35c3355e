"""What waits for whom (rules.worklists)."""

from datetime import date
from putian.policy.rules.calendar.working_days import WorkingCalendar
from putian.policy.rules.cases.deadlines import case_deadlines
from putian.policy.rules.cases.deadlines import case_traffic_light
from putian.policy.rules.cases.worklists import case_states_for
from putian.policy.rules.cases.worklists import case_timing
from putian.policy.rules.cases.worklists import CaseClock
from putian.policy.rules.cases.worklists import deadline_order
from putian.policy.rules.cases.worklists import is_sent_back
from putian.policy.rules.cases.worklists import waits_for
from putian.policy.rules.common.errors import RuleInputError

import pytest


def test_states_per_role():
    assert case_states_for("WindowClerk") == {"submitted", "approved"}
    assert case_states_for("CaseReviewer") == {"accepted", "in_review", "suspended"}
    assert case_states_for("CaseDecider") == {"accepted", "in_review"}


@pytest.mark.parametrize(
    ("role", "state", "instant", "expected"),
    [
        ("WindowClerk", "submitted", False, True),
        ("WindowClerk", "correction", False, False),
        ("WindowClerk", "approved", False, True),
        ("CaseReviewer", "accepted", False, True),
        ("CaseReviewer", "accepted", True, False),
        ("CaseDecider", "accepted", False, False),
        ("CaseDecider", "accepted", True, True),
        ("CaseDecider", "in_review", False, True),
        ("CaseDecider", "suspended", False, False),
        ("CaseReviewer", "delivered", False, False),
    ],
)
def test_waits_for(role, state, instant, expected):
    assert waits_for(role, state, instant) is expected


def test_unknown_role():
    with pytest.raises(RuleInputError) as caught:
        waits_for("Applicant", "submitted")
    assert caught.value.code == "unknown_case_role"


def test_sent_back():
    assert is_sent_back("reject")
    assert not is_sent_back("submit")
    assert not is_sent_back(None)


def test_overdue_first_then_by_deadline():
    rows = [
        ("green", date(2025, 3, 1)),
        (None, None),
        ("yellow", date(2025, 3, 10)),
        ("red", date(2025, 2, 20)),
        ("green", date(2025, 2, 25)),
        ("red", date(2025, 2, 10)),
        (None, date(2025, 1, 1)),
    ]
    ordered = sorted(rows, key=lambda row: deadline_order(*row))
    assert ordered == [
        ("red", date(2025, 2, 10)),
        ("red", date(2025, 2, 20)),
        ("yellow", date(2025, 3, 10)),
        ("green", date(2025, 2, 25)),
        ("green", date(2025, 3, 1)),
        (None, date(2025, 1, 1)),
        (None, None),
    ]


CALENDAR = WorkingCalendar()
# Monday 2025-03-03; 2025-03-17 is ten working days later.
MONDAY = date(2025, 3, 3)


def test_timing_of_a_case_not_accepted_yet():
    clock = CaseClock(None, 20, 10)
    assert case_timing(CALENDAR, MONDAY, "submitted", clock) == (None, None)


def test_timing_without_any_limit():
    clock = CaseClock(MONDAY, None, None)
    assert case_timing(CALENDAR, MONDAY, "accepted", clock) == (None, None)


def test_timing_follows_the_committed_deadline():
    clock = CaseClock(MONDAY, 20, 10)
    assert case_timing(CALENDAR, MONDAY, "in_review", clock) == (
        date(2025, 3, 17),
        "green",
    )
    assert case_timing(CALENDAR, date(2025, 3, 14), "in_review", clock) == (
        date(2025, 3, 17),
        "yellow",
    )
    assert case_timing(CALENDAR, date(2025, 3, 18), "in_review", clock) == (
        date(2025, 3, 17),
        "red",
    )


def test_timing_is_the_case_pages_own():
    """An open suspension and an extension count as case_deadlines counts."""
    today = date(2025, 3, 12)
    clock = CaseClock(MONDAY, 20, 10, ((date(2025, 3, 10), None),), 5)
    deadlines = case_deadlines(
        CALENDAR, MONDAY, 20, 10, [(date(2025, 3, 10), None)], 5, today
    )
    assert case_timing(CALENDAR, today, "suspended", clock) == (
        deadlines.governing.deadline,
        case_traffic_light(CALENDAR, today, deadlines),
    )
    # Three suspended days and five extra: eight working days later.
    assert deadlines.governing.deadline == date(2025, 3, 27)


def test_timing_of_a_grant_waiting_for_delivery():
    due = date(2025, 3, 17)
    clock = CaseClock(MONDAY, 20, 10, certificate_due=due)
    assert case_timing(CALENDAR, MONDAY, "approved", clock) == (due, "green")
    assert case_timing(CALENDAR, date(2025, 3, 18), "approved", clock) == (
        due,
        "red",
    )
    assert case_timing(CALENDAR, MONDAY, "approved", CaseClock(MONDAY, 20, 10)) == (
        None,
        None,
    )
