"""The five public stages of a case and the working days it used."""

from datetime import date
from datetime import timedelta
from hypothesis import given
from hypothesis import strategies as st
from putian.policy.rules.calendar.deadlines import compute_deadline
from putian.policy.rules.calendar.working_days import WorkingCalendar
from putian.policy.rules.cases.progress import case_progress
from putian.policy.rules.cases.progress import days_used
from putian.policy.rules.cases.progress import PROGRESS_STAGES
from putian.policy.rules.cases.progress import working_days_used
from putian.policy.rules.cases.workflow import CASE_STATES
from putian.policy.rules.catalogue.terms import tokens
from putian.policy.rules.common.errors import RuleInputError

import pytest


CALENDAR = WorkingCalendar()


def statuses(states, instant=False):
    progress = case_progress(states, instant)
    return [entry.status for entry in progress.stages], progress.current


def test_the_five_stages_in_order():
    assert [(s.token, s.title_zh) for s in PROGRESS_STAGES] == [
        ("apply", "申请"),
        ("accept", "受理"),
        ("review", "审查"),
        ("decide", "决定"),
        ("deliver", "送达"),
    ]
    # Short enough for five columns on a phone.
    assert [s.title_en for s in PROGRESS_STAGES] == [
        "Apply",
        "Accept",
        "Review",
        "Decide",
        "Deliver",
    ]


@pytest.mark.parametrize(
    ("history", "expected", "current"),
    [
        (["submitted"], ["done", "current", "pending", "pending", "pending"], "accept"),
        (
            ["submitted", "correction"],
            ["done", "waiting", "pending", "pending", "pending"],
            "accept",
        ),
        (
            ["submitted", "correction", "submitted"],
            ["done", "current", "pending", "pending", "pending"],
            "accept",
        ),
        (
            ["submitted", "rejected_intake"],
            ["done", "ended", "not_reached", "not_reached", "not_reached"],
            "accept",
        ),
        (
            ["submitted", "accepted"],
            ["done", "done", "current", "pending", "pending"],
            "review",
        ),
        (
            ["submitted", "accepted", "in_review"],
            ["done", "done", "current", "pending", "pending"],
            "review",
        ),
        (
            ["submitted", "accepted", "in_review", "suspended"],
            ["done", "done", "paused", "pending", "pending"],
            "review",
        ),
        (
            ["submitted", "accepted", "in_review", "suspended", "in_review"],
            ["done", "done", "current", "pending", "pending"],
            "review",
        ),
        (
            ["submitted", "accepted", "in_review", "approved"],
            ["done", "done", "done", "done", "current"],
            "deliver",
        ),
        (
            ["submitted", "accepted", "in_review", "denied"],
            ["done", "done", "done", "ended", "not_reached"],
            "decide",
        ),
        (
            ["submitted", "accepted", "in_review", "approved", "delivered"],
            ["done", "done", "done", "done", "done"],
            "deliver",
        ),
        (
            ["submitted", "withdrawn"],
            ["done", "ended", "not_reached", "not_reached", "not_reached"],
            "accept",
        ),
        (
            ["submitted", "accepted", "in_review", "suspended", "withdrawn"],
            ["done", "done", "ended", "not_reached", "not_reached"],
            "review",
        ),
    ],
)
def test_each_state_on_the_bar(history, expected, current):
    assert statuses(history) == (expected, current)


def test_every_state_has_a_place():
    for state in tokens(CASE_STATES):
        history = ["submitted", state] if state != "submitted" else [state]
        progress = case_progress(history)
        assert progress.current in tokens(PROGRESS_STAGES)


def test_finished_only_at_an_end():
    assert case_progress(["submitted", "accepted", "in_review", "denied"]).finished
    assert case_progress(["submitted", "withdrawn"]).finished
    assert not case_progress(
        ["submitted", "accepted", "in_review", "approved"]
    ).finished
    assert case_progress(
        ["submitted", "accepted", "in_review", "approved", "delivered"]
    ).finished


def test_an_instant_item_skips_the_review():
    assert statuses(["submitted", "accepted"], instant=True) == (
        ["done", "done", "skipped", "current", "pending"],
        "decide",
    )
    assert statuses(["submitted", "accepted", "approved"], instant=True) == (
        ["done", "done", "skipped", "done", "current"],
        "deliver",
    )
    assert statuses(["submitted"], instant=True) == (
        ["done", "current", "skipped", "pending", "pending"],
        "accept",
    )
    assert statuses(["submitted", "rejected_intake"], instant=True) == (
        ["done", "ended", "skipped", "not_reached", "not_reached"],
        "accept",
    )


def test_status_of_a_stage():
    progress = case_progress(["submitted", "accepted", "in_review", "suspended"])
    assert progress.status_of("review") == "paused"
    with pytest.raises(KeyError):
        progress.status_of("archive")


