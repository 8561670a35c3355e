"""R20: a supervisor's findings on a sampled case and the department's
answers, kept in the case's annotations (a supervisor never edits the
case's own fields) and written to the audit trail.
"""

from datetime import datetime
from persistent.list import PersistentList
from persistent.mapping import PersistentMapping
from plone import api
from putian.policy.audit.recording import current_actor
from putian.policy.audit.recording import record
from putian.policy.content.department import department_of
from putian.policy.rules.calendar.clock import BEIJING
from putian.policy.rules.supervision.findings import check_answer
from putian.policy.rules.supervision.findings import check_finding
from putian.policy.supervision.filters import DEPARTMENT_ROLES
from putian.policy.supervision.filters import SUPERVISING_ROLES
from zope.annotation.interfaces import IAnnotations


ANNOTATION_KEY = "putian.policy.supervision.findings"
FINDING_ACTION = "supervision_finding"
ANSWER_ACTION = "supervision_answer"


def _now() -> str:
    return datetime.now(BEIJING).isoformat(timespec="seconds")


def findings_of(case) -> list:
    return list(IAnnotations(case).get(ANNOTATION_KEY, ()))


def finding_by_id(case, finding_id) -> dict | None:
    for finding in findings_of(case):
        if finding["id"] == str(finding_id):
            return finding
    return None


def supervises() -> bool:
    """The signed-in person supervises every department (R20)."""
    user = api.user.get_current()
    return bool(SUPERVISING_ROLES & set(user.getRoles()))


def answers_for(case) -> bool:
    """The signed-in person is staff of the case's own department."""
    department = department_of(case)
    if department is None or api.user.is_anonymous():
        return False
    roles = api.user.get_current().getRolesInContext(department)
    return bool(DEPARTMENT_ROLES & set(roles))


def add_finding(case, kind, text, rule=None) -> dict:
    """Record a finding; RuleInputError for what the core refuses."""
    checked = check_finding(kind, text, rule)
    annotations = IAnnotations(case)
    stored = annotations.get(ANNOTATION_KEY)
    if stored is None:
        stored = annotations[ANNOTATION_KEY] = PersistentList()
    finding = PersistentMapping(
        {
            "id": str(len(stored) + 1),
            "kind": checked.kind,
            "text": checked.text,
            "rule": checked.rule,
            "by": current_actor(),
            "at": _now(),
            "answers": PersistentList(),
        }
    )
    stored.append(finding)
    record(
        case,
        FINDING_ACTION,
        after={
            "finding": finding["id"],
            "finding_kind": checked.kind,
            "rule_broken": checked.rule,
        },
        comment=checked.text,
    )
    return finding


def add_answer(case, finding: dict, text) -> dict:
    """Record the department's answer; RuleInputError for empty text."""
    body = check_answer(text)
    answer = {"text": body, "by": current_actor(), "at": _now()}
    finding["answers"].append(answer)
    record(case, ANSWER_ACTION, after={"finding": finding["id"]}, comment=body)
    return answer


def finding_json(finding: dict) -> dict:
    return {
        "id": finding["id"],
        "kind": finding["kind"],
        "text": finding["text"],
        "rule": finding["rule"],
        "by": finding["by"],
        "at": finding["at"],
        "answers": [dict(answer) for answer in finding["answers"]],
    }
