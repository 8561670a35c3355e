"""The application workflow of one case (办件) and its rules (R10, R12, R13, R23).

States and transitions are the contract with the Plone workflow: the ids
here are the workflow's ids.  ``check_transition`` says whether a step may
be taken and whether the paper it needs is complete; the deadlines and the
notices live in ``case_deadlines`` and ``case_notices`` and are re-exported
here.

Which rule a finding cites:
- R23: a step out of order (the step record must be a valid sequence);
- R10: instant items (即办件) go from acceptance straight to a decision;
- R12: the intake steps (correction notice, refusal to accept);
- R13: the review and decision steps (suspension, extension, denial).
"""

from collections.abc import Sequence
from putian.policy.rules.calendar.deadlines import STATUTORY_EXTENSION_DAYS
from putian.policy.rules.cases.notices import check_correction_notice
from putian.policy.rules.cases.notices import check_denial
from putian.policy.rules.catalogue.terms import SPECIAL_STEP_KINDS
from putian.policy.rules.catalogue.terms import Term
from putian.policy.rules.catalogue.terms import tokens
from putian.policy.rules.common.errors import RuleInputError
from putian.policy.rules.common.errors import unknown_choice
from putian.policy.rules.common.findings import ERROR
from putian.policy.rules.common.findings import Finding
from putian.policy.rules.common.inputs import flag
from putian.policy.rules.common.inputs import is_count
from putian.policy.rules.common.inputs import text
from types import MappingProxyType
from typing import NamedTuple


__all__ = [
    "APPLICANT",
    "CASE_DECIDER",
    "CASE_REVIEWER",
    "CASE_STATES",
    "CASE_TRANSITION_TITLES",
    "CASE_TRANSITIONS",
    "COMPLETED_STATES",
    "DECIDED_STATES",
    "FINAL_STATES",
    "INSTANT_DECISION_TRANSITIONS",
    "OPEN_STATES",
    "WINDOW_CLERK",
    "CaseTransition",
    "allowed_transitions",
    "case_state_term",
    "check_transition",
]


# 办件状态: tokens are the Plone workflow's state ids.
CASE_STATES = (
    Term("submitted", "已提交", "Submitted"),
    Term("correction", "待补正", "Awaiting correction"),
    Term("rejected_intake", "不予受理", "Not accepted"),
    Term("accepted", "已受理", "Accepted"),
    Term("in_review", "审查中", "In review"),
    Term("suspended", "已暂停", "Suspended"),
    Term("approved", "准予许可", "Approved"),
    Term("denied", "不予许可", "Denied"),
    Term("delivered", "已送达", "Delivered"),
    Term("withdrawn", "已撤回", "Withdrawn"),
)

# 办件操作: tokens are the Plone workflow's transition ids.
CASE_TRANSITION_TITLES = (
    Term("accept", "受理", "Accept"),
    Term("request_correction", "一次性告知补正", "Request correction"),
    Term("resubmit", "补正后重新提交", "Resubmit"),
    Term("reject_intake", "不予受理", "Reject at intake"),
    Term("start_review", "开始审查", "Start review"),
    Term("suspend", "暂停计时（特殊环节）", "Suspend"),
    Term("resume", "恢复计时", "Resume"),
    Term("extend", "延长办理期限", "Extend the time limit"),
    Term("approve", "准予许可", "Approve"),
    Term("deny", "不予许可", "Deny"),
    Term("deliver", "送达", "Deliver"),
    Term("withdraw", "撤回申请", "Withdraw"),
)

# The roles that perform the transitions (Plone local roles).
WINDOW_CLERK = "WindowClerk"
CASE_REVIEWER = "CaseReviewer"
CASE_DECIDER = "CaseDecider"
APPLICANT = "Applicant"


class CaseTransition(NamedTuple):
    """Where a transition may start, where it leads and who performs it."""

    sources: frozenset[str]
    target: str
    role: str


_BEFORE_DECISION = frozenset(
    {"submitted", "correction", "accepted", "in_review", "suspended"}
)

