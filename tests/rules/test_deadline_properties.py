"""Properties of compute_deadline, checked with hypothesis."""

from datetime import date
from datetime import timedelta
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st
from putian.policy.rules.calendar.deadlines import compute_deadline
from putian.policy.rules.calendar.deadlines import remaining_working_days
from putian.policy.rules.calendar.working_days import DayOverride
from putian.policy.rules.calendar.working_days import WorkingCalendar

import chinese_calendar


CALENDAR = WorkingCalendar()
OVERRIDDEN = WorkingCalendar(
    {
        date(2025, 2, 10): DayOverride(False, "地方节日"),
        date(2025, 2, 4): DayOverride(True, "调休上班"),
        date(2027, 2, 20): DayOverride(True, "春节调休上班"),
    }
)
calendars = st.sampled_from([CALENDAR, OVERRIDDEN])
# Official years, both provisional edges and the 2026/2027 boundary.
starts = st.dates(min_value=date(2002, 10, 1), max_value=date(2028, 3, 1))
limits = st.integers(min_value=0, max_value=80)


@st.composite
def suspension_lists(draw, start):
    """Up to three sorted, non-overlapping inclusive ranges around ``start``."""
    ranges = []
    first = start - timedelta(days=draw(st.integers(0, 10)))
    for _ in range(draw(st.integers(0, 3))):
        first += timedelta(days=draw(st.integers(0, 40)))
        last = first + timedelta(days=draw(st.integers(0, 15)))
        ranges.append((first, last))
        first = last + timedelta(days=1)
    return ranges


@st.composite
def cases(draw):
    start = draw(starts)
    return (
        draw(calendars),
        start,
        draw(limits),
        draw(suspension_lists(start)),
        draw(st.sampled_from([0, 0, 10])),
    )


def suspended(day, suspensions):
    return any(first <= day <= last for first, last in suspensions)


def reference_deadline(calendar, start, total, suspensions):
    """The law read literally: walk day by day."""
    day, counted = start, 0
    while counted < total:
        day += timedelta(days=1)
        if calendar.is_working(day) and not suspended(day, suspensions):
            counted += 1
    return day


@settings(max_examples=400, deadline=None)
@given(cases())
def test_matches_the_day_by_day_reading(case):
    calendar, start, days, suspensions, extension = case
    result = compute_deadline(calendar, start, days, suspensions, extension)
    total = days + extension
    assert result.deadline == reference_deadline(calendar, start, total, suspensions)

    counted = result.counted
    assert len(counted) == total
    assert counted == sorted(set(counted))
    for day in counted:
        assert day > start
        assert calendar.is_working(day)
        assert not suspended(day, suspensions)
    if total:
        assert calendar.is_working(result.deadline)
        assert counted[-1] == result.deadline
    else:
        assert result.deadline == start

    # Counted and skipped days partition (start, deadline].
    skipped_days = [day for day, _ in result.skipped]
    span = (result.deadline - start).days
    assert sorted(counted + skipped_days) == [
        start + timedelta(days=n) for n in range(1, span + 1)
    ]
    for day, reason in result.skipped:
        if calendar.is_working(day):
            assert reason == "暂停计时（特殊环节）"
            assert suspended(day, suspensions)
        else:
            assert reason == calendar.non_working_reason(day)

    used_years = {day.year for day in counted + skipped_days}
    provisional = any(calendar.is_provisional_year(year) for year in used_years)
    assert result.provisional == provisional
    assert (result.calendar_status == "provisional") == provisional


@settings(max_examples=200, deadline=None)
@given(cases())
def test_never_earlier_when_days_grow(case):
    calendar, start, days, suspensions, extension = case
    shorter = compute_deadline(calendar, start, days, suspensions, extension)
    longer = compute_deadline(calendar, start, days + 1, suspensions, extension)
    assert longer.deadline > shorter.deadline
    extended = compute_deadline(calendar, start, days, suspensions, extension + 10)
    assert extended.deadline >= longer.deadline


@settings(max_examples=200, deadline=None)
@given(cases(), st.integers(0, 10))
def test_never_earlier_when_suspensions_are_added_or_grow(case, growth):
    calendar, start, days, suspensions, extension = case
    base = compute_deadline(calendar, start, days, suspensions, extension)
    for index in range(len(suspensions)):
        fewer = suspensions[:index] + suspensions[index + 1 :]
        assert (
            compute_deadline(calendar, start, days, fewer, extension).deadline
            <= base.deadline
        )
    if suspensions:
        # Grow the last range (nothing after it to overlap).
        first, last = suspensions[-1]
        grown = suspensions[:-1] + [(first, last + timedelta(days=growth))]
        assert (
            compute_deadline(calendar, start, days, grown, extension).deadline
            >= base.deadline
        )


@settings(max_examples=200, deadline=None)
@given(starts, limits)
def test_remaining_at_start_is_the_limit(start, days):
    result = compute_deadline(CALENDAR, start, days)
    assert remaining_working_days(CALENDAR, start, result.deadline) == days
    after = result.deadline + timedelta(days=1)
    assert remaining_working_days(CALENDAR, after, result.deadline) <= 0


@settings(max_examples=300, deadline=None)
@given(
    st.dates(min_value=date(2004, 1, 1), max_value=date(2026, 8, 31)),
    st.integers(min_value=1, max_value=60),
)
def test_agrees_with_chinese_calendar_in_official_years(start, days):
    day = start
    for _ in range(days):
        day = chinese_calendar.find_workday(0, day + timedelta(days=1))
    assert compute_deadline(CALENDAR, start, days).deadline == day
