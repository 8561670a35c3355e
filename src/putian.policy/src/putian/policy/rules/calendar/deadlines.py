"""Statutory time limits counted in working days (行政许可法 Art. 42, 45, 82)."""

from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from datetime import date
from functools import cached_property
from putian.policy.rules.calendar.working_days import FIRST_YEAR
from putian.policy.rules.calendar.working_days import LAST_YEAR
from putian.policy.rules.calendar.working_days import PROVISIONAL
from putian.policy.rules.calendar.working_days import WorkingCalendar
from putian.policy.rules.common.errors import RuleInputError
from putian.policy.rules.common.inputs import day
from putian.policy.rules.common.inputs import is_count


# Art. 42: the head of the organ may extend the limit once, by 10 working days.
STATUTORY_EXTENSION_DAYS = 10

SUSPENSION_REASON = "暂停计时（特殊环节）"

GREEN = "green"
YELLOW = "yellow"
RED = "red"


@dataclass(frozen=True)
class DeadlineResult:
    """A computed deadline and the calendar facts behind it.

    ``counted`` and ``skipped`` are worked out on first access: bulk users
    (dashboards, reminders) only need the deadline.
    """

    start: date
    deadline: date
    provisional: bool
    calendar_status: str
    calendar: WorkingCalendar = field(repr=False, compare=False)
    # The validated suspensions as sorted, disjoint, inclusive ordinal ranges.
    suspension_ordinals: tuple[tuple[int, int], ...] = field(default=(), repr=False)

    @cached_property
    def counted(self) -> list[date]:
        """The counted working days, in order (days + extension of them)."""
        working = self.calendar.working_days_between(
            self.start.toordinal(), self.deadline.toordinal()
        )
        if not self._suspended_ordinals:
            return working
        suspended = set(self._suspended_ordinals)
        return [day for day in working if day.toordinal() not in suspended]

    @cached_property
    def skipped(self) -> list[tuple[date, str]]:
        """(day, reason) for each day after start up to the deadline not counted.

        A day off inside a suspension keeps its own reason (周末, 春节...):
        it would not have counted anyway.
        """
        skipped = self.calendar.days_off_between(
            self.start.toordinal(), self.deadline.toordinal()
        )
        if self._suspended_ordinals:
            skipped.extend(
                (date.fromordinal(ordinal), SUSPENSION_REASON)
                for ordinal in self._suspended_ordinals
            )
            skipped.sort()
        return skipped

    @cached_property
    def _suspended_ordinals(self) -> list[int]:
        """Working days in the span that a suspension took out, in order."""
        after = self.start.toordinal()
        up_to = self.deadline.toordinal()
        suspended: list[int] = []
        for first, last in self.suspension_ordinals:
            suspended.extend(
                self.calendar.working_ordinals_between(
                    max(first - 1, after), min(last, up_to)
                )
            )
        return suspended


def _check_count(value: object, code: str, what_zh: str, what_en: str) -> int:
    # bool is an int subclass; True working days is a bug, not a limit.
    if not is_count(value):
        raise RuleInputError(
            f"invalid_{code}",
            f"{what_zh}必须是整数：{value!r}",
            f"The {what_en} must be an integer: {value!r}",
        )
    if value < 0:
        raise RuleInputError(
            f"negative_{code}",
            f"{what_zh}不能为负数：{value}",
            f"The {what_en} cannot be negative: {value}",
        )
    return value


def suspension_pair(pair) -> tuple:
    """A suspension's (first day, last day), or a RuleInputError."""
    try:
        first, last = pair
    except (TypeError, ValueError):
        raise RuleInputError(
            "invalid_suspension",
            f"暂停计时区间必须是（开始日期, 结束日期）：{pair!r}",
            f"A suspension must be a (first day, last day) pair: {pair!r}",
        ) from None
    return first, last