@pytest.mark.parametrize(
    "history", [[], "submitted", None, ["closed"], ["withdrawn"], [3]]
)
def test_bad_histories_raise(history):
    with pytest.raises(RuleInputError):
        case_progress(history)


# -- working days used ------------------------------------------------------


def test_days_used_across_national_day_2026():
    # Accepted Tue 2026-09-29.  Counted: Wed 09-30 (1); 10-01..10-07 off
    # (National Day and Mid-Autumn); Thu 10-08 (2), Fri 10-09 (3); Sat
    # 10-10 is a make-up working day (4).
    assert CALENDAR.is_working(date(2026, 10, 10))
    assert working_days_used(CALENDAR, date(2026, 9, 29), date(2026, 10, 9)) == (3, 0)
    assert working_days_used(CALENDAR, date(2026, 9, 29), date(2026, 10, 7)) == (1, 0)
    assert working_days_used(CALENDAR, date(2026, 9, 29), date(2026, 10, 10)) == (4, 0)


def test_the_day_of_acceptance_is_not_counted():
    day = date(2026, 11, 27)
    assert working_days_used(CALENDAR, day, day) == (0, 0)
    assert working_days_used(CALENDAR, day, day + timedelta(days=3)) == (1, 0)


def test_suspended_days_are_not_used():
    # Accepted Mon 2026-11-16; suspended Wed 11-18 .. Fri 11-20 (3 working
    # days); on Tue 11-24: Tue 17, Mon 23, Tue 24 count.
    suspensions = [(date(2026, 11, 18), date(2026, 11, 20))]
    assert working_days_used(
        CALENDAR, date(2026, 11, 16), date(2026, 11, 24), suspensions
    ) == (3, 3)


def test_an_open_suspension_runs_up_to_the_day():
    # Suspended since Wed 11-18: Wed to Fri and Mon, Tue taken out; Tue 17 used.
    suspensions = [(date(2026, 11, 18), None)]
    assert working_days_used(
        CALENDAR, date(2026, 11, 16), date(2026, 11, 24), suspensions
    ) == (1, 5)


def test_a_suspension_partly_outside_the_span():
    suspensions = [(date(2026, 11, 20), date(2026, 11, 30))]
    assert working_days_used(
        CALENDAR, date(2026, 11, 16), date(2026, 11, 24), suspensions
    ) == (3, 3)


def test_days_used_against_the_governing_limit():
    start, day = date(2026, 11, 16), date(2026, 11, 19)
    committed = days_used(CALENDAR, start, day, (), 20, 10)
    assert (committed.used, committed.limit, committed.over) == (3, 10, 0)
    extended = days_used(CALENDAR, start, day, (), 20, 10, extension_days=10)
    assert extended.limit == 20
    statutory = days_used(CALENDAR, start, day, (), 20, None, extension_days=10)
    assert statutory.limit == 30
    none = days_used(CALENDAR, start, day)
    assert (none.limit, none.over) == (None, 0)
    instant = days_used(CALENDAR, start, day, (), 20, 0, extension_days=10)
    assert (instant.limit, instant.over) == (0, 3)
    late = days_used(CALENDAR, start, date(2026, 12, 4), (), 20, 5)
    assert (late.used, late.over) == (14, 9)


@pytest.mark.parametrize(
    ("start", "until", "suspensions"),
    [
        (date(2026, 11, 27), date(2026, 11, 26), ()),
        ("2026-11-27", date(2026, 11, 28), ()),
        (date(2026, 11, 16), date(2026, 11, 24), [(date(2026, 11, 25), None)]),
        (
            date(2026, 11, 16),
            date(2026, 11, 24),
            [(date(2026, 11, 18), date(2026, 11, 17))],
        ),
    ],
)
def test_bad_spans_raise(start, until, suspensions):
    with pytest.raises(RuleInputError):
        working_days_used(CALENDAR, start, until, suspensions)


@given(
    start=st.dates(min_value=date(2024, 1, 1), max_value=date(2026, 6, 30)),
    limit=st.integers(min_value=1, max_value=40),
    pause_after=st.integers(min_value=0, max_value=20),
    pause_length=st.integers(min_value=0, max_value=15),
)
def test_on_the_deadline_day_the_whole_limit_is_used(
    start, limit, pause_after, pause_length
):
    """The count agrees with compute_deadline, suspensions and all."""
    first = start + timedelta(days=pause_after + 1)
    suspensions = [(first, first + timedelta(days=pause_length))]
    deadline = compute_deadline(CALENDAR, start, limit, suspensions).deadline
    used, _suspended = working_days_used(CALENDAR, start, deadline, suspensions)
    assert used == limit
    before = deadline - timedelta(days=1)
    assert working_days_used(CALENDAR, start, before, suspensions)[0] == limit - 1
