"""Hand-checked deadlines, suspensions, extension, validation, traffic light."""

from datetime import date
from datetime import datetime
from putian.policy.rules.calendar.deadlines import compute_deadline
from putian.policy.rules.calendar.deadlines import is_overdue
from putian.policy.rules.calendar.deadlines import remaining_working_days
from putian.policy.rules.calendar.deadlines import STATUTORY_EXTENSION_DAYS
from putian.policy.rules.calendar.deadlines import traffic_light
from putian.policy.rules.calendar.working_days import DayOverride
from putian.policy.rules.calendar.working_days import WorkingCalendar
from putian.policy.rules.common.errors import RuleInputError

import pytest


CALENDAR = WorkingCalendar()
SUSPENDED = "暂停计时（特殊环节）"


def test_across_spring_festival_2025_with_make_up_days():
    # Accepted Fri 2025-01-24.  Counting by hand:
    #  1 Sun 01-26 (make-up working day)   2 Mon 01-27
    #  01-28..02-04 Spring Festival off
    #  3 Wed 02-05  4 Thu 02-06  5 Fri 02-07  6 Sat 02-08 (make-up)
    #  7-11 Mon 02-10..Fri 02-14  12-16 Mon 02-17..Fri 02-21
    # 17-20 Mon 02-24..Thu 02-27
    result = compute_deadline(CALENDAR, date(2025, 1, 24), 20)
    assert result.deadline == date(2025, 2, 27)
    assert (result.provisional, result.calendar_status) == (False, "official")
    assert result.counted[:7] == [
        date(2025, 1, 26),
        date(2025, 1, 27),
        date(2025, 2, 5),
        date(2025, 2, 6),
        date(2025, 2, 7),
        date(2025, 2, 8),
        date(2025, 2, 10),
    ]
    assert len(result.counted) == 20
    assert result.skipped[:3] == [
        (date(2025, 1, 25), "周末"),
        (date(2025, 1, 28), "春节"),
        (date(2025, 1, 29), "春节"),
    ]
    assert sum(reason == "春节" for _, reason in result.skipped) == 8
    assert [day for day, reason in result.skipped if reason == "周末"] == [
        date(2025, 1, 25),
        date(2025, 2, 9),
        date(2025, 2, 15),
        date(2025, 2, 16),
        date(2025, 2, 22),
        date(2025, 2, 23),
    ]


def test_across_national_day_2025():
    # Fri 09-26 + 10: Sun 09-28 (make-up) 1, 09-29 2, 09-30 3, 10-01..08 off
    # (10-06 中秋节), 10-09 4, 10-10 5, Sat 10-11 (make-up) 6, 10-13..16 7-10.
    result = compute_deadline(CALENDAR, date(2025, 9, 26), 10)
    assert result.deadline == date(2025, 10, 16)
    assert (date(2025, 10, 6), "中秋节") in result.skipped
    assert (date(2025, 10, 1), "国庆节") in result.skipped


def test_across_spring_festival_2026():
    # Fri 2026-02-13 + 5: Sat 02-14 (make-up) 1, 02-15..23 off,
    # Tue 02-24..Fri 02-27 2-5.
    result = compute_deadline(CALENDAR, date(2026, 2, 13), 5)
    assert result.deadline == date(2026, 2, 27)
    # + 6 reaches Sat 02-28, the second make-up working day.
    assert compute_deadline(CALENDAR, date(2026, 2, 13), 6).deadline == date(
        2026, 2, 28
    )


def test_across_national_day_2026():
    # Fri 09-18 + 10: Sun 09-20 (make-up) 1, 09-21..24 2-5, 09-25..27
    # 中秋节, 09-28..30 6-8, 10-01..07 国庆节, 10-08 9, 10-09 10.
    result = compute_deadline(CALENDAR, date(2026, 9, 18), 10)
    assert result.deadline == date(2026, 10, 9)
    assert (date(2026, 9, 25), "中秋节") in result.skipped


def test_instant_item():
    result = compute_deadline(CALENDAR, date(2025, 2, 1), 0)
    assert result.deadline == date(2025, 2, 1)
    assert result.counted == []
    assert result.skipped == []
    assert (result.provisional, result.calendar_status) == (False, "official")


