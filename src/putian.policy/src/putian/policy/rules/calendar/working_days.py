"""The working-day calendar: official, overridden or provisional, per day."""

from bisect import bisect_right
from collections.abc import Iterable
from collections.abc import Mapping
from dataclasses import dataclass
from putian.policy.rules.calendar import official
from putian.policy.rules.calendar.holidays import provisional_holidays
from putian.policy.rules.common.errors import RuleInputError
from types import MappingProxyType

import datetime


# Every date in this range is answered (lunar_python's comfortable range).
FIRST_YEAR = 1901
LAST_YEAR = 2099
# A deadline starting late in LAST_YEAR may spill into the next year.
LAST_TABLE_YEAR = LAST_YEAR + 1

_OFFICIAL_FIRST_ORDINAL = datetime.date(official.OFFICIAL_FIRST_YEAR, 1, 1).toordinal()
_OFFICIAL_LAST_ORDINAL = datetime.date(official.OFFICIAL_LAST_YEAR, 12, 31).toordinal()
_MAX_ORDINAL = datetime.date.max.toordinal()

OFFICIAL = "official"
OVERRIDDEN = "overridden"
PROVISIONAL = "provisional"

WEEKEND_REASON = "周末"
REST_DAY_REASON = "休息日"
WORKING_REASON = "工作日"
MAKE_UP_WORKING_REASON = "调休上班"


@dataclass(frozen=True)
class DayOverride:
    """A manager's decision for one day, on top of any other source."""

    working: bool
    name: str = ""


@dataclass(frozen=True)
class DayInfo:
    """What the calendar says about one day, and where that comes from."""

    date: datetime.date
    working: bool
    name: str | None
    reason: str
    source: str


@dataclass(frozen=True, slots=True)
class _YearTable:
    working: list[int]  # sorted ordinals of the working days
    resting: list[int]  # sorted ordinals of the days off
    # The same days as date objects, prebuilt so that listing the days of a
    # deadline is a slice rather than thousands of date constructions.
    working_dates: list[datetime.date]
    days_off: list[tuple[datetime.date, str]]  # aligned with ``resting``
    rest_reasons: dict[int, str]  # ordinal -> reason, for every day off
    names: dict[int, str]  # ordinal -> holiday or make-up working day name
    source: str  # source of the days without an override


def _out_of_range(year: int) -> RuleInputError:
    return RuleInputError(
        "date_out_of_range",
        f"日期超出支持范围（{FIRST_YEAR}—{LAST_YEAR}年）：{year}年",
        f"Date outside the supported years {FIRST_YEAR}-{LAST_YEAR}: {year}",
    )


def _year_of_ordinal(ordinal: int) -> int:
    # Past the last supported day, name a year the table builder rejects.
    if ordinal > _MAX_ORDINAL:
        return datetime.date.max.year
    return datetime.date.fromordinal(ordinal).year


def _is_weekend(ordinal: int) -> bool:
    # date(1, 1, 1) has ordinal 1 and is a Monday.
    return (ordinal - 1) % 7 >= 5


def _rest_reason(ordinal: int, special: tuple[bool, str] | None) -> str | None:
    """Why the day is a day off, or None for a working day; ``special`` is
    its (working, name) when it is not a plain weekday/weekend."""
    if special is None:
        return WEEKEND_REASON if _is_weekend(ordinal) else None
    is_working, name = special
    if is_working:
        return None
    if name:
        return name
    return WEEKEND_REASON if _is_weekend(ordinal) else REST_DAY_REASON