CASE_TRANSITIONS = MappingProxyType(
    {
        "accept": CaseTransition(frozenset({"submitted"}), "accepted", WINDOW_CLERK),
        "request_correction": CaseTransition(
            frozenset({"submitted"}), "correction", WINDOW_CLERK
        ),
        "resubmit": CaseTransition(frozenset({"correction"}), "submitted", APPLICANT),
        "reject_intake": CaseTransition(
            frozenset({"submitted"}), "rejected_intake", WINDOW_CLERK
        ),
        "start_review": CaseTransition(
            frozenset({"accepted"}), "in_review", CASE_REVIEWER
        ),
        "suspend": CaseTransition(frozenset({"in_review"}), "suspended", CASE_REVIEWER),
        "resume": CaseTransition(frozenset({"suspended"}), "in_review", CASE_REVIEWER),
        # Art. 42: the extension changes the deadline, not the state.
        "extend": CaseTransition(frozenset({"in_review"}), "in_review", CASE_REVIEWER),
        # From "accepted" only for an instant item (R10): the decision on
        # the spot, with no review step (decide_instantly).
        "approve": CaseTransition(
            frozenset({"in_review", "accepted"}), "approved", CASE_DECIDER
        ),
        "deny": CaseTransition(
            frozenset({"in_review", "accepted"}), "denied", CASE_DECIDER
        ),
        "deliver": CaseTransition(frozenset({"approved"}), "delivered", WINDOW_CLERK),
        "withdraw": CaseTransition(_BEFORE_DECISION, "withdrawn", APPLICANT),
    }
)

# The transitions an instant item takes straight from "accepted".
INSTANT_DECISION_TRANSITIONS = frozenset({"approve", "deny"})
_INSTANT_DECISION_STATE = "accepted"

OPEN_STATES = _BEFORE_DECISION
DECIDED_STATES = frozenset({"approved", "denied", "delivered"})
# No transition leaves these.
FINAL_STATES = frozenset({"rejected_intake", "denied", "delivered", "withdrawn"})
# Handled to the end: the applicant has an answer (R21 ratings).
COMPLETED_STATES = frozenset({"rejected_intake", "denied", "delivered"})

_STATE_TITLES = {entry.token: entry for entry in CASE_STATES}
_TRANSITION_TITLES = {entry.token: entry for entry in CASE_TRANSITION_TITLES}


def _check_state(state: object) -> str:
    if not isinstance(state, str) or state not in _STATE_TITLES:
        raise unknown_choice(
            "unknown_case_state", state, _STATE_TITLES, "办件状态", "case state"
        )
    return state


def case_state_term(state: str) -> Term:
    """The term of a case state; an unknown state id is bad input."""
    return _STATE_TITLES[_check_state(state)]


def _check_transition_id(transition: object) -> str:
    if not isinstance(transition, str) or transition not in CASE_TRANSITIONS:
        raise unknown_choice(
            "unknown_transition",
            transition,
            CASE_TRANSITIONS,
            "办件操作",
            "case transition",
        )
    return transition


def allowed_transitions(state: str, is_instant_item: bool = False) -> tuple[str, ...]:
    """The transitions that may start from ``state``, in workflow order."""
    state = _check_state(state)
    allowed = []
    for transition, rule in CASE_TRANSITIONS.items():
        if state not in rule.sources:
            continue
        if state == _INSTANT_DECISION_STATE:
            if transition in INSTANT_DECISION_TRANSITIONS and not is_instant_item:
                continue
            if transition == "start_review" and is_instant_item:
                continue
        allowed.append(transition)
    return tuple(allowed)


def _titles(transitions: Sequence[str]) -> tuple[str, str]:
    if not transitions:
        return "无（办件已办结）", "none (the case is closed)"
    return (
        "、".join(_TRANSITION_TITLES[entry].title_zh for entry in transitions),
        ", ".join(_TRANSITION_TITLES[entry].title_en for entry in transitions),
    )