def test_start_day_is_not_counted_even_when_working():
    assert compute_deadline(CALENDAR, date(2025, 3, 10), 1).deadline == date(
        2025, 3, 11
    )
    # Accepted on a Saturday: the first working day is Monday.
    assert compute_deadline(CALENDAR, date(2025, 3, 8), 1).deadline == date(2025, 3, 10)


def test_suspension_inside_a_holiday_changes_nothing():
    result = compute_deadline(
        CALENDAR, date(2025, 1, 24), 20, [(date(2025, 1, 29), date(2025, 2, 3))]
    )
    assert result.deadline == date(2025, 2, 27)
    # Days off keep their own reason.
    assert (date(2025, 1, 29), "春节") in result.skipped


def test_suspension_reaching_past_a_holiday():
    result = compute_deadline(
        CALENDAR, date(2025, 1, 24), 20, [(date(2025, 1, 29), date(2025, 2, 5))]
    )
    assert result.deadline == date(2025, 2, 28)
    assert (date(2025, 2, 5), SUSPENDED) in result.skipped


def test_suspension_overlapping_weekends():
    # Fri 2025-03-07 + 5 would be Fri 03-14; suspended Sat 03-08..Tue 03-11
    # takes out Mon 03-10 and Tue 03-11: 03-12, 13, 14, 17, 18.
    result = compute_deadline(
        CALENDAR, date(2025, 3, 7), 5, [(date(2025, 3, 8), date(2025, 3, 11))]
    )
    assert result.deadline == date(2025, 3, 18)
    assert result.skipped == [
        (date(2025, 3, 8), "周末"),
        (date(2025, 3, 9), "周末"),
        (date(2025, 3, 10), SUSPENDED),
        (date(2025, 3, 11), SUSPENDED),
        (date(2025, 3, 15), "周末"),
        (date(2025, 3, 16), "周末"),
    ]
    assert result.counted == [
        date(2025, 3, 12),
        date(2025, 3, 13),
        date(2025, 3, 14),
        date(2025, 3, 17),
        date(2025, 3, 18),
    ]


@pytest.mark.parametrize(
    ("suspension", "deadline"),
    [
        # From the start day over the weekend only: no working day lost.
        ((date(2025, 3, 7), date(2025, 3, 9)), date(2025, 3, 14)),
        # From the start day to Monday: one working day lost.
        ((date(2025, 3, 7), date(2025, 3, 10)), date(2025, 3, 17)),
        # Begun before acceptance: only the days after the start count.
        ((date(2025, 3, 1), date(2025, 3, 10)), date(2025, 3, 17)),
        # Entirely before the start.
        ((date(2025, 3, 1), date(2025, 3, 6)), date(2025, 3, 14)),
        # Starting after the deadline.
        ((date(2025, 3, 15), date(2025, 4, 30)), date(2025, 3, 14)),
        # Starting on the deadline.
        ((date(2025, 3, 14), date(2025, 3, 14)), date(2025, 3, 17)),
    ],
)
def test_suspension_at_the_edges(suspension, deadline):
    assert compute_deadline(CALENDAR, date(2025, 3, 7), 5, [suspension]).deadline == (
        deadline
    )


def test_two_suspensions_in_any_order():
    suspensions = [
        (date(2025, 3, 17), date(2025, 3, 18)),
        (date(2025, 3, 10), date(2025, 3, 10)),
    ]
    # 03-11..14 1-4, 03-19..21 5-7, 03-24..26 8-10.
    result = compute_deadline(CALENDAR, date(2025, 3, 7), 10, suspensions)
    assert result.deadline == date(2025, 3, 26)
    assert [day for day, reason in result.skipped if reason == SUSPENDED] == [
        date(2025, 3, 10),
        date(2025, 3, 17),
        date(2025, 3, 18),
    ]


def test_statutory_extension():
    assert STATUTORY_EXTENSION_DAYS == 10
    # From 02-27 (20th day): 02-28 21, 03-03..07 22-26, 03-10..13 27-30.
    result = compute_deadline(
        CALENDAR, date(2025, 1, 24), 20, extension_days=STATUTORY_EXTENSION_DAYS
    )
    assert result.deadline == date(2025, 3, 13)
    assert len(result.counted) == 30
    assert result.deadline == compute_deadline(CALENDAR, date(2025, 1, 24), 30).deadline


