"""A year's arrangement as entered by a manager, from JSON or iCalendar.

The same JSON shape is the body of ``PATCH @calendar`` and an uploaded
``.json`` file::

    {"year": 2027, "published": true, "replace": true,
     "holidays": [{"date": "2027-01-01", "name": "元旦"},
                  {"start": "2027-02-05", "end": "2027-02-11", "name": "春节"}],
     "make_up_working_days": [{"date": "2027-02-14", "name": "春节调休上班"}],
     "remove": ["2027-03-01"]}

``published`` says the State Council's arrangement for the year is now
entered in full; ``replace`` drops the year's earlier overrides first.

An iCalendar file arrives here as ``HolidayEvent`` facts
(``arrangement_from_events``): the decoding of the file format stays in the
shell (``putian.policy.workcalendar.ical_file``).  The core keeps to the
standard library and the libraries that carry the law's own data (the
official calendars); a file format parser is neither, and with plain events
the rule that decides what an event means (班 marks a make-up working day)
is tested without building files.
"""

from dataclasses import dataclass
from dataclasses import field
from datetime import date
from datetime import timedelta
from putian.policy.rules.calendar.parsing import parse_date
from putian.policy.rules.calendar.parsing import parse_year
from putian.policy.rules.calendar.working_days import DayOverride
from putian.policy.rules.common.errors import RuleInputError

import re


# A holiday entry spans at most a few weeks; a longer one is a typo.
LONGEST_ENTRY_DAYS = 31
# Summaries of make-up working days in Chinese holiday calendars: 上班, 补班...
WORKING_DAY_MARK = re.compile(r"班")


@dataclass
class Arrangement:
    year: int | None = None
    published: bool | None = None
    replace: bool = False
    days: dict[date, DayOverride] = field(default_factory=dict)
    remove: set[date] = field(default_factory=set)

    @property
    def years(self) -> set[int]:
        years = {day.year for day in self.days} | {day.year for day in self.remove}
        if self.year is not None:
            years.add(self.year)
        return years


def _error(code, message_zh, message_en):
    return RuleInputError(code, message_zh, message_en)


def _entry_days(entry) -> list[date]:
    if not isinstance(entry, dict):
        raise _error(
            "invalid_entry",
            f"每一项应包含date或start/end：{entry!r}",
            f"Each entry needs a date or a start and end: {entry!r}",
        )
    if "date" in entry:
        return [parse_date(entry["date"])]
    first = parse_date(entry.get("start"), "开始日期", "start date")
    last = parse_date(entry.get("end"), "结束日期", "end date")
    if last < first:
        raise _error(
            "reversed_range",
            f"结束日期（{last}）早于开始日期（{first}）",
            f"The end ({last}) is before the start ({first})",
        )
    if (last - first).days >= LONGEST_ENTRY_DAYS:
        raise _error(
            "range_too_long",
            f"一项最多{LONGEST_ENTRY_DAYS}天：{first}至{last}",
            f"An entry spans at most {LONGEST_ENTRY_DAYS} days: {first} to {last}",
        )
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def _entry_name(entry) -> str:
    name = entry.get("name", "")
    if not isinstance(name, str):
        raise _error(
            "invalid_name", f"名称必须是文字：{name!r}", f"Names are text: {name!r}"
        )
    return name.strip()


def _add(arrangement: Arrangement, day: date, override: DayOverride) -> None:
    existing = arrangement.days.get(day)
    if existing is not None and existing.working != override.working:
        raise _error(
            "conflicting_day",
            f"{day}既被列为放假又被列为上班",
            f"{day} is listed both as a holiday and as a working day",
        )
    arrangement.days[day] = override


def _check_year(arrangement: Arrangement) -> None:
    if arrangement.year is None:
        return
    stray = sorted(
        day
        for day in set(arrangement.days) | arrangement.remove
        if day.year != arrangement.year
    )
    if stray:
        raise _error(
            "date_outside_year",
            f"{stray[0]}不在{arrangement.year}年内",
            f"{stray[0]} is not in {arrangement.year}",
        )


def _flag(data, key) -> bool | None:
    value = data.get(key)
    if value is None or isinstance(value, bool):
        return value
    raise _error(
        f"invalid_{key}",
        f"{key}应为true或false：{value!r}",
        f"{key} must be true or false: {value!r}",
    )


def arrangement_from_json(data) -> Arrangement:
    """Read the JSON shape above (already decoded) into an Arrangement."""
    if not isinstance(data, dict):
        raise _error(
            "invalid_body",
            "内容应为JSON对象",
            "The content must be a JSON object",
        )
    arrangement = Arrangement(
        year=parse_year(data["year"]) if data.get("year") is not None else None,
        published=_flag(data, "published"),
        replace=bool(_flag(data, "replace")),
    )
    for key, working in (("holidays", False), ("make_up_working_days", True)):
        entries = data.get(key) or []
        if not isinstance(entries, list):
            raise _error("invalid_entry", f"{key}应为列表", f"{key} must be a list")
        for entry in entries:
            days = _entry_days(entry)  # refuses an entry that is not an object
            override = DayOverride(working=working, name=_entry_name(entry))
            for day in days:
                _add(arrangement, day, override)
    for value in data.get("remove") or []:
        arrangement.remove.add(parse_date(value))
    if (arrangement.published or arrangement.replace) and arrangement.year is None:
        raise _error(
            "year_required",
            "标记全年安排或替换时必须给出年份",
            "A year is required to publish or replace a year's arrangement",
        )
    _check_year(arrangement)
    return arrangement


@dataclass(frozen=True)
class HolidayEvent:
    """One whole-day event of a holiday calendar, its last day inclusive."""

    summary: str
    first: date
    last: date
    categories: frozenset[str] = frozenset()

    @property
    def working(self) -> bool:
        """Whether the event marks make-up working days (上班, 补班, WORKDAY)."""
        return "WORKDAY" in {name.upper() for name in self.categories} or bool(
            WORKING_DAY_MARK.search(self.summary)
        )


def arrangement_from_events(
    events, year: int, published: bool = False, replace: bool = False
) -> Arrangement:
    """The days of ``year`` that holiday-calendar events mark.

    An event whose summary contains 班 (上班, 补班, 调休上班) or whose
    categories include WORKDAY marks make-up working days; every other event
    marks holidays named by its summary.  Days of other years are left out
    (a New Year holiday starting on 31 December); an event ending before it
    starts is its first day alone.
    """
    year = parse_year(year)
    arrangement = Arrangement(year=year, published=published, replace=replace)
    for event in events:
        summary = event.summary.strip()
        override = DayOverride(working=event.working, name=summary)
        day = event.first
        while day <= max(event.first, event.last):
            if day.year == year:
                _add(arrangement, day, override)
            day += timedelta(days=1)
    return arrangement
