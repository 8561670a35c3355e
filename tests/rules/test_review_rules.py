"""R11: review work rules (审查工作细则), ten elements for each of three stages."""

from putian.policy.rules.catalogue.review_rules import check_review_rules
from putian.policy.rules.catalogue.review_rules import review_rule_fields
from putian.policy.rules.catalogue.terms import REVIEW_ELEMENTS
from putian.policy.rules.catalogue.terms import REVIEW_STAGES
from putian.policy.rules.common.errors import RuleInputError
from tests.rules.samples import food_review_rules

import pytest


FIELD_NAMES = [field.name for field in review_rule_fields()]


def test_thirty_fields_stage_by_stage():
    fields = review_rule_fields()
    assert len(fields) == 30
    assert len(set(FIELD_NAMES)) == 30
    assert FIELD_NAMES[0] == "accept_applicable_situations"
    assert FIELD_NAMES[9] == "accept_improper_review_consequences"
    assert FIELD_NAMES[10] == "review_applicable_situations"
    assert FIELD_NAMES[-1] == "decide_improper_review_consequences"
    assert [field.stage for field in fields[::10]] == list(REVIEW_STAGES)
    assert [field.element for field in fields[:10]] == list(REVIEW_ELEMENTS)
    for field in fields:
        assert field.name == f"{field.stage.token}_{field.element.token}"


def test_complete_rules_are_fine():
    assert check_review_rules(food_review_rules()) == []


@pytest.mark.parametrize("name", FIELD_NAMES)
@pytest.mark.parametrize("gap", ["remove", None, "", "   "])
def test_each_missing_element_is_an_error(name, gap):
    rules = food_review_rules()
    if gap == "remove":
        del rules[name]
    else:
        rules[name] = gap
    (finding,) = check_review_rules(rules)
    assert (finding.rule, finding.severity, finding.code, finding.field) == (
        "R11",
        "error",
        "review_rule_missing",
        name,
    )


def test_message_names_stage_and_element():
    (finding,) = check_review_rules(food_review_rules(review_review_points=None))
    assert finding.message_zh == "审查工作细则缺少“审查”环节的“审查要点”"
    assert finding.message_en == (
        "The review rules lack the review points of the review stage"
    )


def test_message_for_the_consequences_of_improper_review():
    rules = food_review_rules(decide_improper_review_consequences="")
    (finding,) = check_review_rules(rules)
    assert finding.message_zh == "审查工作细则缺少“决定”环节的“审查不当的后果”"


def test_empty_rules_report_all_thirty_in_order():
    found = check_review_rules({})
    assert [finding.field for finding in found] == FIELD_NAMES


def test_unrelated_keys_are_ignored():
    assert check_review_rules(food_review_rules(title="食品经营许可")) == []


@pytest.mark.parametrize("value", [1, ["适用情形"], True])
def test_values_must_be_text(value):
    with pytest.raises(RuleInputError):
        check_review_rules(food_review_rules(accept_notes=value))


@pytest.mark.parametrize("rules", [None, [], "accept_notes"])
def test_rules_must_be_a_mapping(rules):
    with pytest.raises(RuleInputError):
        check_review_rules(rules)
