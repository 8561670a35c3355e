"""Reading a manager's arrangement from an uploaded iCalendar file."""

from datetime import date
from putian.policy.rules.calendar.working_days import DayOverride
from putian.policy.rules.common.errors import RuleInputError
from putian.policy.workcalendar.ical_file import arrangement_from_icalendar

import pytest


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
