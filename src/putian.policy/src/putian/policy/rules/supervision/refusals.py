"""R20: which refused attempts of the audit trail a supervisor is shown.

A case step refused because it came out of order (the workflow does not
allow it from the case's state) or beyond the actor's authority (not the
role, or not the department, that may take it) is a sign of handling
outside the rules; a step refused only for missing paper is not.  The
refusal's finding codes say which (``rules.cases``).
"""

from collections.abc import Iterable


OUT_OF_ORDER = "out_of_order"
BEYOND_AUTHORITY = "beyond_authority"

ORDER_CODES = frozenset(
    {
        "case_transition_not_allowed",
        "case_review_required",
        "instant_item_no_review",
        "case_withdraw_after_decision",
    }
)
AUTHORITY_CODES = frozenset(
    {
        "case_not_authorized",
        "forwarding_not_authorized",
        "acknowledgement_not_authorized",
        "revocation_not_authorized",
    }
)
REFUSAL_TITLES = {
    OUT_OF_ORDER: ("违反办理顺序的操作", "Out-of-order attempt"),
    BEYOND_AUTHORITY: ("超越权限的操作", "Attempt beyond authority"),
}


def refusal_kind(codes: Iterable[str]) -> str | None:
    """``beyond_authority``, ``out_of_order`` or None (paper missing).

    Authority comes first: whoever may not take a step at all is shown so,
    whatever the case's state.
    """
    codes = set(codes)
    if codes & AUTHORITY_CODES:
        return BEYOND_AUTHORITY
    if codes & ORDER_CODES:
        return OUT_OF_ORDER
    return None
