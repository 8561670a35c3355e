"""Reading form data: what is missing is a finding, what is mistyped raises.

A blank text or an empty list is what an unfilled Plone field stores, so it
counts as missing; a value of the wrong type is a programming error.
"""

from collections.abc import Mapping
from collections.abc import Sequence
from putian.policy.rules.errors import RuleInputError
from putian.policy.rules.findings import ERROR
from putian.policy.rules.findings import Finding


def text(value: object, what_zh: str, what_en: str) -> str | None:
    """The stripped text, or None when missing or blank."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise RuleInputError(
            "invalid_text",
            f"{what_zh}必须是文本：{value!r}",
            f"The {what_en} must be text: {value!r}",
        )
    return value.strip() or None


def flag(value: object, what_zh: str, what_en: str) -> bool | None:
    """A yes/no answer, or None when not answered."""
    if value is None or isinstance(value, bool):
        return value
    raise RuleInputError(
        "invalid_flag",
        f"{what_zh}必须是“是”或“否”：{value!r}",
        f"The {what_en} must be true or false: {value!r}",
    )


def mapping(value: object, what_zh: str, what_en: str) -> Mapping:
    """``value`` itself, when it is a mapping."""
    if not isinstance(value, Mapping):
        raise RuleInputError(
            "invalid_mapping",
            f"{what_zh}必须是字段映射：{value!r}",
            f"The {what_en} must be a mapping: {value!r}",
        )
    return value


def entries(value: object, what_zh: str, what_en: str) -> list[Mapping]:
    """The mappings of a list field (empty when missing)."""
    if value is None:
        return []
    # A str is a Sequence too, but never a list of entries.
    if not isinstance(value, Sequence) or isinstance(value, str | bytes):
        raise RuleInputError(
            "invalid_list",
            f"{what_zh}必须是列表：{value!r}",
            f"The {what_en} must be a list: {value!r}",
        )
    return [mapping(entry, what_zh, what_en) for entry in value]


def strings(value: object, what_zh: str, what_en: str) -> list[str]:
    """The texts of a multi-choice field (empty when missing)."""
    if value is None:
        return []
    if not isinstance(value, Sequence | set | frozenset) or isinstance(
        value, str | bytes
    ):
        raise RuleInputError(
            "invalid_list",
            f"{what_zh}必须是列表：{value!r}",
            f"The {what_en} must be a list: {value!r}",
        )
    result = []
    for entry in value:
        if not isinstance(entry, str):
            raise RuleInputError(
                "invalid_text",
                f"{what_zh}的每一项必须是文本：{entry!r}",
                f"Each {what_en} must be text: {entry!r}",
            )
        result.append(entry)
    # A set has no order; findings must come out the same every time.
    return sorted(result) if isinstance(value, set | frozenset) else result


def is_count(value: object) -> bool:
    """A whole number; bool is an int subclass but never a count."""
    return isinstance(value, int) and not isinstance(value, bool)


def chosen_token(
    data: Mapping,
    field: str,
    vocabulary,
    rule: str,
    what: tuple[str, str],
    code_prefix: str = "",
    missing_zh: str = "未填写",
):
    """``data[field]`` if it is a token of ``vocabulary``, else None and the
    finding that says it is missing or not a standard value."""
    what_zh, what_en = what
    value = text(data.get(field), what_zh, what_en)
    if value is None:
        return None, [
            Finding(
                rule,
                ERROR,
                f"{code_prefix}{field}_missing",
                f"{missing_zh}{what_zh}",
                f"The {what_en} is missing",
                field,
            )
        ]
    if value not in {term.token for term in vocabulary}:
        return None, [
            Finding(
                rule,
                ERROR,
                f"{code_prefix}{field}_unknown",
                f"{what_zh}“{value}”不是规范取值",
                f"{value!r} is not a standard {what_en}",
                field,
            )
        ]
    return value, []
