"""R20: which facts of a case make which supervision line.

Each kind of line is an entry of ``LINE_KINDS`` (its title, rule and legal
source, and the check that finds it); ``supervision_lines`` runs them all.
A later rule adds a kind with ``register`` instead of another branch here
(R21's overdue rectifications, for one).
"""

from collections.abc import Callable
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from putian.policy.rules.calendar.deadlines import GREEN
from putian.policy.rules.calendar.deadlines import RED
from putian.policy.rules.calendar.deadlines import YELLOW
from putian.policy.rules.calendar.working_days import WorkingCalendar
from putian.policy.rules.cases.deadlines import case_deadlines
from putian.policy.rules.cases.deadlines import case_traffic_light
from putian.policy.rules.cases.deadlines import CaseDeadlines
from putian.policy.rules.cases.deadlines import check_certificate_delivery
from putian.policy.rules.cases.deadlines import check_forwarding
from putian.policy.rules.cases.deadlines import forwarding_due
from putian.policy.rules.common.errors import RuleInputError
from putian.policy.rules.common.findings import ERROR


APPROVED = "approved"
DENIED = "denied"
DECISIONS = (APPROVED, DENIED)
# The two remedies a denial must name (行政许可法第三十八条第二款).
RECONSIDERATION = "reconsideration"
LITIGATION = "litigation"
REMEDIES = frozenset({RECONSIDERATION, LITIGATION})


@dataclass(frozen=True)
class Suspension:
    """A stop of the clock (Art. 45) and whether the applicant was told in writing."""

    first: date
    last: date | None
    notified: bool


@dataclass(frozen=True)
class CaseFacts:
    """What supervision needs to know of one case (all dates, no objects).

    ``decision`` is None while the case is open; ``special_days`` is the
    working days the item's special steps take (R8), 0 without any.
    """

    accepted_on: date
    statutory_days: int | None
    committed_days: int | None
    decision: str | None = None
    decided_on: date | None = None
    suspensions: Sequence[Suspension] = ()
    extension_days: int = 0
    remedy_notices: frozenset = frozenset()
    certificate_delivered_on: date | None = None
    received_on: date | None = None
    forwarded_on: date | None = None
    acknowledged_on: date | None = None
    special_days: int = 0
    # R21: a bad rating's rectification deadline, and when it was rectified.
    rectification_due: date | None = None
    rectified_on: date | None = None

    def __post_init__(self) -> None:
        if self.decision is not None and self.decision not in DECISIONS:
            raise RuleInputError(
                "invalid_decision",
                f"未知的许可决定：{self.decision!r}",
                f"Unknown decision: {self.decision!r}",
            )
        if (self.decision is None) != (self.decided_on is None):
            raise RuleInputError(
                "decision_without_date",
                "许可决定与决定日期必须同时填写",
                "A decision and its date go together",
            )
        if self.decided_on is not None and self.decided_on < self.accepted_on:
            raise RuleInputError(
                "decided_before_accepted",
                f"决定日期（{self.decided_on}）早于受理日期（{self.accepted_on}）",
                f"Decided ({self.decided_on}) before accepted ({self.accepted_on})",
            )

    @property
    def is_open(self) -> bool:
        return self.decision is None


@dataclass(frozen=True)
class Line:
    """One supervision line: the kind, its light, and what was found."""

    kind: str
    light: str
    rule: str
    source: str
    message_zh: str
    message_en: str


@dataclass(frozen=True)
class Judged:
    """A case's facts with the calendar, today and its deadlines worked out once."""

    facts: CaseFacts
    calendar: WorkingCalendar
    today: date
    deadlines: CaseDeadlines


Check = Callable[[Judged], tuple[str, str, str] | None]


@dataclass(frozen=True)
class LineKind:
    """A kind of line: titles, rule, legal source and the check finding it.

    The check answers None, or (light, message_zh, message_en).
    """

    kind: str
    title_zh: str
    title_en: str
    rule: str
    source: str
    check: Check


LINE_KINDS: dict[str, LineKind] = {}


def register(
    kind: str, title_zh: str, title_en: str, rule: str, source: str
) -> Callable[[Check], Check]:
    """Add a kind of line; its check is the decorated function."""

    def add(check: Check) -> Check:
        if kind in LINE_KINDS:
            raise ValueError(f"supervision line kind {kind!r} registered twice")
        LINE_KINDS[kind] = LineKind(kind, title_zh, title_en, rule, source, check)
        return check

    return add


def judge(facts: CaseFacts, calendar: WorkingCalendar, today: date) -> Judged:
    # An open suspension runs up to today; a closed case's up to its decision.
    as_of = facts.decided_on or today
    deadlines = case_deadlines(
        calendar,
        facts.accepted_on,
        facts.statutory_days,
        facts.committed_days,
        [(stop.first, stop.last) for stop in facts.suspensions],
        facts.extension_days,
        as_of,
    )
    return Judged(facts, calendar, today, deadlines)


def case_light(judged: Judged) -> str | None:
    """An open case's traffic light on its committed deadline; None once decided."""
    if not judged.facts.is_open:
        return None
    return case_traffic_light(judged.calendar, judged.today, judged.deadlines)


def supervision_lines(
    facts: CaseFacts, calendar: WorkingCalendar, today: date
) -> list[Line]:
    """Every line the case makes, in the order of ``LINE_KINDS``."""
    judged = judge(facts, calendar, today)
    lines = []
    for entry in LINE_KINDS.values():
        found = entry.check(judged)
        if found is not None:
            light, zh, en = found
            lines.append(Line(entry.kind, light, entry.rule, entry.source, zh, en))
    return lines