def _lay_out_year(
    year: int, special: dict[datetime.date, tuple[bool, str]]
) -> tuple[list[int], dict[int, str], dict[int, str]]:
    """The year's working days, the days off with their reason, and the
    days' names (holidays, make-up days), all by ordinal."""
    by_ordinal = {day.toordinal(): entry for day, entry in special.items()}
    working: list[int] = []
    rest_reasons: dict[int, str] = {}
    names: dict[int, str] = {}
    first = datetime.date(year, 1, 1).toordinal()
    last = datetime.date(year, 12, 31).toordinal()
    for ordinal in range(first, last + 1):
        entry = by_ordinal.get(ordinal)
        if entry is not None and entry[1]:
            names[ordinal] = entry[1]
        reason = _rest_reason(ordinal, entry)
        if reason is None:
            working.append(ordinal)
        else:
            rest_reasons[ordinal] = reason
    return working, rest_reasons, names


class WorkingCalendar:
    """Working days under the official calendar plus our overrides.

    Immutable: build a new one when overrides or published years change.
    Per-year tables are built lazily and cached; the cache is not state a
    caller can observe, so sharing one instance between threads is safe.
    """

    def __init__(
        self,
        overrides: Mapping[datetime.date, DayOverride] | None = None,
        published_years: Iterable[int] = (),
    ) -> None:
        overrides = dict(overrides or {})
        for day, override in overrides.items():
            if not isinstance(day, datetime.date) or isinstance(day, datetime.datetime):
                raise RuleInputError(
                    "invalid_override",
                    f"调整日期必须是日期：{day!r}",
                    f"Override keys must be dates: {day!r}",
                )
            if not FIRST_YEAR <= day.year <= LAST_TABLE_YEAR:
                raise _out_of_range(day.year)
            if not isinstance(override, DayOverride):
                raise RuleInputError(
                    "invalid_override",
                    f"{day.isoformat()}的调整必须是DayOverride",
                    f"The override for {day.isoformat()} must be a DayOverride",
                )
        self._overrides = MappingProxyType(overrides)
        self._override_ordinals = sorted(day.toordinal() for day in overrides)
        self._override_years = frozenset(day.year for day in overrides)
        self._published_years = frozenset(published_years)
        for year in self._published_years:
            if not FIRST_YEAR <= year <= LAST_TABLE_YEAR:
                raise _out_of_range(year)
        self._tables: dict[int, _YearTable] = {}
        # (first ordinal, last ordinal, working ordinals); empty at first.
        self._window: tuple[int, int, list[int]] = (1, 0, [])

    @property
    def overrides(self) -> Mapping[datetime.date, DayOverride]:
        return self._overrides

    @property
    def published_years(self) -> frozenset[int]:
        return self._published_years

    # -- per year -------------------------------------------------------

    def is_provisional_year(self, year: int) -> bool:
        """Neither shipped by chinese_calendar nor entered by a manager."""
        return not (year in self._published_years or official.is_official_year(year))

    def year_status(self, year: int) -> str:
        """Status of a year: official, overridden (any override in it, or a
        published year) or provisional."""
        if year in self._published_years or year in self._override_years:
            return OVERRIDDEN
        if official.is_official_year(year):
            return OFFICIAL
        return PROVISIONAL

    def holidays(self, year: int) -> list[DayInfo]:
        """Days off of ``year`` other than plain weekends, in date order."""
        table = self._table(year)
        return [
            self._day_info(ordinal, table)
            for ordinal in sorted(table.rest_reasons)
            if ordinal in table.names or not _is_weekend(ordinal)
        ]

    def make_up_working_days(self, year: int) -> list[DayInfo]:
        """Saturdays and Sundays of ``year`` that are working days (调休上班)."""
        table = self._table(year)
        return [
            self._day_info(ordinal, table)
            for ordinal in table.working
            if _is_weekend(ordinal)
        ]

    # -- per day --------------------------------------------------------

    def day_info(self, day: datetime.date) -> DayInfo:
        ordinal = day.toordinal()
        return self._day_info(ordinal, self._table(day.year))

    def is_working(self, day: datetime.date) -> bool:
        return day.toordinal() not in self._table(day.year).rest_reasons

    def non_working_reason(self, day: datetime.date) -> str | None:
        """Why ``day`` is off ("周末", a holiday name, ...), None if working."""
        return self._table(day.year).rest_reasons.get(day.toordinal())

    def source(self, day: datetime.date) -> str:
        """Source of one day: official, overridden or provisional."""
        if day in self._overrides:
            return OVERRIDDEN
        return self._table(day.year).source

    # -- ordinal hot path (date.toordinal() values) ----------------------
    #
    # The per-year tables are joined into one sorted "window" array over a
    # contiguous run of years, so that the n-th working day after a day is
    # one bisect and one index.  The window only grows, and is replaced as a
    # whole tuple so a reader never sees a half-built one.

    def working_ordinals(self, year: int) -> list[int]:
        """Sorted ordinals of the working days of ``year``; do not mutate."""
        return self._table(year).working

    def nth_working_ordinal_after(
        self, after: int, n: int, excluded: tuple[tuple[int, int], ...] = ()
    ) -> int:
        """Ordinal of the n-th (n >= 1) working day strictly after ``after``.

        Working days inside ``excluded`` (sorted, disjoint, inclusive ordinal
        ranges) are passed over, as if they were days off.
        """
        while True:
            first, last, working = self._window
            if after >= first - 1:
                index = bisect_right(working, after) + n - 1
                position = after
                for range_first, range_last in excluded:
                    if range_last <= position:
                        continue
                    if index >= len(working) or working[index] < range_first:
                        break
                    # Push past the working days the range takes out.
                    index += bisect_right(working, range_last) - bisect_right(
                        working, max(range_first - 1, position)
                    )
                    position = range_last
                if index < len(working):
                    return working[index]
                # Grow by an estimate of the calendar days still needed
                # (5 working days a week, plus room for a holiday week);
                # the loop grows again if that was not enough.
                missing = index - len(working) + 1
                self._cover(after + 1, max(last, after) + missing * 7 // 5 + 10)
            else:
                self._cover(after + 1, after + 1)

    def count_working_ordinals(self, after: int, up_to: int) -> int:
        """Number of working days in the ordinal range (after, up_to]."""
        if up_to <= after:
            return 0
        first, last, working = self._window
        if after + 1 < first or up_to > last:
            first, last, working = self._cover(after + 1, up_to)
        return bisect_right(working, up_to) - bisect_right(working, after)

    def working_ordinals_between(self, after: int, up_to: int) -> list[int]:
        """Ordinals of the working days in (after, up_to], in order."""
        if up_to <= after:
            return []
        first, last, working = self._window
        if after + 1 < first or up_to > last:
            first, last, working = self._cover(after + 1, up_to)
        return working[bisect_right(working, after) : bisect_right(working, up_to)]

    def working_days_between(self, after: int, up_to: int) -> list[datetime.date]:
        """The working days in the ordinal range (after, up_to], in order."""
        result: list[datetime.date] = []
        for table in self._tables_between(after, up_to):
            begin = bisect_right(table.working, after)
            end = bisect_right(table.working, up_to)
            result.extend(table.working_dates[begin:end])
        return result

    def days_off_between(
        self, after: int, up_to: int
    ) -> list[tuple[datetime.date, str]]:
        """(day, reason) of each day off in the ordinal range (after, up_to]."""
        result: list[tuple[datetime.date, str]] = []
        for table in self._tables_between(after, up_to):
            begin = bisect_right(table.resting, after)
            end = bisect_right(table.resting, up_to)
            result.extend(table.days_off[begin:end])
        return result

    def _tables_between(self, after: int, up_to: int) -> list[_YearTable]:
        if up_to <= after:
            return []
        first_year = datetime.date.fromordinal(after + 1).year
        last_year = datetime.date.fromordinal(up_to).year
        return [self._table(year) for year in range(first_year, last_year + 1)]

    def has_override_between(self, after: int, up_to: int) -> bool:
        """True when some override falls in the ordinal range (after, up_to]."""
        overrides = self._override_ordinals
        if not overrides:
            return False
        index = bisect_right(overrides, after)
        return index < len(overrides) and overrides[index] <= up_to

    def year_source(self, year: int) -> str:
        """Source of the days of ``year`` that carry no override."""
        if year in self._published_years:
            return OVERRIDDEN
        if official.is_official_year(year):
            return OFFICIAL
        return PROVISIONAL

    def span_source(self, after: int, up_to: int) -> str:
        """Combined source of the days in (after, up_to]: provisional if any
        is, else overridden if any is, else official (also when empty)."""
        if up_to <= after:
            return OFFICIAL
        if (
            self._published_years
            or after + 1 < _OFFICIAL_FIRST_ORDINAL
            or up_to > _OFFICIAL_LAST_ORDINAL
        ):
            first_year = datetime.date.fromordinal(after + 1).year
            last_year = datetime.date.fromordinal(up_to).year
            sources = {
                self.year_source(year) for year in range(first_year, last_year + 1)
            }
            if PROVISIONAL in sources:
                return PROVISIONAL
            if OVERRIDDEN in sources:
                return OVERRIDDEN
        return OVERRIDDEN if self.has_override_between(after, up_to) else OFFICIAL

    def _cover(self, first: int, last: int) -> tuple[int, int, list[int]]:
        """Grow the window to cover the ordinals first..last; return it."""
        window_first, window_last, _ = self._window
        first_year = datetime.date.fromordinal(first).year
        last_year = _year_of_ordinal(last)
        if window_first <= window_last:  # not the empty initial window
            first_year = min(first_year, datetime.date.fromordinal(window_first).year)
            last_year = max(last_year, datetime.date.fromordinal(window_last).year)
        working: list[int] = []
        for year in range(first_year, last_year + 1):
            working.extend(self._table(year).working)
        self._window = (
            datetime.date(first_year, 1, 1).toordinal(),
            datetime.date(last_year, 12, 31).toordinal(),
            working,
        )
        return self._window

    # -- building ---------------------------------------------------------

    def _day_info(self, ordinal: int, table: _YearTable) -> DayInfo:
        day = datetime.date.fromordinal(ordinal)
        reason = table.rest_reasons.get(ordinal)
        working = reason is None
        if working:
            reason = MAKE_UP_WORKING_REASON if _is_weekend(ordinal) else WORKING_REASON
        source = OVERRIDDEN if day in self._overrides else table.source
        return DayInfo(day, working, table.names.get(ordinal), reason, source)

    def _table(self, year: int) -> _YearTable:
        table = self._tables.get(year)
        if table is None:
            table = self._tables[year] = self._build_table(year)
        return table

    def _build_table(self, year: int) -> _YearTable:
        if not FIRST_YEAR <= year <= LAST_TABLE_YEAR:
            raise _out_of_range(year)
        source = self.year_source(year)
        working, rest_reasons, names = _lay_out_year(
            year, self._special_days(year, source)
        )
        resting = sorted(rest_reasons)
        return _YearTable(
            working=working,
            resting=resting,
            working_dates=[datetime.date.fromordinal(ordinal) for ordinal in working],
            days_off=[
                (datetime.date.fromordinal(ordinal), rest_reasons[ordinal])
                for ordinal in resting
            ],
            rest_reasons=rest_reasons,
            names=names,
            source=source,
        )

    def _special_days(
        self, year: int, source: str
    ) -> dict[datetime.date, tuple[bool, str]]:
        """(working, name) for every day of ``year`` that is not a plain
        weekday/weekend: the arrangement of its source, then the overrides."""
        if source == OVERRIDDEN:
            # A manager entered the whole arrangement as overrides.
            special = {}
        elif source == OFFICIAL:
            special = official.special_days(year)
        else:
            special = {
                day: (False, name) for day, name in provisional_holidays(year).items()
            }
        if year in self._override_years:
            for day, override in self._overrides.items():
                if day.year == year:
                    special[day] = (override.working, override.name)
        return special