def _order_finding(state: str, transition: str, is_instant_item: bool) -> Finding:
    """Why ``transition`` cannot start from ``state``."""
    current = _STATE_TITLES[state]
    step = _TRANSITION_TITLES[transition]
    if state == _INSTANT_DECISION_STATE and transition == "start_review":
        return Finding(
            "R10",
            ERROR,
            "instant_item_no_review",
            "即办件受理后当场作出决定，不进入审查环节",
            "An instant item is decided on the spot after acceptance, with no "
            "review step",
            "transition",
        )
    if state == _INSTANT_DECISION_STATE and transition in INSTANT_DECISION_TRANSITIONS:
        return Finding(
            "R10",
            ERROR,
            "case_review_required",
            f"只有即办件可以受理后直接{step.title_zh}；本件须先开始审查",
            f"Only an instant item is decided right after acceptance "
            f"({step.title_en}); start the review first",
            "transition",
        )
    if transition == "withdraw" and state in DECIDED_STATES:
        return Finding(
            "R23",
            ERROR,
            "case_withdraw_after_decision",
            f"办件已作出决定（{current.title_zh}），申请人不能再撤回申请",
            f"The case has been decided ({current.title_en}); the application "
            "can no longer be withdrawn",
            "transition",
        )
    allowed_zh, allowed_en = _titles(allowed_transitions(state, is_instant_item))
    return Finding(
        "R23",
        ERROR,
        "case_transition_not_allowed",
        f"办件当前状态为“{current.title_zh}”，不能执行“{step.title_zh}”"
        f"（当前可执行：{allowed_zh}）",
        f"A case that is {current.title_en.lower()} cannot take the step "
        f"{step.title_en!r} (possible now: {allowed_en})",
        "transition",
    )


def _reason_missing(rule: str, code: str, zh: str, en: str) -> Finding:
    return Finding(rule, ERROR, code, zh, en, "reason")


def _suspension_findings(
    reason: str | None, kind: str | None, expected_days: int | None
) -> list[Finding]:
    """Art. 45: which special step, why, and for how long (told in writing)."""
    findings = []
    kind = text(kind, "特殊环节类型", "kind of special step")
    if kind is None:
        findings.append(
            Finding(
                "R13",
                ERROR,
                "suspension_kind_missing",
                "暂停计时未写明特殊环节类型（听证、检验、检测、检疫、鉴定、专家评审等）",
                "The suspension does not say which special step it is for "
                "(hearing, inspection, testing, quarantine, appraisal, expert "
                "review...)",
                "suspension_kind",
            )
        )
    elif kind not in tokens(SPECIAL_STEP_KINDS):
        known = "、".join(entry.title_zh for entry in SPECIAL_STEP_KINDS)
        findings.append(
            Finding(
                "R13",
                ERROR,
                "suspension_kind_unknown",
                f"“{kind}”不是法定可不计入办理时限的特殊环节（可选：{known}）",
                f"{kind!r} is not a special step whose time may be left out of "
                "the time limit",
                "suspension_kind",
            )
        )
    if text(reason, "暂停理由", "reason for the suspension") is None:
        findings.append(
            _reason_missing(
                "R13",
                "suspension_reason_missing",
                "暂停计时未书面说明理由，无法告知申请人",
                "The suspension gives no written reason to tell the applicant",
            )
        )
    if expected_days is None:
        findings.append(
            Finding(
                "R13",
                ERROR,
                "suspension_days_missing",
                "暂停计时未写明特殊环节的预计所需时间",
                "The suspension does not say how long the special step is "
                "expected to take",
                "expected_days",
            )
        )
    elif not is_count(expected_days):
        raise RuleInputError(
            "invalid_expected_days",
            f"特殊环节预计所需时间必须是整数：{expected_days!r}",
            f"The expected duration must be a whole number: {expected_days!r}",
        )
    elif expected_days <= 0:
        findings.append(
            Finding(
                "R13",
                ERROR,
                "suspension_days_not_positive",
                f"特殊环节预计所需时间必须大于0（当前为{expected_days}）",
                f"The expected duration must be positive, not {expected_days}",
                "expected_days",
            )
        )
    return findings


