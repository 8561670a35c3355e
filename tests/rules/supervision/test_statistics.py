"""R22: a department's monthly figures, hand-computed.

National Day 2025: Oct 1-8 off, Saturday Oct 11 a make-up working day.
A case accepted on Tuesday Sep 30 counts Oct 9 (1), Oct 10 (2), Sat Oct 11
(3), Oct 13 (4), Oct 14 (5).
"""

from datetime import date
from putian.policy.rules.calendar.working_days import WorkingCalendar
from putian.policy.rules.common.errors import RuleInputError
from putian.policy.rules.supervision.statistics import add_counters
from putian.policy.rules.supervision.statistics import case_counts
from putian.policy.rules.supervision.statistics import CaseTally
from putian.policy.rules.supervision.statistics import month_figures
from putian.policy.rules.supervision.statistics import parse_month
from putian.policy.rules.supervision.statistics import working_days_used

import pytest


CALENDAR = WorkingCalendar()


def month_of(tallies, month):
    total = {}
    for tally in tallies:
        for (key, counter), amount in case_counts(tally).items():
            if key == month:
                total[counter] = total.get(counter, 0) + amount
    return total


def test_working_days_used_skip_the_holiday_and_count_the_make_up_day():
    assert working_days_used(CALENDAR, date(2025, 9, 30), date(2025, 10, 14)) == 5
    assert working_days_used(CALENDAR, date(2025, 9, 30), date(2025, 9, 30)) == 0


def test_suspended_working_days_are_not_used():
    # Suspended Oct 9-10: two working days of the five are not counted.
    used = working_days_used(
        CALENDAR,
        date(2025, 9, 30),
        date(2025, 10, 14),
        [(date(2025, 10, 9), date(2025, 10, 10))],
    )
    assert used == 3


def test_one_case_counts_in_the_months_its_steps_happened():
    tally = CaseTally(
        department="market",
        state="delivered",
        submitted_on=date(2025, 9, 29),
        accepted_on=date(2025, 9, 30),
        decided_on=date(2025, 10, 14),
        committed_days=5,
        committed_deadline=date(2025, 10, 14),
        days_used=5,
        rating="satisfied",
        rated_on=date(2025, 11, 3),
    )
    assert case_counts(tally) == {
        ("2025-09", "received"): 1,
        ("2025-09", "accepted"): 1,
        ("2025-10", "completed"): 1,
        ("2025-10", "with_committed_limit"): 1,
        ("2025-10", "on_time"): 1,
        ("2025-10", "days_used"): 5,
        ("2025-10", "days_committed"): 5,
        ("2025-11", "rated"): 1,
        ("2025-11", "rating_satisfied"): 1,
    }


def test_an_open_case_counts_as_received_and_accepted_only():
    tally = CaseTally(
        "market", "in_review", date(2025, 10, 9), date(2025, 10, 9), committed_days=5
    )
    assert set(case_counts(tally)) == {
        ("2025-10", "received"),
        ("2025-10", "accepted"),
    }


OCTOBER = [
    # On time on the deadline: 5 of 5 days.
    CaseTally(
        "market",
        "approved",
        date(2025, 9, 29),
        date(2025, 9, 30),
        date(2025, 10, 14),
        5,
        date(2025, 10, 14),
        5,
    ),
    # Early: 2 of 5 days.
    CaseTally(
        "market",
        "denied",
        date(2025, 10, 9),
        date(2025, 10, 9),
        date(2025, 10, 13),
        5,
        date(2025, 10, 16),
        2,
    ),
    # Late: 7 of 3 days.
    CaseTally(
        "market",
        "delivered",
        date(2025, 10, 9),
        date(2025, 10, 9),
        date(2025, 10, 20),
        3,
        date(2025, 10, 14),
        7,
    ),
    # Instant: decided on the day of acceptance.
    CaseTally(
        "market",
        "delivered",
        date(2025, 10, 10),
        date(2025, 10, 10),
        date(2025, 10, 10),
        0,
        date(2025, 10, 10),
        0,
        rating="very_satisfied",
        rated_on=date(2025, 10, 10),
    ),
    # Not accepted: received only, rated badly.
    CaseTally(
        "market",
        "rejected_intake",
        date(2025, 10, 11),
        rating="dissatisfied",
        rated_on=date(2025, 10, 13),
    ),
    # Still open.
    CaseTally("market", "in_review", date(2025, 10, 13), date(2025, 10, 13), None, 5),
]


