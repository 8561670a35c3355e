"""R12: the upper organ's inbox of cases forwarded to it, as its page
(``@@forwarded-cases``) and ``@forwarded`` list them."""

from plone import api
from putian.policy.applications.forwarding import forwarded_to
from putian.policy.applications.forwarding import forwarding_findings
from putian.policy.applications.state import case_state
from putian.policy.validation import finding_message


def _isoformat(moment) -> str | None:
    return moment.isoformat() if moment else None


def forwarded_cases(department) -> list[dict]:
    """Each case forwarded to ``department``, newest first, with what the
    rules find about its forwarding in the reader's language."""
    return [
        {
            "uid": api.content.get_uuid(case),
            "receipt_number": case.receipt_number,
            "item": case.item_title,
            "from": case.aq_parent.aq_parent.Title(),
            "state": case_state(case),
            "forwarded_on": case.forwarding["forwarded_on"].isoformat(),
            "acknowledged_on": _isoformat(case.forwarding.get("acknowledged_on")),
            "url": case.absolute_url(),
            "findings": [
                finding_message(finding) for finding in forwarding_findings(case)
            ],
        }
        for case in forwarded_to(department)
    ]


def forwarded_case(department, uid):
    """The case of UID ``uid`` if it was forwarded to ``department``, else
    None (the acknowledgement then says it is not)."""
    for case in forwarded_to(department):
        if api.content.get_uuid(case) == uid:
            return case
    return None
