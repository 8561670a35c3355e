"""A manager's arrangement read from JSON or from holiday-calendar events,
and the query values of the calendar services."""

from datetime import date
from putian.policy.rules.calendar.arrangement import arrangement_from_events
from putian.policy.rules.calendar.arrangement import arrangement_from_json
from putian.policy.rules.calendar.arrangement import HolidayEvent
from putian.policy.rules.calendar.parsing import parse_count
from putian.policy.rules.calendar.parsing import parse_date
from putian.policy.rules.calendar.parsing import parse_ranges
from putian.policy.rules.calendar.parsing import parse_year
from putian.policy.rules.calendar.working_days import DayOverride
from putian.policy.rules.common.errors import RuleInputError

import pytest


SPRING_FESTIVAL_2027 = {
    "year": 2027,
    "published": True,
    "holidays": [
        {"date": "2027-01-01", "name": "元旦"},
        {"start": "2027-02-05", "end": "2027-02-11", "name": "春节"},
    ],
    "make_up_working_days": [{"date": "2027-02-14", "name": "春节调休上班"}],
}


class TestJson:
    def test_ranges_expand_to_days(self):
        arrangement = arrangement_from_json(SPRING_FESTIVAL_2027)
        holidays = sorted(d for d, o in arrangement.days.items() if not o.working)
        assert holidays[0] == date(2027, 1, 1)
        assert holidays[1:] == [date(2027, 2, day) for day in range(5, 12)]
        assert arrangement.days[date(2027, 2, 14)] == DayOverride(True, "春节调休上班")
        assert arrangement.published is True
        assert arrangement.years == {2027}

    def test_same_day_holiday_and_working_is_refused(self):
        body = {
            "year": 2027,
            "holidays": [{"date": "2027-02-14", "name": "春节"}],
            "make_up_working_days": [{"date": "2027-02-14"}],
        }
        with pytest.raises(RuleInputError) as caught:
            arrangement_from_json(body)
        assert caught.value.code == "conflicting_day"
        assert "既被列为放假又被列为上班" in caught.value.message_zh

    def test_day_outside_the_year_is_refused(self):
        body = {"year": 2027, "holidays": [{"date": "2028-01-01"}]}
        with pytest.raises(RuleInputError) as caught:
            arrangement_from_json(body)
        assert caught.value.code == "date_outside_year"

    def test_publishing_needs_a_year(self):
        with pytest.raises(RuleInputError) as caught:
            arrangement_from_json({"published": True})
        assert caught.value.code == "year_required"

    @pytest.mark.parametrize(
        ("entry", "code"),
        [
            ({"date": "2027-02-30"}, "invalid_date"),
            ({"date": "20270205"}, "invalid_date"),
            ({"start": "2027-02-11", "end": "2027-02-05"}, "reversed_range"),
            ({"start": "2027-01-01", "end": "2027-03-01"}, "range_too_long"),
            ("2027-02-05", "invalid_entry"),
        ],
    )
    def test_bad_entries_are_refused(self, entry, code):
        with pytest.raises(RuleInputError) as caught:
            arrangement_from_json({"year": 2027, "holidays": [entry]})
        assert caught.value.code == code
        assert caught.value.message_zh
        assert caught.value.message_en

    def test_not_an_object_is_refused(self):
        with pytest.raises(RuleInputError) as caught:
            arrangement_from_json([1, 2])
        assert caught.value.code == "invalid_body"


class TestEvents:
    def test_a_summary_with_ban_marks_make_up_working_days(self):
        events = [
            HolidayEvent("春节", date(2027, 2, 5), date(2027, 2, 11)),
            HolidayEvent("春节补班", date(2027, 2, 14), date(2027, 2, 14)),
        ]
        arrangement = arrangement_from_events(events, 2027)
        assert arrangement.days[date(2027, 2, 14)] == DayOverride(True, "春节补班")
        assert arrangement.days[date(2027, 2, 11)] == DayOverride(False, "春节")
        assert len(arrangement.days) == 8

    def test_the_workday_category_marks_working_days_in_any_case(self):
        event = HolidayEvent(
            "调休", date(2027, 9, 26), date(2027, 9, 26), frozenset({"workday"})
        )
        assert event.working
        assert not HolidayEvent("国庆节", date(2027, 10, 1), date(2027, 10, 1)).working

    def test_only_days_of_the_year_are_taken(self):
        events = [HolidayEvent(" 元旦 ", date(2026, 12, 31), date(2027, 1, 1))]
        arrangement = arrangement_from_events(events, 2027, published=True)
        assert arrangement.days == {date(2027, 1, 1): DayOverride(False, "元旦")}
        assert arrangement.published is True
        assert arrangement.years == {2027}

    def test_an_event_ending_before_it_starts_is_one_day(self):
        events = [HolidayEvent("清明节", date(2027, 4, 5), date(2027, 4, 3))]
        assert list(arrangement_from_events(events, 2027).days) == [date(2027, 4, 5)]

    def test_a_day_both_holiday_and_working_is_refused(self):
        events = [
            HolidayEvent("春节", date(2027, 2, 14), date(2027, 2, 14)),
            HolidayEvent("上班", date(2027, 2, 14), date(2027, 2, 14)),
        ]
        with pytest.raises(RuleInputError) as caught:
            arrangement_from_events(events, 2027)
        assert caught.value.code == "conflicting_day"

    def test_no_events_is_an_empty_year(self):
        arrangement = arrangement_from_events([], 2027, replace=True)
        assert arrangement.days == {}
        assert arrangement.replace is True

    def test_the_year_has_four_digits(self):
        with pytest.raises(RuleInputError) as caught:
            arrangement_from_events([], 20270)
        assert caught.value.code == "invalid_year"


class TestQueryValues:
    def test_ranges(self):
        assert parse_ranges("2025-03-03..2025-03-05, 2025-03-10") == [
            (date(2025, 3, 3), date(2025, 3, 5)),
            (date(2025, 3, 10), date(2025, 3, 10)),
        ]

    def test_no_ranges(self):
        assert parse_ranges(None) == []
        assert parse_ranges("") == []

    @pytest.mark.parametrize(
        ("value", "code"),
        [("-3", "negative_days"), ("3.5", "invalid_days"), ("", "missing_days")],
    )
    def test_bad_counts(self, value, code):
        with pytest.raises(RuleInputError) as caught:
            parse_count(value, "办理时限", "time limit")
        assert caught.value.code == code

    def test_missing_date(self):
        with pytest.raises(RuleInputError) as caught:
            parse_date(None, "受理日期", "start date")
        assert caught.value.code == "missing_date"
        assert caught.value.message_zh == "缺少受理日期"

    @pytest.mark.parametrize(("value", "year"), [(2027, 2027), (" 2027 ", 2027)])
    def test_years(self, value, year):
        assert parse_year(value) == year

    @pytest.mark.parametrize("value", [True, 27, "二〇二七", "2027.0", None])
    def test_bad_years(self, value):
        with pytest.raises(RuleInputError) as caught:
            parse_year(value)
        assert caught.value.code == "invalid_year"

    def test_a_count_may_default(self):
        assert parse_count("", "办理时限", "time limit", default=20) == 20
        assert parse_count(" 0 ", "办理时限", "time limit") == 0
