"""The fields publishing requires are the ones the rules refuse when empty."""

from putian.policy.rules.catalogue.compliance import check_compliance
from putian.policy.rules.catalogue.guide import GUIDE_ELEMENTS
from putian.policy.rules.catalogue.publish_requirements import PARTS
from putian.policy.rules.catalogue.publish_requirements import required_for_publishing
from putian.policy.rules.catalogue.review_rules import review_rule_fields
from tests.rules.samples import food_guide
from tests.rules.samples import food_licence

import pytest


def test_the_guide_requires_each_of_its_own_r4_elements():
    own = [e.name for e in GUIDE_ELEMENTS if e.source == "guide"]
    assert list(required_for_publishing("guide")) == own
    assert "result_sample" in own
    assert "review_criteria" in own


def test_the_review_rules_require_all_thirty_fields():
    assert list(required_for_publishing("rules")) == [
        field.name for field in review_rule_fields()
    ]


def test_the_item_and_the_flow():
    item = required_for_publishing("item")
    assert {"title", "category", "base_code", "legal_basis"} <= set(item)
    # The law may set no statutory limit; the committed one is then required.
    assert "statutory_limit_days" not in item
    assert "committed_limit_days" in item
    assert set(required_for_publishing("flow")) == {"kind", "form", "steps"}


def test_each_finding_is_the_one_the_reform_office_would_see():
    report = check_compliance({}, guide={}, review_rules={}, flow={})
    blocking = set(report.blocking)
    for part in PARTS:
        for name, finding in required_for_publishing(part).items():
            assert finding.field == name
            assert finding in blocking


def test_a_filled_field_is_no_longer_refused():
    guide = food_guide()
    for name in required_for_publishing("guide"):
        if name == "fee_basis":
            continue  # 不收费 needs no basis
        empty = {**guide, name: None}
        report = check_compliance(food_licence(), guide=empty)
        assert name in {f.field for f in report.blocking}


def test_an_unknown_part():
    with pytest.raises(KeyError):
        required_for_publishing("case")
