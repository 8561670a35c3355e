"""What the applicant sees of a case: by receipt number and query code.

Never the applicant's ID number, phone or address.  A wrong code and an
unknown receipt get the same answer, so the page cannot be used to find
out which receipt numbers exist.
"""

from plone import api
from putian.policy.applications.certificates import certificate_of
from putian.policy.applications.item_names import case_item_title
from putian.policy.applications.numbering import query_code_secret
from putian.policy.applications.rating import rating_channel
from putian.policy.applications.rating import rectification
from putian.policy.applications.schedule import suspended_ranges
from putian.policy.applications.schedule import traffic_light
from putian.policy.applications.state import case_state
from putian.policy.applications.state import WORKFLOW_ID
from putian.policy.behaviors.english_name import title_in_language
from putian.policy.content.department import department_of
from putian.policy.rules.calendar.clock import in_beijing
from putian.policy.rules.calendar.clock import today
from putian.policy.rules.cases.applications import NEXT_STEPS
from putian.policy.rules.cases.progress import case_progress
from putian.policy.rules.cases.progress import days_used
from putian.policy.rules.cases.ratings import RATABLE_STATES
from putian.policy.rules.cases.receipts import parse_receipt
from putian.policy.rules.cases.receipts import query_code_matches
from putian.policy.rules.cases.workflow import case_state_term
from putian.policy.rules.cases.workflow import CASE_TRANSITION_TITLES
from putian.policy.rules.catalogue.limits import is_instant_item
from putian.policy.rules.catalogue.terms import SPECIAL_STEP_KINDS
from putian.policy.rules.catalogue.terms import term
from putian.policy.rules.common.errors import RuleInputError
from putian.policy.vocabularies.terms import term_title
from putian.policy.vocabularies.terms import wants_english
from putian.policy.workcalendar.storage import working_calendar


NOT_FOUND = (
    "未查询到该办件：请核对受理单编号和查询码",
    "No case found: check the receipt number and the query code",
)
# The query code never travels in a URL: web servers, proxies and browsers
# keep URLs in their logs and histories.
USE_POST = (
    "查询码不得放在网址中：请通过查询表单（POST）提交受理单编号和查询码",
    "The query code must not be sent in a URL: send the receipt number and "
    "the query code in the body of a POST request (the tracking form)",
)
# What the workflow history keeps besides DCWorkflow's own "comments"
# (the staff's internal note).
MESSAGE_KEY = "message_to_applicant"


def forget_code(request) -> None:
    """Take the query code out of what Zope shows of a request (the error
    log prints the form and the cached body of a request that fails)."""
    request.form.pop("code", None)
    request.other.pop("BODY", None)


def find_case(receipt, code):
    """The case for this receipt number and query code, or None."""
    try:
        number = str(parse_receipt(receipt or ""))
    except RuleInputError:
        number = None
    catalog = api.portal.get_tool("portal_catalog")
    case = None
    if number is not None:
        for brain in catalog.unrestrictedSearchResults(
            portal_type="Application", receipt_number=number
        ):
            case = brain._unrestrictedGetObject()
    digest = case.query_code_digest if case is not None else "0" * 64
    # Check a code even for an unknown receipt: the same work either way.
    matches = query_code_matches(code or "", digest, query_code_secret())
    return case if case is not None and matches else None


def _iso(value):
    return value.isoformat() if value is not None else None


def timeline(case, for_staff: bool = False) -> list[dict]:
    """Each step: when and what, with the message the staff wrote for the
    applicant.  Their internal note (the workflow comment) only for staff:
    steps recorded before the two were told apart have only that note."""
    history = case.workflow_history.get(WORKFLOW_ID, ())
    steps = []
    for entry in history:
        action = entry.get("action")
        state = case_state_term(entry["review_state"])
        step = {
            "time": in_beijing(entry["time"]).isoformat(),
            "action": action,
            "title": term_title(term(CASE_TRANSITION_TITLES, action))
            if action
            else term_title(state),
            "state": state.token,
            "state_title": term_title(state),
            MESSAGE_KEY: entry.get(MESSAGE_KEY) or "",
        }
        if for_staff:
            step["internal_note"] = entry.get("comments") or ""
        steps.append(step)
    return steps


def _masked(name: str) -> str:
    return name[:1] + "*" * max(len(name) - 1, 1) if name else ""


def _suspensions(case) -> list[dict]:
    return [
        {
            "kind": suspension["kind"],
            "kind_title": term_title(term(SPECIAL_STEP_KINDS, suspension["kind"])),
            "reason": suspension["reason"],
            "expected_days": suspension["expected_days"],
            "started_on": _iso(suspension["started_on"]),
            "resumed_on": _iso(suspension.get("resumed_on")),
        }
        for suspension in case.suspensions
    ]


