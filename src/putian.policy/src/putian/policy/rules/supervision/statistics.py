"""R22 disclosure: a department's public figures for one month.

A case is reduced to its ``CaseTally`` (no name, no ID number, no case id:
nothing personal reaches the figures).  ``case_counts`` says what one case
adds to which (month, counter); the shell keeps those counters summed per
(department, month) as cases move, and ``month_figures`` turns one month's
counters into the published figures.

Rounding rule (stated once, used for every figure): a share is given in
percent and an average in working days, both rounded half-up to one
decimal; whether a target is met is judged on the exact value, never the
rounded one.  A figure whose denominator is 0 is not given (None), and
neither is its met / not met: no case is not 0 %.
"""

from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from decimal import ROUND_HALF_UP
from fractions import Fraction
from putian.policy.rules.calendar.working_days import WorkingCalendar
from putian.policy.rules.cases.ratings import SATISFACTION_LEVELS
from putian.policy.rules.cases.ratings import SATISFIED_LEVELS
from putian.policy.rules.cases.workflow import DECIDED_STATES
from putian.policy.rules.catalogue.terms import tokens
from putian.policy.rules.common.errors import RuleInputError


__all__ = [
    "COUNTERS",
    "FIGURES",
    "add_counters",
    "CaseTally",
    "case_counts",
    "month_figures",
    "month_key",
    "parse_month",
    "working_days_used",
]

# The counters kept per (department, month).
COUNTERS = (
    "received",  # filed in the month
    "accepted",  # accepted (受理) in the month
    "completed",  # decided (办结: approved or denied) in the month
    "with_committed_limit",  # completed cases that had a committed limit
    "on_time",  # ... decided on or before the committed deadline
    "early",  # ... decided before it (提前办结)
    "days_used",  # working days used by the cases with a committed limit
    "days_committed",  # their committed limits, summed
    "instant",  # instant items (即办件, committed limit 0) completed
    "rated",  # ratings given in the month
    *(f"rating_{level}" for level in tokens(SATISFACTION_LEVELS)),
    "bad_rated",  # ... of them bad ones, each opening a rectification (R21)
    "rectified_on_time",  # ... whose rectification was done by its deadline
)


@dataclass(frozen=True)
class FigureDefinition:
    """A published figure; ``target`` in percent (None: none in the plan)."""

    id: str
    title_zh: str
    title_en: str
    target: float | None = None


# The plan promises every case within its committed limit (承诺时限): the
# on-time target is 100 %.  Early completion and satisfaction have no
# target in the plan and are published without met / not met.
FIGURES = (
    FigureDefinition("on_time_share", "按承诺时限办结率", "Completed on time", 100.0),
    FigureDefinition("early_share", "提前办结率", "Completed early"),
    FigureDefinition("satisfied_share", "满意率", "Satisfied"),
    # Every bad rating is verified and rectified within its limit (国办发
    # 〔2019〕51号; rules.supervision.rectification): the target is 100 %.
    FigureDefinition(
        "rectified_on_time_share",
        "差评按期整改率",
        "Bad ratings rectified on time",
        100.0,
    ),
)
_TARGETS = {definition.id: definition.target for definition in FIGURES}


@dataclass(frozen=True)
class CaseTally:
    """What the statistics need of one case, and nothing personal.

    ``decided_on`` is set for a decided case (approved, denied, delivered);
    ``committed_deadline`` is the stored committed deadline (suspensions and
    extension counted in); ``days_used`` the working days from acceptance to
    decision less the suspended ones (``working_days_used``).
    """

    department: str
    state: str
    submitted_on: date | None = None
    accepted_on: date | None = None
    decided_on: date | None = None
    committed_days: int | None = None
    committed_deadline: date | None = None
    days_used: int | None = None
    rating: str | None = None
    rated_on: date | None = None
    rectification_due: date | None = None
    rectified_on: date | None = None


def month_key(day: date) -> str:
    """The month of a day as "YYYY-MM"."""
    return f"{day.year:04d}-{day.month:02d}"


def parse_month(value) -> str:
    """A "YYYY-MM" month, checked; RuleInputError otherwise."""
    if isinstance(value, str) and len(value) == 7 and value[4] == "-":
        year, month = value[:4], value[5:]
        digits = year.isdigit() and month.isdigit()
        if digits and 1 <= int(month) <= 12 and 1900 <= int(year) <= 2999:
            return value
    raise RuleInputError(
        "invalid_month",
        f"月份“{value}”格式不正确，应为“年-月”，如 2026-03",
        f"Invalid month {value!r}: expected YYYY-MM, e.g. 2026-03",
    )