def test_october_figures_against_the_targets():
    figures = month_figures(month_of(OCTOBER, "2025-10"))
    assert figures["received"] == 5
    assert figures["accepted"] == 4
    assert figures["completed"] == 4
    assert figures["instant"] == 1
    # 3 of 4 on time (75.0 %, target 100 %: not met); early: only the case
    # decided before its deadline, 1 of 4 (on the deadline is not early).
    assert figures["on_time"] == 3
    assert figures["on_time_share"] == {"percent": 75.0, "target": 100.0, "met": False}
    assert figures["early"] == 1
    assert figures["early_share"] == {"percent": 25.0, "target": None, "met": None}
    # Days used (5 + 2 + 7 + 0) / 4 = 3.5 against (5 + 5 + 3 + 0) / 4 = 3.25.
    assert figures["average_days"] == {
        "days_used": 3.5,
        "days_committed": 3.3,
        "met": False,
    }
    assert figures["ratings"]["total"] == 2
    assert figures["ratings"]["counts"]["very_satisfied"] == 1
    assert figures["ratings"]["counts"]["dissatisfied"] == 1
    assert figures["satisfied_share"]["percent"] == 50.0


def test_shares_round_half_up_to_one_decimal_and_are_judged_exactly():
    # 2 of 3 = 66.666... -> 66.7; 1 of 8 = 12.5 -> 12.5; 1 of 16 = 6.25 -> 6.3.
    figures = month_figures({"with_committed_limit": 3, "on_time": 2, "early": 1})
    assert figures["on_time_share"]["percent"] == 66.7
    assert month_figures({"rated": 16, "rating_satisfied": 1})["satisfied_share"][
        "percent"
    ] == pytest.approx(6.3)
    # 1999 of 2000 rounds to 100.0 % but does not meet the 100 % target.
    almost = month_figures({"with_committed_limit": 2000, "on_time": 1999})
    assert almost["on_time_share"] == {"percent": 100.0, "target": 100.0, "met": False}
    assert month_figures({"with_committed_limit": 4, "on_time": 4})["on_time_share"][
        "met"
    ]


def test_a_month_without_cases_has_counts_of_zero_and_no_shares():
    figures = month_figures({})
    assert figures["received"] == 0
    assert figures["completed"] == 0
    assert figures["on_time_share"] == {"percent": None, "target": 100.0, "met": None}
    assert figures["early_share"]["percent"] is None
    assert figures["satisfied_share"]["percent"] is None
    assert figures["average_days"] == {
        "days_used": None,
        "days_committed": None,
        "met": None,
    }


def test_departments_add_up():
    total = add_counters({}, {"received": 2, "on_time": 1})
    add_counters(total, {"received": 3})
    assert total == {"received": 5, "on_time": 1}


def test_unknown_counter_is_refused():
    with pytest.raises(RuleInputError):
        month_figures({"names": 1})


@pytest.mark.parametrize("value", ["2025-13", "2025-1", "25-01", "2025/01", None, ""])
def test_bad_month_is_refused_in_chinese(value):
    with pytest.raises(RuleInputError) as raised:
        parse_month(value)
    assert "月份" in raised.value.message_zh


def test_good_month_is_kept():
    assert parse_month("2025-10") == "2025-10"


@pytest.mark.parametrize(
    ("rectified_on", "on_time"),
    [
        (None, 0),  # not rectified yet
        (date(2025, 10, 27), 1),  # on its deadline
        (date(2025, 10, 28), 0),  # a day late
    ],
)
def test_a_bad_rating_counts_with_its_rectification_in_the_month_rated(
    rectified_on, on_time
):
    tally = CaseTally(
        department="market",
        state="delivered",
        rating="dissatisfied",
        rated_on=date(2025, 9, 30),
        rectification_due=date(2025, 10, 27),
        rectified_on=rectified_on,
    )
    counts = case_counts(tally)
    assert counts[("2025-09", "bad_rated")] == 1
    assert counts.get(("2025-09", "rectified_on_time"), 0) == on_time
    figures = month_figures({name: n for (_, name), n in counts.items()})
    assert figures["bad_ratings"] == 1
    assert figures["rectified_on_time_share"] == {
        "percent": 100.0 * on_time,
        "target": 100.0,
        "met": bool(on_time),
    }


def test_no_bad_rating_gives_no_rectification_share():
    assert month_figures({"rated": 3, "rating_satisfied": 3})[
        "rectified_on_time_share"
    ] == {"percent": None, "target": 100.0, "met": None}