def _check_suspensions(
    suspensions: Sequence[tuple[date, date]],
) -> tuple[tuple[int, int], ...]:
    """Validated suspensions as sorted (first, last) ordinal pairs."""
    ranges = []
    for pair in suspensions:
        first, last = suspension_pair(pair)
        if type(first) is not date:
            first = day(first, "暂停计时开始日期", "suspension's first day")
        if type(last) is not date:
            last = day(last, "暂停计时结束日期", "suspension's last day")
        if last < first:
            raise RuleInputError(
                "reversed_suspension",
                f"暂停计时区间的结束日期（{last}）早于开始日期（{first}）",
                f"A suspension ends ({last}) before it starts ({first})",
            )
        ranges.append((first.toordinal(), last.toordinal()))
    if len(ranges) > 1:
        ranges.sort()
        previous_last = ranges[0][1]
        for first, last in ranges[1:]:
            if first <= previous_last:
                raise RuleInputError(
                    "overlapping_suspensions",
                    f"暂停计时区间重叠：{date.fromordinal(first)}已在前一区间内",
                    f"Suspensions overlap: {date.fromordinal(first)} is already "
                    "inside the previous one",
                )
            previous_last = last
    return tuple(ranges)


def compute_deadline(
    calendar: WorkingCalendar,
    start: date,
    days: int,
    suspensions: Sequence[tuple[date, date]] = (),
    extension_days: int = 0,
) -> DeadlineResult:
    """The deadline ``days`` (+ ``extension_days``) working days after ``start``.

    Limits count working days (行政许可法 Art. 82); the start day itself is
    not counted (the general rule for periods, 民法典 Art. 201); working days
    inside the inclusive ``suspensions`` ranges (hearing, inspection, expert
    review..., Art. 45) are not counted either.  ``days == 0`` is an
    instant item: the deadline is ``start``.
    """
    # Exact type checks first: the common case skips the slow validators.
    if type(start) is not date:
        start = day(start, "受理日期", "start date")
    if not FIRST_YEAR <= start.year <= LAST_YEAR:
        raise RuleInputError(
            "start_out_of_range",
            f"受理日期超出支持范围（{FIRST_YEAR}—{LAST_YEAR}年）：{start}",
            f"Start date outside the supported years {FIRST_YEAR}-{LAST_YEAR}: {start}",
        )
    if type(days) is not int or days < 0:
        days = _check_count(
            days, "days", "办理时限（工作日）", "time limit in working days"
        )
    if type(extension_days) is not int or extension_days < 0:
        extension_days = _check_count(
            extension_days,
            "extension",
            "延长期限（工作日）",
            "extension in working days",
        )
    ranges = _check_suspensions(suspensions) if suspensions else ()

    start_ordinal = start.toordinal()
    total = days + extension_days
    if total:
        deadline_ordinal = calendar.nth_working_ordinal_after(
            start_ordinal, total, ranges
        )
    else:
        deadline_ordinal = start_ordinal
    status = calendar.span_source(start_ordinal, deadline_ordinal)
    return DeadlineResult(
        start=start,
        deadline=date.fromordinal(deadline_ordinal),
        provisional=status == PROVISIONAL,
        calendar_status=status,
        calendar=calendar,
        suspension_ordinals=ranges,
    )


def remaining_working_days(
    calendar: WorkingCalendar, today: date, deadline: date
) -> int:
    """Working days left, as a signed working-day difference.

    On or before the deadline: the working days after ``today`` up to and
    including ``deadline`` (0 on the deadline day).  After it: minus the
    working days after ``deadline`` up to and including ``today`` (-1 on the
    first working day after the deadline).  A day off right after the
    deadline therefore still gives 0; use ``is_overdue`` for the status.
    """
    today = day(today, "当前日期", "current date")
    deadline = day(deadline, "办结期限", "deadline")
    today_ordinal = today.toordinal()
    deadline_ordinal = deadline.toordinal()
    if today_ordinal <= deadline_ordinal:
        return calendar.count_working_ordinals(today_ordinal, deadline_ordinal)
    return -calendar.count_working_ordinals(deadline_ordinal, today_ordinal)


def is_overdue(today: date, deadline: date) -> bool:
    """Overdue from the day after the deadline, working day or not."""
    return today > deadline


def traffic_light(
    calendar: WorkingCalendar, today: date, deadline: date, limit_days: int
) -> str:
    """Red when overdue; yellow when at most max(2, 20% of the limit)
    working days remain (so always on the deadline day); otherwise green."""
    limit_days = _check_count(limit_days, "limit", "办理时限（工作日）", "time limit")
    if is_overdue(today, deadline):
        return RED
    remaining = remaining_working_days(calendar, today, deadline)
    # remaining <= 20% of the limit, in integers: 5 * remaining <= limit.
    if remaining <= 2 or 5 * remaining <= limit_days:
        return YELLOW
    return GREEN
