"""Where a case stands for the applicant: five stages and the days used.

The public progress bar of a case (办件进度) reads 申请 → 受理 → 审查 →
决定 → 送达.  ``case_progress`` places a case on it from the states its
workflow history went through; ``working_days_used`` counts the working
days the case has used of its time limit, the way ``compute_deadline``
counts them: from the day after acceptance, working days only (行政许可法
Art. 82), special steps not counted (Art. 45).  So on the deadline day a
case has used exactly its limit.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from putian.policy.rules.calendar.deadlines import _check_suspensions
from putian.policy.rules.calendar.working_days import WorkingCalendar
from putian.policy.rules.cases.deadlines import _closed_suspensions
from putian.policy.rules.cases.workflow import case_state_term
from putian.policy.rules.catalogue.terms import Term
from putian.policy.rules.catalogue.terms import tokens
from putian.policy.rules.common.errors import RuleInputError


APPLY, ACCEPT, REVIEW, DECIDE, DELIVER = (
    "apply",
    "accept",
    "review",
    "decide",
    "deliver",
)
PROGRESS_STAGES = (
    Term(APPLY, "申请", "Apply"),
    Term(ACCEPT, "受理", "Accept"),
    Term(REVIEW, "审查", "Review"),
    Term(DECIDE, "决定", "Decide"),
    Term(DELIVER, "送达", "Deliver"),
)

# How each stage stands.
DONE = "done"  # passed
CURRENT = "current"  # the case is at this stage now
WAITING = "waiting"  # at this stage, waiting for the applicant (补正)
PAUSED = "paused"  # at this stage, time stopped for a special step
ENDED = "ended"  # the case ended here (not accepted, denied, withdrawn)
SKIPPED = "skipped"  # not part of this case (an instant item's review)
PENDING = "pending"  # still to come
NOT_REACHED = "not_reached"  # never to come: the case ended before it
STAGE_STATUSES = (DONE, CURRENT, WAITING, PAUSED, ENDED, SKIPPED, PENDING, NOT_REACHED)

# The stage a case is at in each state, and how that stage stands.  An
# approved case is at delivery: the certificate is being issued and sent.
# A denied case ends at the decision: the decision notice is its answer,
# handed over on the tracking page, with no delivery step of the workflow.
_AT = {
    "submitted": (ACCEPT, CURRENT),
    "correction": (ACCEPT, WAITING),
    "rejected_intake": (ACCEPT, ENDED),
    "accepted": (REVIEW, CURRENT),
    "in_review": (REVIEW, CURRENT),
    "suspended": (REVIEW, PAUSED),
    "approved": (DELIVER, CURRENT),
    "denied": (DECIDE, ENDED),
    "delivered": (DELIVER, DONE),
}
_ORDER = tokens(PROGRESS_STAGES)

# What happens after an application is submitted, for its receipt (申请回执).
RECEIPT_NEXT_STEPS = (
    (
        "窗口工作人员审核申请材料：材料齐全、符合法定形式的予以受理并出具受理通知书；"
        "需要补正的，当场或者在五日内一次性告知需要补正的全部内容"
        "（《中华人民共和国行政许可法》第三十二条）。",
        "The window checks the materials: a complete application is accepted "
        "and you receive an acceptance receipt; if anything must be corrected, "
        "you are told everything at once, on the spot or within five days "
        "(Administrative Licensing Law, Art. 32).",
    ),
    (
        "受理后在承诺时限内办理，可随时凭受理单编号和查询码在“办件查询”中查看进度。",
        "Once accepted, the case is handled within the committed time limit; "
        "follow it at any time under Track my application with the receipt "
        "number and the query code.",
    ),
    (
        "作出决定后，办理结果按您选择的方式送达，您即可对本次服务进行评价。",
        "Once decided, the result is delivered as you chose, and you can rate "
        "the service.",
    ),
)


@dataclass(frozen=True)
class StageProgress:
    stage: Term
    status: str


@dataclass(frozen=True)
class CaseProgress:
    """The five stages in order, each with its status, and the stage the
    case is at (the last one that is not pending or not reached)."""

    stages: tuple[StageProgress, ...]
    current: str
    finished: bool

    def status_of(self, stage: str) -> str:
        for entry in self.stages:
            if entry.stage.token == stage:
                return entry.status
        raise KeyError(stage)


def case_progress(states: Sequence[str], is_instant_item: bool = False) -> CaseProgress:
    """The progress of a case whose workflow went through ``states``
    (oldest first, the last one its state now).

    A withdrawn case ends at the stage it was at when withdrawn.  An
    instant item (即办件, R10) is decided on acceptance: its review stage
    is skipped, and an accepted instant case waits for the decision.
    """
    stage, status = _stage_now(_checked_states(states))
    if is_instant_item and stage == REVIEW:
        stage = DECIDE
    position = _ORDER.index(stage)
    finished = status in (ENDED, DONE)
    stages = tuple(
        StageProgress(
            entry,
            _stage_status(entry, index, position, status, finished, is_instant_item),
        )
        for index, entry in enumerate(PROGRESS_STAGES)
    )
    return CaseProgress(stages, stage, finished)


def _checked_states(states: Sequence[str]) -> list[str]:
    if isinstance(states, str) or not isinstance(states, Sequence) or not states:
        raise RuleInputError(
            "invalid_case_states",
            f"办件状态记录必须是非空的状态列表：{states!r}",
            f"The case's states must be a non-empty list of states: {states!r}",
        )
    return [case_state_term(state).token for state in states]


def _stage_now(states: list[str]) -> tuple[str, str]:
    """The stage the case is at and how it stands there; a withdrawn case
    ended at the stage of the state it was withdrawn from."""
    if states[-1] != "withdrawn":
        return _AT[states[-1]]
    before = [state for state in states if state != "withdrawn"]
    if not before:
        raise RuleInputError(
            "withdrawn_without_history",
            "已撤回的办件缺少撤回前的状态",
            "A withdrawn case needs the state it was withdrawn from",
        )
    stage, status = _AT[before[-1]]
    if status == DONE:  # not possible by the workflow; be exact anyway
        raise RuleInputError(
            "withdrawn_after_delivery",
            "已送达的办件不能撤回",
            "A delivered case cannot be withdrawn",
        )
    return stage, ENDED


def _stage_status(
    entry: Term,
    index: int,
    position: int,
    status: str,
    finished: bool,
    is_instant_item: bool,
) -> str:
    """How the stage at ``index`` stands when the case is at ``position``
    with ``status``; an instant item's review is skipped."""
    if is_instant_item and entry.token == REVIEW and index != position:
        return SKIPPED
    if index < position:
        return DONE
    if index == position:
        return status
    return NOT_REACHED if finished else PENDING


