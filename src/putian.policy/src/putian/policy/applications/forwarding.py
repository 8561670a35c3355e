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
from putian.policy.rules.cases.applications import check_acknowledgement
from putian.policy.rules.cases.applications import check_forward
from putian.policy.rules.cases.deadlines import check_forwarding
from putian.policy.rules.common.findings import ERROR
from putian.policy.workcalendar.storage import working_calendar


FORWARD = "putian.policy: Forward applications"


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
    findings = check_forward(
        may_forward=_may_forward_at(own),
        forwarded=case.forwarding is not None,
        state=case_state(case),
        from_level=own.level,
        to_level=None if upper is None else upper.level,
    )
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
        return check_acknowledgement(
            forwarded_here=False, may_acknowledge=False, acknowledged=False
        )
    forwarding = case.forwarding
    upper = api.content.get(UID=forwarding["to_uid"]) if forwarding else None
    findings = check_acknowledgement(
        forwarded_here=upper is not None,
        may_acknowledge=upper is not None and _may_forward_at(upper),
        acknowledged=bool(forwarding and forwarding.get("acknowledged_on")),
    )
    if findings:
        return _refuse(case, "acknowledge_forwarding", findings, comment)
    user = api.user.get_current().getId()
    case.forwarding = dict(forwarding, acknowledged_on=today(), acknowledged_by=user)
    case.manage_setLocalRoles(user, ["Reader"])
    case.reindexObjectSecurity()
    # The supervision lines read the acknowledgement from the catalog.
    case.reindexObject()
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