def working_days_used(
    calendar: WorkingCalendar,
    accepted_on: date,
    decided_on: date,
    suspensions: Sequence[tuple[date, date]] = (),
) -> int:
    """Working days after acceptance up to and including the decision,
    less the suspended working days (inclusive ranges); 0 for a decision
    on the day of acceptance (an instant item)."""
    after, up_to = accepted_on.toordinal(), decided_on.toordinal()
    used = calendar.count_working_ordinals(after, up_to)
    for first, last in suspensions:
        low = max(first.toordinal() - 1, after)
        high = min(last.toordinal(), up_to)
        used -= calendar.count_working_ordinals(low, high)
    return max(used, 0)


def _completion_counts(facts: CaseTally) -> dict[str, int]:
    """The completion counters of a decided case."""
    decided, deadline = facts.decided_on, facts.committed_deadline
    counts = {"completed": 1}
    if facts.committed_days == 0:
        counts["instant"] = 1
    if facts.committed_days is None or deadline is None:
        return counts
    counts["with_committed_limit"] = 1
    if decided <= deadline:
        counts["on_time"] = 1
    if decided < deadline:
        counts["early"] = 1
    if facts.days_used is not None:
        counts["days_used"] = facts.days_used
        counts["days_committed"] = facts.committed_days
    return counts


def case_counts(facts: CaseTally) -> dict[tuple[str, str], int]:
    """What one case adds: {(month, counter): amount}.

    Received counts in the month of filing, accepted in the month of
    acceptance, the completion figures in the month of the decision, the
    rating in the month it was given (a bad one with its rectification,
    counted on time once done by its deadline).
    """
    counts: dict[tuple[str, str], int] = {}

    def add(day: date, counter: str, amount: int = 1) -> None:
        key = (month_key(day), counter)
        counts[key] = counts.get(key, 0) + amount

    if facts.submitted_on is not None:
        add(facts.submitted_on, "received")
    if facts.accepted_on is not None:
        add(facts.accepted_on, "accepted")
    decided = facts.decided_on
    if decided is not None and facts.state in DECIDED_STATES:
        for counter, amount in _completion_counts(facts).items():
            add(decided, counter, amount)
    if facts.rating is not None and facts.rated_on is not None:
        add(facts.rated_on, "rated")
        add(facts.rated_on, f"rating_{facts.rating}")
        if facts.rectification_due is not None:
            add(facts.rated_on, "bad_rated")
            if (
                facts.rectified_on is not None
                and facts.rectified_on <= facts.rectification_due
            ):
                add(facts.rated_on, "rectified_on_time")
    return counts


def _rounded(value: Fraction) -> float:
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    return float(exact.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def _share(figure: str, numerator: int, denominator: int) -> dict:
    target = _TARGETS[figure]
    if not denominator:
        return {"percent": None, "target": target, "met": None}
    exact = Fraction(numerator * 100, denominator)
    return {
        "percent": _rounded(exact),
        "target": target,
        "met": None if target is None else exact >= Fraction(str(target)),
    }


def month_figures(counters: Mapping[str, int]) -> dict:
    """One department's (or the portal's) figures for one month.

    ``counters``: the month's counters (missing ones are 0).  The average
    working days used is judged against the average committed limit of the
    same cases: met when not above it.
    """
    unknown = set(counters) - set(COUNTERS)
    if unknown:
        raise RuleInputError(
            "unknown_counter",
            f"未知的统计项：{'、'.join(sorted(unknown))}",
            f"Unknown counters: {', '.join(sorted(unknown))}",
        )
    count = {name: int(counters.get(name, 0)) for name in COUNTERS}
    timed = count["with_committed_limit"]
    if timed:
        used = Fraction(count["days_used"], timed)
        committed = Fraction(count["days_committed"], timed)
        average = {
            "days_used": _rounded(used),
            "days_committed": _rounded(committed),
            "met": used <= committed,
        }
    else:
        average = {"days_used": None, "days_committed": None, "met": None}
    levels = {level: count[f"rating_{level}"] for level in tokens(SATISFACTION_LEVELS)}
    satisfied = sum(levels[level] for level in SATISFIED_LEVELS)
    return {
        "received": count["received"],
        "accepted": count["accepted"],
        "completed": count["completed"],
        "instant": count["instant"],
        "on_time": count["on_time"],
        "early": count["early"],
        "on_time_share": _share("on_time_share", count["on_time"], timed),
        "early_share": _share("early_share", count["early"], timed),
        "average_days": average,
        "ratings": {"total": count["rated"], "counts": levels},
        "satisfied_share": _share("satisfied_share", satisfied, count["rated"]),
        "bad_ratings": count["bad_rated"],
        "rectified_on_time": count["rectified_on_time"],
        "rectified_on_time_share": _share(
            "rectified_on_time_share", count["rectified_on_time"], count["bad_rated"]
        ),
    }


def add_counters(total: dict, counters: Mapping[str, int]) -> dict:
    """Sum ``counters`` into ``total`` (several departments, one month)."""
    for name, amount in counters.items():
        total[name] = total.get(name, 0) + amount
    return total
