"""R20: a supervisor's finding on a sampled case, and the department's answer."""

from dataclasses import dataclass
from putian.policy.rules.common.errors import RuleInputError
from putian.policy.rules.common.inputs import text


CONFORMING = "conforming"
NON_CONFORMING = "non_conforming"
FINDING_KINDS = (CONFORMING, NON_CONFORMING)
MAX_TEXT_LENGTH = 2000


@dataclass(frozen=True)
class SupervisionFinding:
    kind: str
    text: str
    rule: str | None


def _text(value: object, what_zh: str, what_en: str) -> str:
    value = text(value, what_zh, what_en)
    if value is None:
        raise RuleInputError(
            "missing_text", f"请填写{what_zh}", f"The {what_en} is required"
        )
    if len(value) > MAX_TEXT_LENGTH:
        raise RuleInputError(
            "text_too_long",
            f"{what_zh}不能超过{MAX_TEXT_LENGTH}个字符",
            f"The {what_en} is limited to {MAX_TEXT_LENGTH} characters",
        )
    return value


def check_finding(
    kind: object, body: object, rule: object = None, known_rules=()
) -> SupervisionFinding:
    """A valid finding: conforming, or non-conforming naming the rule broken.

    ``known_rules`` are the rules a finding may name (the supervision line
    kinds' rules, for one); empty accepts any.
    """
    if kind not in FINDING_KINDS:
        raise RuleInputError(
            "invalid_finding_kind",
            f"检查结论必须是“符合”（{CONFORMING}）或“不符合”（{NON_CONFORMING}）：{kind!r}",
            f"The finding must be {CONFORMING} or {NON_CONFORMING}: {kind!r}",
        )
    body = _text(body, "检查意见", "finding's text")
    rule = text(rule, "违反的规则", "rule broken")
    if kind == CONFORMING:
        if rule is not None:
            raise RuleInputError(
                "rule_on_conforming",
                "结论为“符合”时不应填写违反的规则",
                "A conforming finding names no rule broken",
            )
        return SupervisionFinding(kind, body, None)
    if rule is None:
        raise RuleInputError(
            "missing_rule",
            "结论为“不符合”时必须写明违反的规则",
            "A non-conforming finding names the rule broken",
        )
    if known_rules and rule not in known_rules:
        raise RuleInputError(
            "unknown_rule",
            f"未知的规则：{rule}",
            f"Unknown rule: {rule}",
        )
    return SupervisionFinding(kind, body, rule)


def check_answer(body: object) -> str:
    """The department's answer to a finding: required text."""
    return _text(body, "整改答复", "answer")
