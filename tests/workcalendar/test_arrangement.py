"""Reading a manager's arrangement from JSON and from iCalendar."""

from datetime import date
from putian.policy.rules.calendar.working_days import DayOverride
from putian.policy.rules.common.errors import RuleInputError
from putian.policy.workcalendar.arrangement import arrangement_from_icalendar
from putian.policy.workcalendar.arrangement import arrangement_from_json
from putian.policy.workcalendar.parsing import parse_count
from putian.policy.workcalendar.parsing import parse_date
from putian.policy.workcalendar.parsing import parse_ranges

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

ICS = b"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//test//putian//CN
BEGIN:VEVENT
UID:1
DTSTART;VALUE=DATE:20270205
DTEND;VALUE=DATE:20270212
SUMMARY:\xe6\x98\xa5\xe8\x8a\x82
END:VEVENT
BEGIN:VEVENT
UID:2
DTSTART;VALUE=DATE:20270214
SUMMARY:\xe6\x98\xa5\xe8\x8a\x82\xe8\xb0\x83\xe4\xbc\x91\xe4\xb8\x8a\xe7\x8f\xad
END:VEVENT
BEGIN:VEVENT
UID:3
DTSTART;VALUE=DATE:20261231
DTEND;VALUE=DATE:20270102
SUMMARY:\xe5\x85\x83\xe6\x97\xa6
END:VEVENT
END:VCALENDAR
"""


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


class TestIcalendar:
    def test_events_become_days_of_the_year(self):
        arrangement = arrangement_from_icalendar(ICS, 2027, published=True)
        holidays = sorted(d for d, o in arrangement.days.items() if not o.working)
        # DTEND is exclusive; the part of 元旦 in 2026 is not taken.
        assert holidays == [date(2027, 1, 1)] + [
            date(2027, 2, day) for day in range(5, 12)
        ]
        assert arrangement.days[date(2027, 2, 5)].name == "春节"
        assert arrangement.days[date(2027, 2, 14)] == DayOverride(True, "春节调休上班")
        assert arrangement.published is True

    def test_garbage_is_refused(self):
        with pytest.raises(RuleInputError) as caught:
            arrangement_from_icalendar(b"BEGIN:VCALENDAR\nnonsense", 2027)
        assert caught.value.code == "invalid_icalendar"


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