@dataclass(frozen=True)
class DaysUsed:
    """Working days used of the limit; ``limit`` None when there is none.

    ``limit`` is the governing limit (committed, else statutory) with the
    approved extension; ``over`` is how many working days beyond it."""

    used: int
    limit: int | None
    suspended: int

    @property
    def over(self) -> int:
        if self.limit is None:
            return 0
        return max(self.used - self.limit, 0)


def working_days_used(
    calendar: WorkingCalendar,
    accepted_on: date,
    until: date,
    suspensions: Sequence[tuple[date, date | None]] = (),
) -> tuple[int, int]:
    """(used, suspended): the working days after ``accepted_on`` up to and
    including ``until`` that count towards the limit, and the working days
    in that span that special steps took out.

    ``suspensions`` are inclusive (first, last) ranges as for
    ``case_deadlines``; an open one (last None) runs up to ``until``.
    """
    if type(accepted_on) is not date or type(until) is not date:
        raise RuleInputError(
            "invalid_date",
            f"受理日期和截止日期必须是日期：{accepted_on!r}，{until!r}",
            f"The acceptance day and the end day must be dates: "
            f"{accepted_on!r}, {until!r}",
        )
    if until < accepted_on:
        raise RuleInputError(
            "until_before_acceptance",
            f"计算日期（{until}）早于受理日期（{accepted_on}）",
            f"The end day ({until}) is before the acceptance ({accepted_on})",
        )
    after, up_to = accepted_on.toordinal(), until.toordinal()
    ranges = _check_suspensions(_closed_suspensions(suspensions, until))
    working = calendar.count_working_ordinals(after, up_to)
    suspended = 0
    for first, last in ranges:
        if last <= after or first > up_to:
            continue
        suspended += calendar.count_working_ordinals(
            max(first - 1, after), min(last, up_to)
        )
    return working - suspended, suspended


def days_used(
    calendar: WorkingCalendar,
    accepted_on: date,
    until: date,
    suspensions: Sequence[tuple[date, date | None]] = (),
    statutory_days: int | None = None,
    committed_days: int | None = None,
    extension_days: int = 0,
) -> DaysUsed:
    """The working days used against the governing limit: the committed
    one if any (an instant item's 0 is not extended), else the statutory
    one, each with the approved extension (Art. 42)."""
    used, suspended = working_days_used(calendar, accepted_on, until, suspensions)
    if committed_days is not None:
        limit = committed_days + (extension_days if committed_days else 0)
    elif statutory_days is not None:
        limit = statutory_days + extension_days
    else:
        limit = None
    return DaysUsed(used, limit, suspended)
