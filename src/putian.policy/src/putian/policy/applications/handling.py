"""Every step of a case goes through ``take_action``.

It checks the order (the workflow), the authority (the role in the case's
department, through the workflow's guards) and the paperwork (the core),
keeps the paper on the case, moves the deadlines, and writes the audit
trail: the step, or the refused attempt and why.
"""

from AccessControl.SecurityManagement import getSecurityManager
from AccessControl.SecurityManagement import newSecurityManager
from AccessControl.SecurityManagement import setSecurityManager
from AccessControl.users import SimpleUser
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from dataclasses import field
from plone import api
from Products.CMFCore.WorkflowCore import WorkflowException
from putian.policy.applications.certificates import issue_certificate
from putian.policy.applications.events import case_changed
from putian.policy.applications.schedule import refresh_deadlines
from putian.policy.applications.state import WORKFLOW_ID
from putian.policy.applications.tracking import MESSAGE_KEY
from putian.policy.audit.recording import record
from putian.policy.audit.recording import record_refusal
from putian.policy.content.department import department_of
from putian.policy.content.department import remedy_organs_of
from putian.policy.rules.calendar.clock import today
from putian.policy.rules.calendar.deadlines import STATUTORY_EXTENSION_DAYS
from putian.policy.rules.cases.applications import check_delivery
from putian.policy.rules.cases.workflow import allowed_transitions
from putian.policy.rules.cases.workflow import CASE_TRANSITION_TITLES
from putian.policy.rules.cases.workflow import CASE_TRANSITIONS
from putian.policy.rules.cases.workflow import check_transition
from putian.policy.rules.catalogue.limits import is_instant_item
from putian.policy.rules.catalogue.terms import term
from putian.policy.rules.common.errors import RuleInputError
from putian.policy.rules.common.findings import ERROR
from putian.policy.rules.common.findings import Finding
from putian.policy.vocabularies.terms import wants_english


APPLICANT_ROLE = "Applicant"
APPLICANT_ACTOR = "applicant"
_ROLE_TITLES = {
    "WindowClerk": ("窗口工作人员", "window clerk"),
    "CaseReviewer": ("审查人员", "case reviewer"),
    "CaseDecider": ("决定人员", "case decider"),
    APPLICANT_ROLE: ("申请人本人", "the applicant"),
}
# The paper each step may carry; anything else in a request is ignored.
PAPER = (
    "reason",
    "correction_items",
    "suspension_kind",
    "expected_days",
    "extension_days",
    "reconsideration_notice",
    "litigation_notice",
    "delivery_method",
    "tracking_number",
)

# The transition being taken by take_action, so the workflow refuses any
# other way in (content_status_modify, a script) that would skip the checks.
_TAKING = ContextVar("putian_case_transition", default=None)


@dataclass
class Outcome:
    done: bool
    state: str
    findings: list = field(default_factory=list)

    @property
    def errors(self) -> list:
        return [finding for finding in self.findings if finding.severity == ERROR]


def _authority_finding(transition: str) -> Finding:
    role = CASE_TRANSITIONS[transition].role
    zh, en = _ROLE_TITLES[role]
    title = term(CASE_TRANSITION_TITLES, transition)
    return Finding(
        "R23",
        ERROR,
        "case_not_authorized",
        f"您无权对本办件执行“{title.title_zh}”：须由本部门的{zh}办理",
        f"You may not {title.title_en.lower()} this case: only {en} of its "
        "department may",
        "transition",
    )


def _unknown_finding(transition) -> Finding:
    return Finding(
        "R23",
        ERROR,
        "case_transition_unknown",
        f"没有名为“{transition}”的办件操作",
        f"There is no case step called {transition!r}",
        "transition",
    )


@contextmanager
def _acting_as_applicant(as_applicant: bool):
    """The applicant proved who they are with the receipt and query code;
    the workflow's guards see a user holding the Applicant role."""
    if not as_applicant:
        yield
        return
    previous = getSecurityManager()
    users = api.portal.get().acl_users
    applicant = SimpleUser(
        APPLICANT_ACTOR, "", [APPLICANT_ROLE, "Authenticated"], []
    ).__of__(users)
    newSecurityManager(None, applicant)
    try:
        yield
    finally:
        setSecurityManager(previous)


def _may(case, transition: str) -> bool:
    workflow = api.portal.get_tool("portal_workflow")
    return any(entry["id"] == transition for entry in workflow.getTransitionsFor(case))


def _paper(values: dict) -> dict:
    return {key: values[key] for key in PAPER if values.get(key) not in (None, "")}


def _remedy_organs(case, transition: str) -> dict:
    """A denial names the deciding department's reconsideration organ and
    court (R13): its record's, or the core's proposal; none when unknown."""
    if transition != "deny":
        return {}
    department = department_of(case)
    organs = remedy_organs_of(department) if department is not None else None
    if organs is None:
        return {}
    return {
        "reconsideration_organ": organs.reconsideration_organ,
        "litigation_court": organs.litigation_court,
    }


def _check(case, state: str, transition: str, paper: dict, as_applicant: bool):
    if transition not in CASE_TRANSITIONS:
        return [_unknown_finding(transition)]
    try:
        findings = check_transition(
            state,
            transition,
            is_instant_item=is_instant_item(case.committed_limit_days),
            extensions_used=1 if case.extension else 0,
            **_remedy_organs(case, transition),
            **{
                key: value
                for key, value in paper.items()
                if key not in ("delivery_method", "tracking_number")
            },
        )
    except RuleInputError as error:
        return [Finding("R23", ERROR, error.code, error.message_zh, error.message_en)]
    instant = is_instant_item(case.committed_limit_days)
    if transition not in allowed_transitions(state, instant):
        return findings
    with _acting_as_applicant(as_applicant):
        if not _may(case, transition):
            return [_authority_finding(transition)]
    if transition == "deliver":
        findings += check_delivery(
            paper.get("delivery_method") or case.delivery, paper.get("tracking_number")
        )
    return findings


