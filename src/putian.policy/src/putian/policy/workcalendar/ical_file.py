"""An uploaded iCalendar file read into the core's holiday-calendar events.

Only the file format is handled here (icalendar decodes it; DTEND of an
all-day event is exclusive); what the events mean for the working calendar
is ``putian.policy.rules.calendar.arrangement.arrangement_from_events``.
"""

from datetime import date
from datetime import timedelta
from putian.policy.rules.calendar.arrangement import Arrangement
from putian.policy.rules.calendar.arrangement import arrangement_from_events
from putian.policy.rules.calendar.arrangement import HolidayEvent
from putian.policy.rules.common.errors import RuleInputError

import icalendar


def arrangement_from_icalendar(
    data: bytes, year: int, published: bool = False, replace: bool = False
) -> Arrangement:
    """Read an iCalendar file of whole-day events into an Arrangement."""
    try:
        calendar = icalendar.Calendar.from_ical(data)
    except ValueError as error:
        raise RuleInputError(
            "invalid_icalendar",
            f"无法读取iCalendar文件：{error}",
            f"Cannot read the iCalendar file: {error}",
        ) from None
    events = [_holiday_event(event) for event in calendar.walk("VEVENT")]
    return arrangement_from_events(events, year, published, replace)


def _holiday_event(event) -> HolidayEvent:
    first = _as_date(event.get("DTSTART"))
    end = event.get("DTEND")
    # DTEND of an all-day event is exclusive; without it, one day.
    last = _as_date(end) - timedelta(days=1) if end else first
    categories = frozenset(
        str(name)
        for item in _as_list(event.get("CATEGORIES"))
        for name in getattr(item, "cats", [item])
    )
    return HolidayEvent(
        summary=str(event.get("SUMMARY", "")),
        first=first,
        last=last,
        categories=categories,
    )


def _as_list(value):
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _as_date(prop) -> date:
    value = getattr(prop, "dt", None)
    if value is None:
        raise RuleInputError(
            "invalid_icalendar",
            "iCalendar事件缺少开始日期",
            "An iCalendar event has no start date",
        )
    return value.date() if hasattr(value, "date") and callable(value.date) else value
