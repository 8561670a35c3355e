"""The calendar: official arrangements, provisional years, overrides."""

from datetime import date
from datetime import timedelta
from putian.policy.rules.calendar.working_days import DayOverride
from putian.policy.rules.calendar.working_days import FIRST_YEAR
from putian.policy.rules.calendar.working_days import LAST_YEAR
from putian.policy.rules.calendar.working_days import WorkingCalendar
from putian.policy.rules.common.errors import RuleInputError

import chinese_calendar
import pytest


CALENDAR = WorkingCalendar()


def days_between(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def off_days(first: date, last: date) -> list[date]:
    return [day for day in days_between(first, last) if not CALENDAR.is_working(day)]


# (period, expected days off, expected make-up working days): the published
# State Council notices, checked against chinese_calendar 1.11.0 below.
OFFICIAL_ARRANGEMENTS = [
    (
        "2025 春节",
        (date(2025, 1, 28), date(2025, 2, 4)),
        [date(2025, 1, 26), date(2025, 2, 8)],
        "春节",
    ),
    (
        "2025 国庆节",
        (date(2025, 10, 1), date(2025, 10, 8)),
        [date(2025, 9, 28), date(2025, 10, 11)],
        "国庆节",
    ),
    (
        "2026 春节",
        (date(2026, 2, 15), date(2026, 2, 23)),
        [date(2026, 2, 14), date(2026, 2, 28)],
        "春节",
    ),
    (
        "2026 国庆节",
        (date(2026, 10, 1), date(2026, 10, 7)),
        [date(2026, 9, 20), date(2026, 10, 10)],
        "国庆节",
    ),
]


@pytest.mark.parametrize(
    ("period", "holiday", "make_up_days", "name"),
    OFFICIAL_ARRANGEMENTS,
    ids=[case[0] for case in OFFICIAL_ARRANGEMENTS],
)
def test_official_arrangement(period, holiday, make_up_days, name):
    first, last = holiday
    # The block is off and surrounded by working days: exactly that block.
    window = days_between(first - timedelta(days=1), last + timedelta(days=1))
    assert [day for day in window if not CALENDAR.is_working(day)] == window[1:-1]
    for day in window[1:-1]:
        assert not chinese_calendar.is_workday(day)
        info = CALENDAR.day_info(day)
        assert info.source == "official"
        # 2025-10-06 is 中秋节 inside the National Day block.
        assert info.name in (name, "中秋节")
        assert info.reason == info.name
    for day in make_up_days:
        assert day.weekday() >= 5
        assert chinese_calendar.is_workday(day)
        info = CALENDAR.day_info(day)
        assert info.working
        assert info.name == f"{name}调休上班"
        assert info.reason == "调休上班"


def test_official_make_up_days_of_2025_and_2026():
    assert [info.date for info in CALENDAR.make_up_working_days(2025)] == [
        date(2025, 1, 26),
        date(2025, 2, 8),
        date(2025, 4, 27),
        date(2025, 9, 28),
        date(2025, 10, 11),
    ]
    assert [info.date for info in CALENDAR.make_up_working_days(2026)] == [
        date(2026, 1, 4),
        date(2026, 2, 14),
        date(2026, 2, 28),
        date(2026, 5, 9),
        date(2026, 9, 20),
        date(2026, 10, 10),
    ]


def test_calendar_agrees_with_chinese_calendar_every_day_2004_2026():
    for day in days_between(date(2004, 1, 1), date(2026, 12, 31)):
        assert CALENDAR.is_working(day) == chinese_calendar.is_workday(day), day


def test_holiday_names_are_chinese():
    names = {
        info.name for year in range(2004, 2027) for info in CALENDAR.holidays(year)
    }
    assert names == {
        "元旦",
        "春节",
        "清明节",
        "劳动节",
        "端午节",
        "中秋节",
        "国庆节",
        "抗战胜利纪念日",
    }
    assert CALENDAR.day_info(date(2015, 9, 3)).name == "抗战胜利纪念日"
    assert CALENDAR.day_info(date(2015, 9, 6)).name == "抗战胜利纪念日调休上班"


def test_plain_days():
    saturday = CALENDAR.day_info(date(2025, 3, 8))
    assert (saturday.working, saturday.name, saturday.reason) == (False, None, "周末")
    monday = CALENDAR.day_info(date(2025, 3, 10))
    assert (monday.working, monday.name, monday.reason) == (True, None, "工作日")
    assert CALENDAR.non_working_reason(date(2025, 3, 9)) == "周末"
    assert CALENDAR.non_working_reason(date(2025, 3, 10)) is None


def test_year_status():
    assert CALENDAR.year_status(2004) == "official"
    assert CALENDAR.year_status(2026) == "official"
    assert CALENDAR.year_status(2003) == "provisional"
    assert CALENDAR.year_status(2027) == "provisional"
    assert CALENDAR.is_provisional_year(2027)
    assert not CALENDAR.is_provisional_year(2026)


def test_2027_is_provisional():
    # Hand-checked: 2027-01-01 is a Friday; lunar New Year is 2027-02-06
    # (Saturday), so the eve is Friday 02-05 and 初一/初二 fall on the
    # weekend, giving make-up days off on Tuesday 02-09 and Wednesday 02-10.
    assert off_days(date(2027, 1, 1), date(2027, 1, 4)) == [
        date(2027, 1, 1),
        date(2027, 1, 2),
        date(2027, 1, 3),
    ]
    assert CALENDAR.day_info(date(2027, 1, 1)).reason == "元旦"
    assert off_days(date(2027, 2, 4), date(2027, 2, 12)) == days_between(
        date(2027, 2, 5), date(2027, 2, 10)
    )
    for day in days_between(date(2027, 2, 5), date(2027, 2, 8)):
        assert CALENDAR.day_info(day).name == "春节"
    assert CALENDAR.day_info(date(2027, 2, 9)).name == "春节（补休）"
    # National Day: Fri-Sun, so Sat and Sun are made up on Mon 10-04, Tue 10-05.
    assert off_days(date(2027, 9, 30), date(2027, 10, 7)) == days_between(
        date(2027, 10, 1), date(2027, 10, 5)
    )
    assert CALENDAR.day_info(date(2027, 10, 4)).name == "国庆节（补休）"
    info = CALENDAR.day_info(date(2027, 10, 1))
    assert (info.name, info.source) == ("国庆节", "provisional")
    # Make-up working days cannot be predicted.
    assert CALENDAR.make_up_working_days(2027) == []


def test_2027_holiday_list():
    assert [(info.date.isoformat(), info.name) for info in CALENDAR.holidays(2027)] == [
        ("2027-01-01", "元旦"),
        ("2027-02-05", "春节"),
        ("2027-02-06", "春节"),
        ("2027-02-07", "春节"),
        ("2027-02-08", "春节"),
        ("2027-02-09", "春节（补休）"),
        ("2027-02-10", "春节（补休）"),
        ("2027-04-05", "清明节"),
        ("2027-05-01", "劳动节"),
        ("2027-05-02", "劳动节"),
        ("2027-05-03", "劳动节（补休）"),
        ("2027-05-04", "劳动节（补休）"),
        ("2027-06-09", "端午节"),
        ("2027-09-15", "中秋节"),
        ("2027-10-01", "国庆节"),
        ("2027-10-02", "国庆节"),
        ("2027-10-03", "国庆节"),
        ("2027-10-04", "国庆节（补休）"),
        ("2027-10-05", "国庆节（补休）"),
    ]


def test_before_2004_is_provisional_without_error():
    info = CALENDAR.day_info(date(2003, 10, 1))
    assert (info.working, info.name, info.source) == (False, "国庆节", "provisional")
    assert CALENDAR.year_status(1999) == "provisional"


def test_every_year_of_the_supported_range_answers():
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        working = CALENDAR.working_ordinals(year)
        # Roughly 240-255 working days in any year.
        assert 230 < len(working) < 260, year
        assert CALENDAR.day_info(date(year, 1, 1)).reason == "元旦"
        assert CALENDAR.day_info(date(year, 12, 31)).date.year == year


@pytest.mark.parametrize("day", [date(1900, 12, 31), date(2101, 1, 1)])
def test_outside_the_range_is_an_input_error(day):
    with pytest.raises(RuleInputError) as caught:
        CALENDAR.day_info(day)
    assert caught.value.code == "date_out_of_range"
    assert "超出支持范围" in caught.value.message_zh
    assert "outside" in caught.value.message_en


def test_override_a_holiday_to_a_working_day():
    calendar = WorkingCalendar({date(2025, 2, 4): DayOverride(True, "春节调休上班")})
    info = calendar.day_info(date(2025, 2, 4))
    assert (info.working, info.name, info.source) == (
        True,
        "春节调休上班",
        "overridden",
    )
    assert calendar.year_status(2025) == "overridden"
    assert calendar.year_status(2026) == "official"
    # Other days of the year keep their own source.
    assert calendar.day_info(date(2025, 2, 3)).source == "official"
    # The original calendar is not affected.
    assert not CALENDAR.is_working(date(2025, 2, 4))


def test_override_a_working_day_to_a_holiday():
    calendar = WorkingCalendar(
        {
            date(2025, 3, 10): DayOverride(False, "地方节日"),
            date(2025, 3, 11): DayOverride(False),
        }
    )
    assert calendar.day_info(date(2025, 3, 10)).reason == "地方节日"
    unnamed = calendar.day_info(date(2025, 3, 11))
    assert (unnamed.working, unnamed.name, unnamed.reason) == (False, None, "休息日")
    # Both are days off on a weekday, so both are listed.
    listed = [info.date for info in calendar.holidays(2025)]
    assert date(2025, 3, 10) in listed
    assert date(2025, 3, 11) in listed
    assert len(listed) == len(CALENDAR.holidays(2025)) + 2


def test_override_in_a_provisional_year_keeps_other_days_provisional():
    calendar = WorkingCalendar({date(2027, 2, 20): DayOverride(True, "春节调休上班")})
    assert calendar.year_status(2027) == "overridden"
    assert calendar.is_provisional_year(2027)
    assert calendar.day_info(date(2027, 2, 20)).source == "overridden"
    assert calendar.day_info(date(2027, 2, 22)).source == "provisional"
    assert [info.date for info in calendar.make_up_working_days(2027)] == [
        date(2027, 2, 20)
    ]


def test_published_year_uses_plain_weekends_plus_overrides():
    calendar = WorkingCalendar(
        {
            date(2027, 1, 1): DayOverride(False, "元旦"),
            date(2027, 2, 20): DayOverride(True, "春节调休上班"),
        },
        published_years={2027},
    )
    assert calendar.year_status(2027) == "overridden"
    assert not calendar.is_provisional_year(2027)
    assert not calendar.is_working(date(2027, 1, 1))
    assert calendar.is_working(date(2027, 2, 20))
    # Not entered, so a plain Monday: no provisional Spring Festival.
    info = calendar.day_info(date(2027, 2, 8))
    assert (info.working, info.source) == (True, "overridden")


def test_published_year_replaces_the_library_arrangement():
    calendar = WorkingCalendar(published_years={2025})
    assert calendar.is_working(date(2025, 1, 28))
    assert not calendar.is_working(date(2025, 1, 26))
    assert calendar.year_status(2025) == "overridden"


def test_invalid_overrides():
    with pytest.raises(RuleInputError) as caught:
        WorkingCalendar({"2025-01-01": DayOverride(True)})
    assert caught.value.code == "invalid_override"
    with pytest.raises(RuleInputError):
        WorkingCalendar({date(2025, 1, 1): True})
    with pytest.raises(RuleInputError):
        WorkingCalendar(published_years={1800})


def test_tables_are_built_lazily_per_year():
    calendar = WorkingCalendar()
    calendar.nth_working_ordinal_after(date(2025, 1, 24).toordinal(), 20)
    assert sorted(calendar._tables) == [2025]
    calendar.count_working_ordinals(
        date(2025, 12, 1).toordinal(), date(2026, 1, 31).toordinal()
    )
    assert sorted(calendar._tables) == [2025, 2026]
    # A long count grows year by year, not one year per call.
    found = calendar.nth_working_ordinal_after(date(2025, 1, 1).toordinal(), 2000)
    assert date.fromordinal(found).year == 2033
    assert sorted(calendar._tables) == list(range(2025, 2034))


def test_ordinal_helpers_agree_with_a_day_by_day_count():
    calendar = WorkingCalendar()
    first = date(2024, 12, 20).toordinal()
    last = date(2025, 2, 10).toordinal()
    by_day = [
        ordinal
        for ordinal in range(first + 1, last + 1)
        if calendar.is_working(date.fromordinal(ordinal))
    ]
    assert calendar.working_ordinals_between(first, last) == by_day
    assert calendar.count_working_ordinals(first, last) == len(by_day)
    assert calendar.count_working_ordinals(last, first) == 0
    assert [day.toordinal() for day in calendar.working_days_between(first, last)] == (
        by_day
    )
    assert calendar.nth_working_ordinal_after(first, len(by_day)) == by_day[-1]
    days_off = calendar.days_off_between(first, last)
    assert len(days_off) + len(by_day) == last - first


def test_holidays_of_2025():
    holidays = CALENDAR.holidays(2025)
    # 元旦 1, 春节 8, 清明 3, 劳动节 5, 端午 3, 国庆+中秋 8.
    assert len(holidays) == 28
    assert all(not info.working and info.source == "official" for info in holidays)
    assert [info.date for info in holidays if info.name == "端午节"] == [
        date(2025, 5, 31),
        date(2025, 6, 1),
        date(2025, 6, 2),
    ]
