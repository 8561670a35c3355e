"""R11: review work rules (审查工作细则) for every item.

Each stage (受理, 审查, 决定) must spell out all ten elements, so the rules
are 30 text fields named f"{stage}_{element}".
"""

from collections.abc import Mapping
from putian.policy.rules.catalogue.terms import REVIEW_ELEMENTS
from putian.policy.rules.catalogue.terms import REVIEW_STAGES
from putian.policy.rules.catalogue.terms import Term
from putian.policy.rules.common.findings import ERROR
from putian.policy.rules.common.findings import Finding
from putian.policy.rules.common.inputs import mapping
from putian.policy.rules.common.inputs import text
from typing import NamedTuple


class ReviewRuleField(NamedTuple):
    """One field of the review rules: its name, stage and element."""

    name: str
    stage: Term
    element: Term


def review_rule_field_name(stage: str, element: str) -> str:
    """The field name for a stage and element token."""
    return f"{stage}_{element}"


def review_rule_fields() -> list[ReviewRuleField]:
    """All 30 fields, stage by stage, elements in the standard order.

    The Plone schema is generated from this list.
    """
    return [
        ReviewRuleField(
            review_rule_field_name(stage.token, element.token), stage, element
        )
        for stage in REVIEW_STAGES
        for element in REVIEW_ELEMENTS
    ]


def check_review_rules(rules: Mapping[str, str | None]) -> list[Finding]:
    """R11: every element of every stage written out; one error per gap."""
    rules = mapping(rules, "审查工作细则", "review rules")
    findings = []
    for field in review_rule_fields():
        what_zh = f"“{field.stage.title_zh}”环节的“{field.element.title_zh}”"
        stage_en = field.stage.title_en.lower()
        what_en = f"{field.element.title_en.lower()} of the {stage_en} stage"
        if text(rules.get(field.name), what_zh, what_en) is None:
            findings.append(
                Finding(
                    "R11",
                    ERROR,
                    "review_rule_missing",
                    f"审查工作细则缺少{what_zh}",
                    f"The review rules lack the {what_en}",
                    field.name,
                )
            )
    return findings