@register(
    "committed_deadline",
    "承诺时限预警",
    "Committed time limit",
    "R20",
    "《行政许可法》第四十二条；承诺办结时限",
)
def _committed(judged: Judged):
    light = case_light(judged)
    if light in (None, GREEN):
        return None
    deadline = judged.deadlines.governing.deadline
    if light == RED:
        return (
            RED,
            f"已超过承诺办结期限（{deadline}）仍未办结",
            f"Still open after the committed deadline ({deadline})",
        )
    return (
        YELLOW,
        f"临近承诺办结期限（{deadline}）",
        f"Close to the committed deadline ({deadline})",
    )


@register(
    "statutory_overdue",
    "超法定时限",
    "Past the statutory limit",
    "R20",
    "《行政许可法》第四十二条",
)
def _statutory(judged: Judged):
    statutory = judged.deadlines.statutory
    if statutory is None:
        return None
    decided_on = judged.facts.decided_on
    if decided_on is None:
        if judged.today <= statutory.deadline:
            return None
        return (
            RED,
            f"法定办结期限（{statutory.deadline}）已过，尚未作出决定",
            f"No decision after the statutory deadline ({statutory.deadline})",
        )
    if decided_on <= statutory.deadline:
        return None
    return (
        RED,
        f"于{decided_on}作出决定，超过法定办结期限（{statutory.deadline}）",
        f"Decided on {decided_on}, after the statutory deadline ({statutory.deadline})",
    )


@register(
    "suspension_without_notice",
    "暂停计时未书面告知",
    "Suspension without written notice",
    "R8",
    "《行政许可法》第四十五条",
)
def _suspension(judged: Judged):
    silent = [stop.first for stop in judged.facts.suspensions if not stop.notified]
    if not silent:
        return None
    days = "、".join(str(first) for first in silent)
    return (
        RED,
        f"自{days}起暂停计时，未将所需时间书面告知申请人",
        f"The clock stopped from {', '.join(map(str, silent))} without telling "
        "the applicant in writing",
    )


@register(
    "denial_without_remedies",
    "不予许可未告知救济途径",
    "Denial without both remedies",
    "R16",
    "《行政许可法》第三十八条第二款",
)
def _denial(judged: Judged):
    facts = judged.facts
    if facts.decision != DENIED:
        return None
    missing = REMEDIES - facts.remedy_notices
    if not missing:
        return None
    names_zh = {RECONSIDERATION: "申请行政复议", LITIGATION: "提起行政诉讼"}
    zh = "、".join(names_zh[name] for name in sorted(missing))
    return (
        RED,
        f"不予许可决定未告知申请人{zh}的权利",
        f"The denial does not tell the applicant of: {', '.join(sorted(missing))}",
    )


def _first_error(findings) -> tuple[str, str, str] | None:
    for finding in findings:
        if finding.severity == ERROR:
            return RED, finding.message_zh, finding.message_en
    return None


@register(
    "certificate_late",
    "证照未按时颁发",
    "Certificate not issued in time",
    "R13",
    "《行政许可法》第四十四条",
)
def _certificate(judged: Judged):
    facts = judged.facts
    if facts.decision != APPROVED:
        return None
    return _first_error(
        check_certificate_delivery(
            judged.calendar,
            facts.decided_on,
            facts.certificate_delivered_on,
            judged.today,
        )
    )


@register(
    "forwarding_late",
    "未按时报送上级机关",
    "Not forwarded in time",
    "R12",
    "《行政许可法》第四十三条",
)
def _forwarding(judged: Judged):
    facts = judged.facts
    if facts.received_on is None:
        return None
    return _first_error(
        check_forwarding(
            judged.calendar,
            facts.received_on,
            facts.forwarded_on,
            facts.acknowledged_on,
            judged.today,
        )
    )


@register(
    "forwarding_unacknowledged",
    "上级机关未按时确认收件",
    "Forwarding not acknowledged in time",
    "R12",
    "《行政许可法》第四十三条",
)
def _acknowledgement(judged: Judged):
    facts = judged.facts
    if facts.forwarded_on is None:
        return None
    due = forwarding_due(judged.calendar, facts.forwarded_on).deadline
    acknowledged_on = facts.acknowledged_on
    if acknowledged_on is None and judged.today > due:
        return (
            RED,
            f"{facts.forwarded_on}报送的申请材料，上级机关逾期（{due}）未书面确认收到",
            f"Forwarded on {facts.forwarded_on}; the upper level has not "
            f"acknowledged it by {due}",
        )
    if acknowledged_on is not None and acknowledged_on > due:
        return (
            YELLOW,
            f"上级机关于{acknowledged_on}确认收到，晚于期限（{due}）",
            f"The upper level acknowledged on {acknowledged_on}, after {due}",
        )
    return None


@register(
    "faster_than_special_step",
    "办结快于特殊环节所需时间",
    "Decided faster than a special step takes",
    "R8",
    "《行政许可法》第四十五条",
)
def _too_fast(judged: Judged):
    facts = judged.facts
    if facts.decided_on is None or facts.special_days <= 0:
        return None
    used = judged.calendar.count_working_ordinals(
        facts.accepted_on.toordinal(), facts.decided_on.toordinal()
    )
    if used >= facts.special_days:
        return None
    return (
        YELLOW,
        f"受理后{used}个工作日即作出决定，少于特殊环节所需的{facts.special_days}"
        "个工作日",
        f"Decided {used} working days after acceptance, fewer than the "
        f"{facts.special_days} its special steps take",
    )


# Kinds kept beside their own rule register themselves on import.
from putian.policy.rules.supervision import rectification  # noqa: E402,F401
