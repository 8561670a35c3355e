"""What supervision knows of a case, kept in the catalog as plain values.

``case_facts`` reads them off the case when it is indexed (the metadata
column ``supervision_facts``); ``facts_from_record`` turns the stored
record back into the core's ``CaseFacts``, so that the lines are computed
from brains and never by waking a case.
"""

from putian.policy.applications.rating import rectification as case_rectification
from putian.policy.rules.supervision.lines import CaseFacts
from putian.policy.rules.supervision.lines import DECISIONS
from putian.policy.rules.supervision.lines import LITIGATION
from putian.policy.rules.supervision.lines import RECONSIDERATION
from putian.policy.rules.supervision.lines import Suspension

import datetime


# A decision that is not a permit decision ends the case without a line.
_ENDED_WITHOUT_DECISION = ("withdraw", "rejected_intake")
_REMEDY_NOTICES = {
    RECONSIDERATION: "reconsideration_notice",
    LITIGATION: "litigation_notice",
}


def _last_suspended_day(suspension):
    resumed = suspension.get("resumed_on")
    if resumed is None:
        return None
    return max(suspension["started_on"], resumed - datetime.timedelta(days=1))


def case_facts(case) -> dict | None:
    """The record of an accepted case, or of one forwarded before it was
    accepted (R12: only its forwarding is judged then); None otherwise, or
    when it ended without a decision (withdrawn, not accepted)."""
    forwarding = case.forwarding or {}
    accepted = case.accepted_on is not None
    if not accepted and not forwarding:
        return None
    decision = case.decision or {}
    kind = decision.get("kind")
    if kind in _ENDED_WITHOUT_DECISION:
        return None
    decided = kind in DECISIONS and case.decided_on is not None
    delivery = case.delivery_record or {}
    rectification = case_rectification(case) or {}
    return {
        "item_uid": case.item_uid or None,
        "receipt_number": case.receipt_number or None,
        "accepted": accepted,
        # Before acceptance the clock is not running: the day of receipt
        # stands in (filters select by it; no deadline line is drawn).
        "accepted_on": case.accepted_on if accepted else forwarding["received_on"],
        "statutory_days": case.statutory_limit_days,
        "committed_days": case.committed_limit_days,
        "decision": kind if decided else None,
        "decided_on": case.decided_on if decided else None,
        # A suspension taken through the case's steps carries its written
        # notice (reason and expected days, rules.cases.workflow).
        "suspensions": tuple(
            (
                suspension["started_on"],
                _last_suspended_day(suspension),
                bool(suspension.get("reason") and suspension.get("expected_days")),
            )
            for suspension in case.suspensions
        ),
        "extension_days": (case.extension or {}).get("days", 0),
        "remedy_notices": tuple(
            sorted(
                remedy
                for remedy, key in _REMEDY_NOTICES.items()
                if (decision.get(key) or "").strip()
            )
        ),
        "certificate_delivered_on": delivery.get("delivered_on"),
        "received_on": forwarding.get("received_on"),
        "forwarded_on": forwarding.get("forwarded_on"),
        "acknowledged_on": forwarding.get("acknowledged_on"),
        # R21: a bad rating's rectification, due and done.
        "rectification_due": rectification.get("due"),
        "rectified_on": rectification.get("response_on"),
    }


def facts_from_record(record: dict, special_days: int = 0) -> CaseFacts:
    """The core's facts of a stored record; ``special_days``: those its
    item's special steps take (``special_days_total`` of its flow)."""
    return CaseFacts(
        accepted_on=record["accepted_on"],
        statutory_days=record["statutory_days"],
        committed_days=record["committed_days"],
        decision=record["decision"],
        decided_on=record["decided_on"],
        suspensions=tuple(
            Suspension(first, last, notified)
            for first, last, notified in record["suspensions"]
        ),
        extension_days=record["extension_days"],
        remedy_notices=frozenset(record["remedy_notices"]),
        certificate_delivered_on=record["certificate_delivered_on"],
        received_on=record["received_on"],
        forwarded_on=record["forwarded_on"],
        acknowledged_on=record["acknowledged_on"],
        special_days=special_days,
        # Records indexed before R21's rectifications have none.
        rectification_due=record.get("rectification_due"),
        rectified_on=record.get("rectified_on"),
    )