def _extension_findings(
    reason: str | None, extensions_used: int, extension_days: int
) -> list[Finding]:
    """Art. 42: once, by at most 10 working days, with a written reason."""
    findings = []
    if extensions_used:
        findings.append(
            Finding(
                "R13",
                ERROR,
                "case_extension_used",
                "办理期限已延长过一次，依法只能延长一次",
                "The time limit has already been extended; the law allows one "
                "extension only",
                "transition",
            )
        )
    if not is_count(extension_days):
        raise RuleInputError(
            "invalid_extension",
            f"延长期限（工作日）必须是整数：{extension_days!r}",
            f"The extension must be a whole number of working days: {extension_days!r}",
        )
    if not 1 <= extension_days <= STATUTORY_EXTENSION_DAYS:
        findings.append(
            Finding(
                "R13",
                ERROR,
                "extension_days_out_of_range",
                f"延长期限应为1至{STATUTORY_EXTENSION_DAYS}个工作日"
                f"（当前为{extension_days}）",
                f"An extension is 1 to {STATUTORY_EXTENSION_DAYS} working days, "
                f"not {extension_days}",
                "extension_days",
            )
        )
    if text(reason, "延期理由", "reason for the extension") is None:
        findings.append(
            _reason_missing(
                "R13",
                "extension_reason_missing",
                "延长办理期限未书面说明理由，无法告知申请人",
                "The extension gives no written reason to tell the applicant",
            )
        )
    return findings


def check_transition(
    state: str,
    transition: str,
    *,
    is_instant_item: bool = False,
    extensions_used: int = 0,
    reason: str | None = None,
    correction_items: Sequence | None = None,
    suspension_kind: str | None = None,
    expected_days: int | None = None,
    extension_days: int = STATUTORY_EXTENSION_DAYS,
    reconsideration_notice: str | None = None,
    litigation_notice: str | None = None,
    reconsideration_organ: str | None = None,
    litigation_court: str | None = None,
) -> list[Finding]:
    """May ``transition`` start from ``state``, with the paper it needs?

    ``is_instant_item`` comes from ``limits.is_instant_item(committed days)``;
    ``extensions_used`` counts the case's earlier extensions.  What each
    step needs:

    - request_correction: ``correction_items``, a complete one-time notice;
    - reject_intake: ``reason``;
    - suspend: ``suspension_kind`` (a SPECIAL_STEP_KINDS token), ``reason``
      and ``expected_days``;
    - extend: no earlier extension, ``reason``, ``extension_days`` 1..10;
    - deny: ``reason`` (the reasons) and both remedies notices, naming the
      deciding department's ``reconsideration_organ`` and
      ``litigation_court`` when given (``check_denial``).

    A step out of order gives only the order finding; an unknown state or
    transition id raises RuleInputError.
    """
    state = _check_state(state)
    transition = _check_transition_id(transition)
    is_instant_item = bool(flag(is_instant_item, "是否即办件", "instant item flag"))
    if not is_count(extensions_used) or extensions_used < 0:
        raise RuleInputError(
            "invalid_extensions_used",
            f"已延期次数必须是非负整数：{extensions_used!r}",
            f"The number of earlier extensions must be a count: {extensions_used!r}",
        )
    if transition not in allowed_transitions(state, is_instant_item):
        return [_order_finding(state, transition, is_instant_item)]
    if transition == "request_correction":
        return check_correction_notice(correction_items)
    if transition == "reject_intake":
        if text(reason, "不予受理理由", "reason for not accepting") is None:
            return [
                _reason_missing(
                    "R12",
                    "reject_intake_reason_missing",
                    "不予受理决定未书面说明理由",
                    "The refusal to accept gives no written reason",
                )
            ]
        return []
    if transition == "suspend":
        return _suspension_findings(reason, suspension_kind, expected_days)
    if transition == "extend":
        return _extension_findings(reason, extensions_used, extension_days)
    if transition == "deny":
        return check_denial(
            reason,
            reconsideration_notice,
            litigation_notice,
            reconsideration_organ=reconsideration_organ,
            litigation_court=litigation_court,
        )
    return []
