"""The deadlines of one case, in working days (行政许可法 Art. 42, 44, 45, 82).

Everything is counted by ``compute_deadline``; this module only decides
which limit, which suspensions and which extension apply.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from putian.policy.rules.calendar.deadlines import compute_deadline
from putian.policy.rules.calendar.deadlines import DeadlineResult
from putian.policy.rules.calendar.deadlines import suspension_pair
from putian.policy.rules.calendar.deadlines import traffic_light
from putian.policy.rules.calendar.working_days import WorkingCalendar
from putian.policy.rules.common.errors import RuleInputError
from putian.policy.rules.common.findings import ERROR
from putian.policy.rules.common.findings import Finding
from putian.policy.rules.common.findings import WARNING
from putian.policy.rules.common.inputs import day


# Art. 44 / R13: the certificate is issued and delivered within 10 days of
# a grant.
CERTIFICATE_DAYS = 10
# R12: a lower-level organ forwards the application to the upper level
# within 5 working days.
FORWARDING_DAYS = 5


@dataclass(frozen=True)
class CaseDeadlines:
    """A case's statutory and committed deadlines (None: no such limit).

    The limits themselves are kept so that ``case_traffic_light`` can judge
    the share of the limit that is left.
    """

    statutory: DeadlineResult | None
    committed: DeadlineResult | None
    statutory_days: int | None = None
    committed_days: int | None = None
    extension_days: int = 0

    @property
    def governing(self) -> DeadlineResult:
        """The deadline the case is held to: the committed one, if any."""
        return self.committed if self.committed is not None else self.statutory


def _closed_suspensions(
    suspensions: Sequence[tuple[date, date | None]], today: date | None
) -> list[tuple[date, date]]:
    """The suspensions with an open one (last day None) closed at ``today``."""
    closed = []
    for pair in suspensions:
        first, last = suspension_pair(pair)
        if last is None:
            if today is None:
                raise RuleInputError(
                    "open_suspension_needs_today",
                    "尚未恢复计时的暂停需要当前日期才能计算期限",
                    "An open suspension needs today's date to compute the deadline",
                )
            today = day(today, "当前日期", "current date")
            first = day(first, "暂停计时开始日期", "suspension's first day")
            if today < first:
                raise RuleInputError(
                    "suspension_in_future",
                    f"暂停计时开始日期（{first}）晚于当前日期（{today}）",
                    f"The suspension starts ({first}) after today ({today})",
                )
            last = today
        closed.append((first, last))
    return closed


def case_deadlines(
    calendar: WorkingCalendar,
    accepted_on: date,
    statutory_days: int | None,
    committed_days: int | None,
    suspensions: Sequence[tuple[date, date | None]] = (),
    extension_days: int = 0,
    today: date | None = None,
) -> CaseDeadlines:
    """Both deadlines of a case accepted on ``accepted_on``.

    ``suspensions`` are inclusive (first, last) date ranges (Art. 45); an
    open one, whose last day is None, runs up to and including ``today``:
    the deadline is then the one the case has if it resumes tomorrow.  The
    approved extension (Art. 42) moves both deadlines: the committed limit
    is a promise within the statutory one and is extended with it.  A
    committed limit of 0 is an instant item (R10): its deadline is the day
    of acceptance.
    """
    if statutory_days is None and committed_days is None:
        raise RuleInputError(
            "case_without_time_limit",
            "案件所属事项既无法定办结时限也无承诺办结时限",
            "The case's item has neither a statutory nor a committed time limit",
        )
    closed = _closed_suspensions(suspensions, today)
    statutory = committed = None
    if statutory_days is not None:
        statutory = compute_deadline(
            calendar, accepted_on, statutory_days, closed, extension_days
        )
    if committed_days is not None:
        # An instant item is decided on the spot: nothing to suspend or extend.
        committed = (
            compute_deadline(calendar, accepted_on, 0)
            if committed_days == 0
            else compute_deadline(
                calendar, accepted_on, committed_days, closed, extension_days
            )
        )
    return CaseDeadlines(
        statutory, committed, statutory_days, committed_days, extension_days
    )


def case_traffic_light(
    calendar: WorkingCalendar,
    today: date,
    deadlines: CaseDeadlines,
    committed_days: int | None = None,
) -> str:
    """``traffic_light`` on the committed deadline, else the statutory one.

    The limit judged is the one of that deadline plus the extension: the
    warning comes when 20% of the whole (extended) period is left.
    ``committed_days`` defaults to the one ``deadlines`` was computed with.
    """
    if committed_days is None:
        committed_days = deadlines.committed_days
    if deadlines.committed is not None and committed_days is not None:
        limit = committed_days + (deadlines.extension_days if committed_days else 0)
        return traffic_light(calendar, today, deadlines.committed.deadline, limit)
    if deadlines.statutory is None or deadlines.statutory_days is None:
        raise RuleInputError(
            "case_without_time_limit",
            "案件没有可用于计算红黄绿灯的期限",
            "The case has no deadline to compute the traffic light from",
        )
    limit = deadlines.statutory_days + deadlines.extension_days
    return traffic_light(calendar, today, deadlines.statutory.deadline, limit)


def certificate_due(calendar: WorkingCalendar, decided_on: date) -> DeadlineResult:
    """Art. 44 / R13: the certificate is due 10 working days after a grant."""
    return compute_deadline(calendar, decided_on, CERTIFICATE_DAYS)


def forwarding_due(calendar: WorkingCalendar, received_on: date) -> DeadlineResult:
    """R12: a lower-level organ forwards within 5 working days of receipt."""
    return compute_deadline(calendar, received_on, FORWARDING_DAYS)


def _not_before(later: date, earlier: date, code: str, zh: str, en: str) -> None:
    if later < earlier:
        raise RuleInputError(code, zh, en)


def check_forwarding(
    calendar: WorkingCalendar,
    received_on: date,
    forwarded_on: date | None = None,
    acknowledged_on: date | None = None,
    today: date | None = None,
) -> list[Finding]:
    """R12: forwarded to the upper level in time, and acknowledged in writing.

    Not yet forwarded is only a finding once the 5 working days are over
    (``today`` after the due date).  A forwarded application whose receipt
    the upper level has not acknowledged in writing is a warning.
    """
    received_on = day(received_on, "收件日期", "date of receipt")
    due = forwarding_due(calendar, received_on).deadline
    findings = []
    if forwarded_on is None:
        if today is not None and day(today, "当前日期", "current date") > due:
            findings.append(
                Finding(
                    "R12",
                    ERROR,
                    "forwarding_overdue",
                    f"下级机关{received_on}收到的申请材料至今未报送上级机关，"
                    f"已超过{FORWARDING_DAYS}个工作日的期限（{due}）",
                    f"The application received on {received_on} has not been "
                    f"forwarded to the upper level; the {FORWARDING_DAYS} working "
                    f"days ended on {due}",
                    "forwarded_on",
                )
            )
        return findings
    forwarded_on = day(forwarded_on, "报送日期", "forwarding date")
    _not_before(
        forwarded_on,
        received_on,
        "forwarded_before_received",
        f"报送日期（{forwarded_on}）早于收件日期（{received_on}）",
        f"Forwarded ({forwarded_on}) before it was received ({received_on})",
    )
    if forwarded_on > due:
        findings.append(
            Finding(
                "R12",
                ERROR,
                "forwarding_late",
                f"申请材料于{forwarded_on}报送上级机关，超过{FORWARDING_DAYS}"
                f"个工作日的期限（{due}）",
                f"The application was forwarded on {forwarded_on}, after the "
                f"{FORWARDING_DAYS} working days ending {due}",
                "forwarded_on",
            )
        )
    if acknowledged_on is None:
        findings.append(
            Finding(
                "R12",
                WARNING,
                "forwarding_not_acknowledged",
                "上级机关尚未书面确认收到报送的申请材料",
                "The upper level has not yet acknowledged receipt in writing",
                "acknowledged_on",
            )
        )
    else:
        acknowledged_on = day(
            acknowledged_on, "上级机关确认收到日期", "acknowledgement date"
        )
        _not_before(
            acknowledged_on,
            forwarded_on,
            "acknowledged_before_forwarded",
            f"上级机关确认收到日期（{acknowledged_on}）早于报送日期（{forwarded_on}）",
            f"Acknowledged ({acknowledged_on}) before it was forwarded "
            f"({forwarded_on})",
        )
    return findings


def check_certificate_delivery(
    calendar: WorkingCalendar,
    decided_on: date,
    delivered_on: date | None = None,
    today: date | None = None,
) -> list[Finding]:
    """R13: after a grant, the certificate is delivered within 10 working days.

    Not yet delivered is only a finding once the time is over (``today``
    after the due date).
    """
    decided_on = day(decided_on, "许可决定日期", "decision date")
    due = certificate_due(calendar, decided_on).deadline
    if delivered_on is None:
        if today is None or day(today, "当前日期", "current date") <= due:
            return []
        return [
            Finding(
                "R13",
                ERROR,
                "certificate_overdue",
                f"{decided_on}准予许可的证照至今未颁发、送达，已超过"
                f"{CERTIFICATE_DAYS}个工作日的期限（{due}）",
                f"The certificate of the grant of {decided_on} has not been "
                f"delivered; the {CERTIFICATE_DAYS} working days ended on {due}",
                "delivered_on",
            )
        ]
    delivered_on = day(delivered_on, "送达日期", "delivery date")
    _not_before(
        delivered_on,
        decided_on,
        "delivered_before_decided",
        f"送达日期（{delivered_on}）早于许可决定日期（{decided_on}）",
        f"Delivered ({delivered_on}) before the decision ({decided_on})",
    )
    if delivered_on > due:
        return [
            Finding(
                "R13",
                ERROR,
                "certificate_late",
                f"证照于{delivered_on}送达，超过准予许可后{CERTIFICATE_DAYS}"
                f"个工作日的期限（{due}）",
                f"The certificate was delivered on {delivered_on}, after the "
                f"{CERTIFICATE_DAYS} working days ending {due}",
                "delivered_on",
            )
        ]
    return []
