from putian.policy.rules.catalogue.exemptions import rule_exemption
from putian.policy.rules.flows.flow import TOO_MANY_STAGES


def test_a_long_committed_limit_is_exempted_on_the_item():
    assert rule_exemption("committed_over_half_statutory") == (
        "item",
        "limit_exemption_reason",
    )


def test_too_many_stages_is_exempted_on_the_flow():
    assert rule_exemption(TOO_MANY_STAGES) == ("flow", "complex_exemption_reason")


def test_a_rule_without_exemption_has_none():
    assert rule_exemption("no_guide") is None