def _keep_paper(case, transition: str, paper: dict, comment: str, day) -> None:
    """What the step leaves on the case for the applicant and the staff."""
    if transition == "accept":
        case.accepted_on = day
    elif transition == "request_correction":
        notice = {
            "issued_on": day,
            "items": [dict(entry) for entry in paper["correction_items"]],
            "comment": comment,
            "resubmitted_on": None,
        }
        case.correction_notices = (*case.correction_notices, notice)
    elif transition == "resubmit" and case.correction_notices:
        last = dict(case.correction_notices[-1], resubmitted_on=day)
        case.correction_notices = (*case.correction_notices[:-1], last)
    elif transition == "suspend":
        suspension = {
            "kind": paper["suspension_kind"],
            "reason": paper["reason"],
            "expected_days": paper["expected_days"],
            "started_on": day,
            "resumed_on": None,
        }
        case.suspensions = (*case.suspensions, suspension)
    elif transition == "resume" and case.suspensions:
        last = dict(case.suspensions[-1], resumed_on=day)
        case.suspensions = (*case.suspensions[:-1], last)
    elif transition == "extend":
        case.extension = {
            "days": paper.get("extension_days", STATUTORY_EXTENSION_DAYS),
            "reason": paper["reason"],
            "granted_on": day,
        }
    elif transition in ("approve", "deny", "reject_intake", "withdraw"):
        kind = {"approve": "approved", "deny": "denied"}.get(transition, transition)
        kind = "rejected_intake" if transition == "reject_intake" else kind
        case.decision = {"kind": kind, "decided_on": day, "comment": comment} | {
            key: paper[key]
            for key in ("reason", "reconsideration_notice", "litigation_notice")
            if key in paper
        }
        if transition in ("approve", "deny"):
            case.decided_on = day
    elif transition == "deliver":
        case.delivery_record = {
            "method": paper.get("delivery_method") or case.delivery,
            "tracking_number": paper.get("tracking_number"),
            "delivered_on": day,
        }


def _refuse(case, state, transition, findings, comment, as_applicant):
    record_refusal(
        case,
        transition,
        state,
        findings,
        comment,
        actor=APPLICANT_ACTOR if as_applicant else None,
    )
    return Outcome(False, state, findings)


def _internal_note(internal_note: str | None, comment: str | None) -> str:
    # ``comment`` is what callers passed before notes and messages were
    # told apart: it was always the staff's, so it is kept as a note.
    parts = [(text or "").strip() for text in (internal_note, comment)]
    return "\n".join(dict.fromkeys(part for part in parts if part))


def _tell_applicant(case, message: str) -> None:
    """Put the message on the history entry the step has just written."""
    history = case.workflow_history.get(WORKFLOW_ID, ())
    if message and history:
        last = dict(history[-1], **{MESSAGE_KEY: message})
        case.workflow_history[WORKFLOW_ID] = (*history[:-1], last)


def take_action(
    case,
    transition: str,
    *,
    internal_note: str | None = None,
    message_to_applicant: str | None = None,
    comment: str | None = None,
    as_applicant: bool = False,
    **values,
) -> Outcome:
    """Take one step of the case, or refuse it and say why.

    ``internal_note`` (内部备注) is for the staff only: the workflow
    history's comment and the audit trail.  ``message_to_applicant``
    (给申请人的说明) is shown in the applicant's progress.  ``comment`` is
    the internal note under its former name.

    ``as_applicant``: the applicant acts (resubmit, withdraw), identified
    by receipt number and query code rather than a login.
    """
    note = _internal_note(internal_note, comment)
    message = (message_to_applicant or "").strip()
    state = api.content.get_state(case)
    paper = _paper(values)
    findings = _check(case, state, transition, paper, as_applicant)
    if any(finding.severity == ERROR for finding in findings):
        return _refuse(case, state, transition, findings, note, as_applicant)
    day = today()
    _keep_paper(case, transition, paper, note, day)
    workflow = api.portal.get_tool("portal_workflow")
    token = _TAKING.set((api.content.get_uuid(case), transition))
    try:
        with _acting_as_applicant(as_applicant):
            workflow.doActionFor(case, transition, comment=note)
    finally:
        _TAKING.reset(token)
    _tell_applicant(case, message)
    if transition == "approve":
        issue_certificate(case, day)
    refresh_deadlines(case)
    case.reindexObject()
    case_changed(case)
    new_state = api.content.get_state(case)
    after = {"state": new_state, **paper}
    if message:
        after[MESSAGE_KEY] = message
    record(
        case,
        transition,
        before={"state": state},
        after=after,
        comment=note,
        actor=APPLICANT_ACTOR if as_applicant else None,
    )
    return Outcome(True, new_state, findings)


def only_through_take_action(case, event) -> None:
    """The workflow moves a case only for take_action (IBeforeTransitionEvent)."""
    if event.transition is None:
        return
    if _TAKING.get() != (api.content.get_uuid(case), event.transition.id):
        raise WorkflowException(
            "A case step must be taken on the case's action page."
            if wants_english()
            else "办件操作须通过办件办理页面进行，以便核验材料并记录审计日志。"
        )