def test_year_boundary_2026_to_2027_is_provisional():
    # Fri 2026-12-25 + 10: 12-28..31 1-4, Fri 2027-01-01 元旦,
    # 01-04..08 5-9, Mon 01-11 10.
    result = compute_deadline(CALENDAR, date(2026, 12, 25), 10)
    assert result.deadline == date(2027, 1, 11)
    assert result.provisional
    assert result.calendar_status == "provisional"
    assert (date(2027, 1, 1), "元旦") in result.skipped
    # Ending on 2026-12-31 uses official days only.
    official = compute_deadline(CALENDAR, date(2026, 12, 25), 4)
    assert official.deadline == date(2026, 12, 31)
    assert (official.provisional, official.calendar_status) == (False, "official")


def test_provisional_spring_festival_2027():
    # Thu 2027-02-04 + 5: 02-05..10 off (eve, 初一-初三, 2 make-up days off),
    # 02-11 1, 02-12 2, 02-15..17 3-5.
    result = compute_deadline(CALENDAR, date(2027, 2, 4), 5)
    assert result.deadline == date(2027, 2, 17)
    assert (date(2027, 2, 9), "春节（补休）") in result.skipped


def test_provisional_national_day_2027():
    # Thu 2027-09-30 + 3: 10-01..03 holiday, 10-04/05 make-up days off,
    # 10-06 1, 10-07 2, 10-08 3.
    assert compute_deadline(CALENDAR, date(2027, 9, 30), 3).deadline == date(
        2027, 10, 8
    )


def test_before_2004_is_provisional():
    # Mon 2003-09-29 + 5: 09-30 1, 10-01..03 国庆节, weekend, 10-06..09 2-5.
    result = compute_deadline(CALENDAR, date(2003, 9, 29), 5)
    assert result.deadline == date(2003, 10, 9)
    assert (result.provisional, result.calendar_status) == (True, "provisional")


def test_first_and_last_supported_years():
    assert compute_deadline(CALENDAR, date(1901, 1, 1), 60).provisional
    result = compute_deadline(CALENDAR, date(2099, 12, 31), 60)
    assert result.deadline.year == 2100


def test_overrides_change_results():
    holiday = WorkingCalendar({date(2025, 2, 10): DayOverride(False, "地方节日")})
    result = compute_deadline(holiday, date(2025, 1, 24), 20)
    assert result.deadline == date(2025, 2, 28)
    assert (result.provisional, result.calendar_status) == (False, "overridden")
    assert (date(2025, 2, 10), "地方节日") in result.skipped

    working = WorkingCalendar({date(2025, 2, 4): DayOverride(True, "调休上班")})
    assert compute_deadline(working, date(2025, 1, 24), 20).deadline == date(
        2025, 2, 26
    )
    # A span that does not reach the override keeps the official status.
    untouched = compute_deadline(working, date(2025, 6, 3), 5)
    assert untouched.calendar_status == "official"


def test_published_year_is_not_provisional():
    calendar = WorkingCalendar(
        {date(2027, 1, 1): DayOverride(False, "元旦")}, published_years={2027}
    )
    result = compute_deadline(calendar, date(2026, 12, 25), 10)
    assert result.deadline == date(2027, 1, 11)
    assert (result.provisional, result.calendar_status) == (False, "overridden")


def test_datetime_start_is_taken_as_its_date():
    result = compute_deadline(CALENDAR, datetime(2025, 1, 24, 16, 30), 20)
    assert result.deadline == date(2025, 2, 27)


