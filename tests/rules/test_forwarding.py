"""R12: who may forward a case to the upper level, and acknowledge it."""

from putian.policy.rules.cases.applications import check_acknowledgement
from putian.policy.rules.cases.applications import check_forward
from putian.policy.rules.cases.workflow import OPEN_STATES

import pytest


def codes(findings) -> list[str]:
    return [finding.code for finding in findings]


def forward(**facts) -> list[str]:
    given = {
        "may_forward": True,
        "forwarded": False,
        "state": "accepted",
        "from_level": "county",
        "to_level": "city",
    } | facts
    return codes(check_forward(**given))


def test_an_open_case_of_a_lower_organ_goes_up():
    assert {"accepted", "in_review", "suspended"} <= set(OPEN_STATES)
    assert forward() == []
    assert forward(state="in_review", from_level="village") == []


@pytest.mark.parametrize(
    ("facts", "code"),
    [
        ({"may_forward": False}, "forwarding_not_authorized"),
        ({"forwarded": True}, "forwarding_done"),
        ({"state": "approved"}, "forwarding_case_closed"),
        ({"state": "withdrawn"}, "forwarding_case_closed"),
        ({"to_level": None}, "forwarding_target_missing"),
        ({"to_level": "county"}, "forwarding_not_upper_level"),
        ({"from_level": "city"}, "forwarding_not_lower_level"),
    ],
)
def test_each_obstacle_is_named(facts, code):
    assert forward(**facts) == [code]


def test_only_the_first_obstacle_is_reported():
    # Someone who may not forward learns nothing about the case itself.
    everything_wrong = {
        "may_forward": False,
        "forwarded": True,
        "state": "approved",
        "to_level": None,
    }
    assert forward(**everything_wrong) == ["forwarding_not_authorized"]
    assert forward(forwarded=True, state="approved") == ["forwarding_done"]


@pytest.mark.parametrize(
    ("facts", "expected"),
    [
        ((True, True, False), []),
        ((False, True, False), ["forwarding_missing"]),
        ((False, False, True), ["forwarding_missing"]),
        ((True, False, False), ["acknowledgement_not_authorized"]),
        ((True, False, True), ["acknowledgement_not_authorized"]),
        ((True, True, True), ["forwarding_acknowledged"]),
    ],
)
def test_acknowledging(facts, expected):
    assert codes(check_acknowledgement(*facts)) == expected


def test_refusals_are_r12_errors_on_the_department_in_both_languages():
    (finding,) = check_acknowledgement(True, True, True)
    assert (finding.rule, finding.severity, finding.field) == (
        "R12",
        "error",
        "department",
    )
    assert finding.message_zh == "已确认收到，无需重复确认"
    assert finding.message_en
