"""Which refused attempts supervision shows (R20)."""

from putian.policy.rules.supervision.refusals import BEYOND_AUTHORITY
from putian.policy.rules.supervision.refusals import OUT_OF_ORDER
from putian.policy.rules.supervision.refusals import refusal_kind

import pytest


@pytest.mark.parametrize(
    ("codes", "kind"),
    [
        (["case_not_authorized"], BEYOND_AUTHORITY),
        (["forwarding_not_authorized"], BEYOND_AUTHORITY),
        (["case_transition_not_allowed"], OUT_OF_ORDER),
        (["case_review_required"], OUT_OF_ORDER),
        (["case_withdraw_after_decision"], OUT_OF_ORDER),
        # Not the role, and out of order besides: authority is what it shows.
        (["case_transition_not_allowed", "case_not_authorized"], BEYOND_AUTHORITY),
        (["missing_reason"], None),
        ([], None),
    ],
)
def test_refusal_kind(codes, kind):
    assert refusal_kind(codes) == kind


def test_the_codes_are_those_the_core_answers():
    """Each code named here is one a check of rules.cases returns."""
    from putian.policy.rules.supervision import refusals

    import pathlib

    sources = "".join(
        path.read_text()
        for path in (pathlib.Path(refusals.__file__).parents[1] / "cases").glob("*.py")
    )
    for code in refusals.ORDER_CODES | refusals.AUTHORITY_CODES:
        if code == "case_not_authorized":
            continue  # the shell's (applications.handling) authority finding
        assert f'"{code}"' in sources, code