@pytest.mark.parametrize(
    ("arguments", "code", "zh", "en"),
    [
        ({"days": -1}, "negative_days", "不能为负数", "cannot be negative"),
        (
            {"days": 5, "extension_days": -10},
            "negative_extension",
            "延长期限",
            "extension",
        ),
        ({"days": 2.5}, "invalid_days", "必须是整数", "must be an integer"),
        ({"days": True}, "invalid_days", "必须是整数", "must be an integer"),
        (
            {"days": 5, "suspensions": [(date(2025, 3, 12), date(2025, 3, 10))]},
            "reversed_suspension",
            "早于开始日期",
            "ends (2025-03-10) before it starts (2025-03-12)",
        ),
        (
            {
                "days": 5,
                "suspensions": [
                    (date(2025, 3, 10), date(2025, 3, 12)),
                    (date(2025, 3, 12), date(2025, 3, 14)),
                ],
            },
            "overlapping_suspensions",
            "暂停计时区间重叠",
            "Suspensions overlap",
        ),
        (
            {"days": 5, "suspensions": [(date(2025, 3, 10),)]},
            "invalid_suspension",
            "暂停计时区间",
            "pair",
        ),
        (
            {"days": 5, "suspensions": [("2025-03-10", date(2025, 3, 12))]},
            "invalid_date",
            "必须是日期",
            "must be a date",
        ),
    ],
)
def test_validation_errors(arguments, code, zh, en):
    with pytest.raises(RuleInputError) as caught:
        compute_deadline(CALENDAR, date(2025, 3, 7), **arguments)
    assert isinstance(caught.value, ValueError)
    assert caught.value.code == code
    assert zh in caught.value.message_zh
    assert en in caught.value.message_en


@pytest.mark.parametrize("start", [date(1900, 12, 31), date(2100, 1, 1)])
def test_start_out_of_range(start):
    with pytest.raises(RuleInputError) as caught:
        compute_deadline(CALENDAR, start, 5)
    assert caught.value.code == "start_out_of_range"
    assert "受理日期超出支持范围" in caught.value.message_zh


def test_deadline_beyond_the_calendar():
    with pytest.raises(RuleInputError) as caught:
        compute_deadline(CALENDAR, date(2099, 6, 1), 10_000)
    assert caught.value.code == "date_out_of_range"


def test_adjacent_suspensions_are_fine():
    result = compute_deadline(
        CALENDAR,
        date(2025, 3, 7),
        5,
        [
            (date(2025, 3, 10), date(2025, 3, 10)),
            (date(2025, 3, 11), date(2025, 3, 11)),
        ],
    )
    assert result.deadline == date(2025, 3, 18)


# Deadline Thu 2025-02-27 (Jan 24 + 20 working days).
DEADLINE = date(2025, 2, 27)


@pytest.mark.parametrize(
    ("today", "remaining"),
    [
        (date(2025, 1, 24), 20),  # the acceptance day: the whole limit
        (date(2025, 2, 26), 1),
        (DEADLINE, 0),
        (date(2025, 2, 28), -1),  # first working day overdue
        (date(2025, 3, 1), -1),  # Saturday: still one working day overdue
        (date(2025, 3, 3), -2),
    ],
)
def test_remaining_working_days(today, remaining):
    assert remaining_working_days(CALENDAR, today, DEADLINE) == remaining


def test_remaining_is_zero_on_a_day_off_right_after_the_deadline():
    # Deadline Fri 03-07; Saturday 03-08 is overdue yet no working day past.
    friday = date(2025, 3, 7)
    assert remaining_working_days(CALENDAR, date(2025, 3, 8), friday) == 0
    assert is_overdue(date(2025, 3, 8), friday)
    assert traffic_light(CALENDAR, date(2025, 3, 8), friday, 20) == "red"
    assert not is_overdue(friday, friday)


@pytest.mark.parametrize(
    ("today", "limit_days", "light"),
    [
        # limit 20: yellow at <= 4 working days left.
        (date(2025, 2, 20), 20, "green"),  # 5 left
        (date(2025, 2, 21), 20, "yellow"),  # 4 left
        (DEADLINE, 20, "yellow"),
        (date(2025, 2, 28), 20, "red"),
        # limit 5: 20% is 1, so the floor of 2 applies.
        (date(2025, 2, 24), 5, "green"),  # 3 left
        (date(2025, 2, 25), 5, "yellow"),  # 2 left
        # limit 12: 20% is 2.4, 3 left is green.
        (date(2025, 2, 24), 12, "green"),
        # limit 15: 20% is exactly 3.
        (date(2025, 2, 24), 15, "yellow"),
        (date(2025, 2, 21), 15, "green"),  # 4 left
        # instant item on its day.
        (DEADLINE, 0, "yellow"),
    ],
)
def test_traffic_light(today, limit_days, light):
    assert traffic_light(CALENDAR, today, DEADLINE, limit_days) == light


def test_traffic_light_rejects_a_negative_limit():
    with pytest.raises(RuleInputError) as caught:
        traffic_light(CALENDAR, DEADLINE, DEADLINE, -1)
    assert caught.value.code == "negative_limit"
