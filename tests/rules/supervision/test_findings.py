"""R20: a supervisor's finding on a sampled case and the department's answer."""

from putian.policy.rules.common.errors import RuleInputError
from putian.policy.rules.supervision.findings import check_answer
from putian.policy.rules.supervision.findings import check_finding
from putian.policy.rules.supervision.findings import MAX_TEXT_LENGTH

import pytest


def test_a_conforming_finding_names_no_rule():
    finding = check_finding("conforming", "  程序完整，材料齐全 ")
    assert (finding.kind, finding.text, finding.rule) == (
        "conforming",
        "程序完整，材料齐全",
        None,
    )


def test_a_non_conforming_finding_names_the_rule_broken():
    finding = check_finding("non_conforming", "未书面告知", "R8", known_rules={"R8"})
    assert (finding.kind, finding.rule) == ("non_conforming", "R8")
    assert check_finding("non_conforming", "超时", "R13").rule == "R13"


@pytest.mark.parametrize(
    ("kind", "body", "rule", "code"),
    [
        ("fine", "文本", None, "invalid_finding_kind"),
        (None, "文本", None, "invalid_finding_kind"),
        ("conforming", "", None, "missing_text"),
        ("conforming", "   ", None, "missing_text"),
        ("conforming", None, None, "missing_text"),
        ("conforming", 3, None, "invalid_text"),
        ("conforming", "x" * (MAX_TEXT_LENGTH + 1), None, "text_too_long"),
        ("conforming", "文本", "R8", "rule_on_conforming"),
        ("non_conforming", "文本", None, "missing_rule"),
        ("non_conforming", "文本", " ", "missing_rule"),
        ("non_conforming", "文本", "R99", "unknown_rule"),
    ],
)
def test_bad_findings_are_refused_in_chinese(kind, body, rule, code):
    with pytest.raises(RuleInputError) as raised:
        check_finding(kind, body, rule, known_rules={"R8", "R13"})
    assert raised.value.code == code
    assert raised.value.message_zh


def test_the_answer_is_required_text():
    assert check_answer(" 已整改 ") == "已整改"
    for bad in ("", None, "x" * (MAX_TEXT_LENGTH + 1)):
        with pytest.raises(RuleInputError) as raised:
            check_answer(bad)
        assert "整改答复" in raised.value.message_zh
