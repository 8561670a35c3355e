"""Provisional statutory holidays from the lunar calendar and solar terms."""

from datetime import date
from putian.policy.rules.calendar.holidays import dragon_boat_day
from putian.policy.rules.calendar.holidays import mid_autumn_day
from putian.policy.rules.calendar.holidays import provisional_holidays
from putian.policy.rules.calendar.holidays import qingming_day
from putian.policy.rules.calendar.holidays import spring_festival_eve
from putian.policy.rules.calendar.holidays import statutory_days

import chinese_calendar
import pytest


# The only lunar holiday of 2015-2026 that was a working day: under the 2013
# regulation the eve was not statutory and the 2024 notice left 2024-02-09
# (Friday) a working day.  The 2024 revision made the eve a holiday again.
WORKING_EVES = {date(2024, 2, 9)}


@pytest.mark.parametrize("year", range(2015, 2027))
def test_lunar_holidays_agree_with_chinese_calendar(year):
    lunar_days = {
        "除夕": spring_festival_eve(year),
        "清明": qingming_day(year),
        "端午": dragon_boat_day(year),
        "中秋": mid_autumn_day(year),
    }
    for label, day in lunar_days.items():
        if day in WORKING_EVES:
            assert chinese_calendar.is_workday(day)
            continue
        on_holiday, name = chinese_calendar.get_holiday_detail(day)
        assert on_holiday, (label, day)
        assert name is not None, (label, day)


@pytest.mark.parametrize("year", [2025, 2026])
def test_every_statutory_day_is_off_under_the_2024_regulation(year):
    # The first years arranged under the 2024 revision.
    for day in statutory_days(year):
        assert chinese_calendar.is_holiday(day), day


def test_known_lunar_dates():
    assert spring_festival_eve(2027) == date(2027, 2, 5)
    assert spring_festival_eve(2025) == date(2025, 1, 28)
    # Lunar month 12 has 29 days in lunar 2025, so the eve is 腊月廿九.
    assert spring_festival_eve(2026) == date(2026, 2, 16)
    assert qingming_day(2027) == date(2027, 4, 5)
    assert qingming_day(2024) == date(2024, 4, 4)
    assert dragon_boat_day(2027) == date(2027, 6, 9)
    assert mid_autumn_day(2027) == date(2027, 9, 15)
    assert spring_festival_eve(1901) == date(1901, 2, 18)
    assert spring_festival_eve(2099) == date(2099, 1, 20)


def test_statutory_days_count_thirteen():
    # 2024 revision: 1 + 4 + 1 + 2 + 1 + 1 + 3 = 13 days.
    assert len(statutory_days(2027)) == 13


def test_make_up_days_off_follow_weekend_holidays():
    # 2028-01-01 is a Saturday: made up on Monday 01-03.
    holidays = provisional_holidays(2028)
    assert holidays[date(2028, 1, 1)] == "元旦"
    assert holidays[date(2028, 1, 3)] == "元旦（补休）"
    assert date(2028, 1, 2) not in holidays


def test_mid_autumn_on_national_day_gives_no_extra_day():
    # 2020-10-01 (Thursday) was both; Oct 3 is a Saturday -> made up Oct 5.
    holidays = provisional_holidays(2020)
    assert holidays[date(2020, 10, 1)] == "国庆节"
    assert holidays[date(2020, 10, 5)] == "国庆节（补休）"
    assert date(2020, 10, 6) not in holidays
    assert len(statutory_days(2020)) == 12
