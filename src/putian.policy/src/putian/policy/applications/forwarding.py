"""R12: a township or county organ forwards an application to the upper
level within 5 working days; the upper level acknowledges it in writing.

Both steps are taken on the case beside its workflow: the case stays in
its state while the paper moves.  Both are in the audit trail, and so is
a refused attempt.
"""

from plone import api
from putian.policy.applications.state import case_state
from putian.policy.audit.recording import record
from putian.policy.audit.recording import record_refusal
from putian.policy.content.department import department_of
from putian.policy.rules.calendar.clock import today
from putian.policy.rules.cases.applications import check_forwarding_target
from putian.policy.rules.cases.deadlines import check_forwarding
from putian.policy.rules.cases.workflow import OPEN_STATES
from putian.policy.rules.common.findings import ERROR
from putian.policy.rules.common.findings import Finding
from putian.policy.workcalendar.storage import working_calendar


FORWARD = "putian.policy: Forward applications"


def _finding(code, zh, en) -> Finding:
    return Finding("R12", ERROR, code, zh, en, "department")


def _may_forward_at(department) -> bool:
    """The signed-in person forwards or acknowledges for ``department``
    (its window clerks, rolemap.xml)."""
    return api.user.has_permission(FORWARD, obj=department)


def _refuse(case, action, findings, comment=""):
    record_refusal(case, action, case_state(case), findings, comment)
    return findings


def received_on(case):
    return case.submitted.date() if case.submitted else today()


def forwarding_findings(case, on=None) -> list:
    """What R12 finds about this case's forwarding (late, unacknowledged)."""
    forwarding = case.forwarding
    if forwarding is None:
        return []
    return check_forwarding(
        working_calendar(),
        forwarding["received_on"],
        forwarding["forwarded_on"],
        forwarding.get("acknowledged_on"),
        on or today(),
    )


def forward(case, upper, comment: str = "") -> list:
    """Send the case to the upper-level department ``upper``; [] when done."""
    own = department_of(case)
    findings = []
    if not _may_forward_at(own):
        findings.append(
            _finding(
                "forwarding_not_authorized",
                "只有本机关的窗口工作人员可以报送申请材料",
                "Only a window clerk of this organ may forward the application",
            )
        )
    elif case.forwarding is not None:
        findings.append(
            _finding(
                "forwarding_done",
                "该申请已报送上级机关",
                "The application has already been forwarded",
            )
        )
    elif case_state(case) not in OPEN_STATES:
        findings.append(
            _finding(
                "forwarding_case_closed",
                "已办结或已撤回的申请无需报送",
                "A closed case is not forwarded",
            )
        )
    elif upper is None:
        findings.append(
            _finding(
                "forwarding_target_missing",
                "请选择接收申请材料的上级机关",
                "Choose the upper-level organ to forward to",
            )
        )
    else:
        findings += check_forwarding_target(own.level, upper.level)
    if findings:
        return _refuse(case, "forward", findings, comment)
    day = today()
    case.forwarding = {
        "received_on": received_on(case),
        "forwarded_on": day,
        "to_uid": api.content.get_uuid(upper),
        "to_title": upper.Title(),
        "acknowledged_on": None,
        "acknowledged_by": None,
        "comment": comment,
    }
    case.reindexObject()
    late = [f.code for f in forwarding_findings(case) if f.severity == ERROR]
    record(
        case,
        "forward",
        after={"to": upper.Title(), "forwarded_on": day, "findings": late},
        comment=comment,
    )
    return []


def acknowledge(case, comment: str = "") -> list:
    """The upper level confirms receipt in writing; its clerk may then read the case."""
    if case is None:
        return [
            _finding(
                "forwarding_missing",
                "该申请未报送本机关",
                "The application was not forwarded to this organ",
            )
        ]
    forwarding = case.forwarding
    upper = api.content.get(UID=forwarding["to_uid"]) if forwarding else None
    findings = []
    if upper is None:
        findings.append(
            _finding(
                "forwarding_missing",
                "该申请未报送本机关",
                "The application was not forwarded to this organ",
            )
        )
    elif not _may_forward_at(upper):
        findings.append(
            _finding(
                "acknowledgement_not_authorized",
                "只有接收机关的窗口工作人员可以确认收到",
                "Only a window clerk of the receiving organ may acknowledge it",
            )
        )
    elif forwarding.get("acknowledged_on"):
        findings.append(
            _finding(
                "forwarding_acknowledged",
                "已确认收到，无需重复确认",
                "Receipt has already been acknowledged",
            )
        )
    if findings:
        return _refuse(case, "acknowledge_forwarding", findings, comment)
    user = api.user.get_current().getId()
    case.forwarding = dict(forwarding, acknowledged_on=today(), acknowledged_by=user)
    case.manage_setLocalRoles(user, ["Reader"])
    case.reindexObjectSecurity()
    record(
        case,
        "acknowledge_forwarding",
        after={"acknowledged_on": today(), "by": upper.Title()},
        comment=comment,
    )
    return []


def forwarded_to(department) -> list:
    """The cases forwarded to ``department``, newest first (for its clerks)."""
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog.unrestrictedSearchResults(
        portal_type="Application",
        forwarded_to=api.content.get_uuid(department),
        sort_on="created",
        sort_order="descending",
    )
    return [brain._unrestrictedGetObject() for brain in brains]