def _decision(case, for_staff: bool = False) -> dict | None:
    if not case.decision:
        return None
    decision = dict(case.decision)
    if not for_staff:
        # The internal note of the deciding step.
        decision.pop("comment", None)
    decision["decided_on"] = _iso(decision.get("decided_on"))
    certificate = certificate_of(case)
    if certificate is not None and decision["kind"] == "approved":
        portal_url = api.portal.get().absolute_url()
        decision["certificate"] = {
            "number": certificate.number,
            "title": certificate.item_title,
            "status": certificate.status,
            "verify_url": f"{portal_url}/@@verify-certificate?number="
            f"{certificate.number}",
        }
    return decision


def _states(case) -> list[str]:
    return [
        entry["review_state"]
        for entry in case.workflow_history.get(WORKFLOW_ID, ())
        if entry.get("review_state")
    ]


def progress(case) -> dict:
    """The five stages (申请→受理→审查→决定→送达) with each one's status."""
    instant = is_instant_item(case.committed_limit_days)
    states = _states(case) or [case_state(case)]
    found = case_progress(states, instant)
    return {
        "current": found.current,
        "finished": found.finished,
        "stages": [
            {
                "number": number,
                "stage": entry.stage.token,
                "title": term_title(entry.stage),
                "status": entry.status,
            }
            for number, entry in enumerate(found.stages, start=1)
        ],
    }


def _clock_stopped_on(case, state: str):
    """The day the case's clock stopped: decided or withdrawn; else None."""
    if case.decided_on is not None:
        return case.decided_on
    if state == "withdrawn":
        history = case.workflow_history.get(WORKFLOW_ID, ())
        return in_beijing(history[-1]["time"]).date() if history else None
    return None


def working_days(case, on=None) -> dict | None:
    """Working days used since acceptance against the governing limit, the
    special steps not counted; None before acceptance (no clock yet)."""
    if case.accepted_on is None:
        return None
    state = case_state(case)
    stopped = _clock_stopped_on(case, state)
    until = stopped or on or today()
    used = days_used(
        working_calendar(),
        case.accepted_on,
        max(until, case.accepted_on),
        suspended_ranges(case),
        case.statutory_limit_days,
        case.committed_limit_days,
        (case.extension or {}).get("days", 0),
    )
    return {
        "used": used.used,
        "limit": used.limit,
        "over": used.over,
        "suspended": used.suspended,
        # The limit is the committed one unless the item promises none.
        "limit_kind": "committed"
        if case.committed_limit_days is not None
        else "statutory",
        # Counting still (not decided or withdrawn); paused in a special step.
        "running": stopped is None,
        "paused": state == "suspended",
        "extended": bool(case.extension),
    }


def public_status(case, for_staff: bool = False) -> dict:
    """The tracking answer: progress, deadlines, what to do next, notices.

    ``for_staff``: the case page's version, with the internal notes."""
    state = case_state_term(case_state(case))
    zh, en = NEXT_STEPS[state.token]
    department = department_of(case)
    rating = case.rating
    return {
        "receipt_number": case.receipt_number,
        "item": case_item_title(case),
        "department": title_in_language(department) if department is not None else "",
        "applicant": _masked(case.applicant_name or ""),
        "submitted": case.submitted.isoformat() if case.submitted else None,
        "state": state.token,
        "state_title": term_title(state),
        "next_step": en if wants_english() else zh,
        "accepted_on": _iso(case.accepted_on),
        "progress": progress(case),
        "working_days": working_days(case),
        "deadlines": {
            "statutory": _iso(case.statutory_deadline),
            "committed": _iso(case.committed_deadline),
            "statutory_days": case.statutory_limit_days,
            "committed_days": case.committed_limit_days,
            "traffic_light": traffic_light(case),
            "extension": {
                "days": case.extension["days"],
                "reason": case.extension["reason"],
            }
            if case.extension
            else None,
            "certificate_due": _iso(case.certificate_due),
        },
        "timeline": timeline(case, for_staff),
        "correction_notices": [
            {
                "issued_on": _iso(notice["issued_on"]),
                "items": notice["items"],
                "resubmitted_on": _iso(notice.get("resubmitted_on")),
            }
            for notice in case.correction_notices
        ],
        "suspensions": _suspensions(case),
        "decision": _decision(case, for_staff),
        "delivery": {
            "method": case.delivery,
            "record": {
                "method": case.delivery_record["method"],
                "tracking_number": case.delivery_record.get("tracking_number"),
                "delivered_on": _iso(case.delivery_record["delivered_on"]),
            }
            if case.delivery_record
            else None,
        },
        "rating": {
            "allowed": state.token in RATABLE_STATES and rating is None,
            "given": {
                "level": rating["level"],
                "rated_on": _iso(rating["rated_on"]),
                "channel": rating_channel(rating),
            }
            if rating
            else None,
        },
        "rectification": _rectification(case),
    }


def _rectification(case) -> dict | None:
    """R21: what the applicant sees of a bad rating's rectification; the
    view is theirs to give once the department has responded."""
    stored = rectification(case)
    if stored is None:
        return None
    return {
        "due": _iso(stored["due"]),
        "response": stored.get("response"),
        "response_on": _iso(stored.get("response_on")),
        "view": stored.get("applicant_view"),
        "view_allowed": "response_on" in stored and "applicant_view_on" not in stored,
    }
