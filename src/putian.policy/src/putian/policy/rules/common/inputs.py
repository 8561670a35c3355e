"""Reading form data: what is missing is a finding, what is mistyped raises.

A blank text or an empty list is what an unfilled Plone field stores, so it
counts as missing; a value of the wrong type is a programming error.  What
the public types (``applicant_text``) is another matter: a number where
text belongs, an overlong value or a character no text field may hold is
the applicant's mistake (or an attack), so it is a finding naming the field.
"""

from collections.abc import Mapping
from collections.abc import Sequence
from datetime import date
from datetime import datetime
from putian.policy.rules.common.errors import RuleInputError
from putian.policy.rules.common.findings import ERROR
from putian.policy.rules.common.findings import Finding

import unicodedata


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


def day(value: object, what_zh: str, what_en: str) -> date:
    """A calendar day: the date itself, or a datetime's date."""
    if isinstance(value, datetime):
        return value.date()
    if not isinstance(value, date):
        raise RuleInputError(
            "invalid_date",
            f"{what_zh}必须是日期：{value!r}",
            f"The {what_en} must be a date: {value!r}",
        )
    return value


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


def positive_count(value: object, code: str, what_zh: str, what_en: str) -> int:
    """``value`` itself, when it is a whole number of at least 1."""
    if not is_count(value) or value < 1:
        raise RuleInputError(
            code,
            f"{what_zh}必须是正整数：{value!r}",
            f"The {what_en} must be a positive integer: {value!r}",
        )
    return value


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


# Bidirectional embeddings, overrides and isolates reorder what a reader
# sees ("申请书\u202efdp.exe" shows as "申请书exe.pdf").
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Line and paragraph separators break a line as LF does.
_LINE_SEPARATORS = frozenset("\u2028\u2029")
# In a text of several lines (a note, a comment): line breaks and tabs.
_MULTILINE_ALLOWED = frozenset("\n\r\t")


def _is_noncharacter(code_point: int) -> bool:
    return 0xFDD0 <= code_point <= 0xFDEF or code_point & 0xFFFE == 0xFFFE


def character_problem(
    value: str, multiline: bool = False
) -> tuple[str, str, str] | None:
    """The first character no text of the public may hold, as
    (U+XXXX, what it is in Chinese, in English); None when all are fine.

    Refused: control characters (NUL, ESC, DEL, C1; CR, LF and TAB unless
    ``multiline``), lone surrogates (no valid UTF-8 carries them),
    noncharacters, bidirectional overrides and line separators.
    """
    for character in value:
        if multiline and character in _MULTILINE_ALLOWED:
            continue
        category = unicodedata.category(character)
        if category == "Cc":
            kind = (
                ("换行符", "line break")
                if character in "\r\n"
                else ("控制字符", "control character")
            )
        elif category == "Cs":
            kind = ("无效的代理码位", "lone surrogate")
        elif character in _BIDI_CONTROLS:
            kind = ("双向文本控制符", "bidirectional control")
        elif character in _LINE_SEPARATORS:
            kind = ("换行符", "line break")
        elif _is_noncharacter(ord(character)):
            kind = ("非字符码位", "noncharacter")
        else:
            continue
        return (f"U+{ord(character):04X}", *kind)
    return None


def applicant_text(
    value: object,
    field: str,
    what: tuple[str, str],
    rule: str,
    max_length: int,
    multiline: bool = False,
    code_prefix: str | None = None,
) -> tuple[str | None, list[Finding]]:
    """A text the public sent: (stripped text or None when blank, []) or
    (None, [the finding]) when it is not text, longer than ``max_length``
    characters or holds a refused character (``character_problem``).

    Codes: ``<prefix>_not_text``, ``<prefix>_too_long``,
    ``<prefix>_invalid_characters``, the prefix being the field's name
    unless given.  Messages never repeat the value: it may be huge or hold
    terminal escapes.
    """
    what_zh, what_en = what
    prefix = code_prefix or field

    def refused(code: str, zh: str, en: str):
        return None, [Finding(rule, ERROR, f"{prefix}_{code}", zh, en, field)]

    if value is None:
        return None, []
    if not isinstance(value, str):
        return refused(
            "not_text",
            f"{what_zh}必须是文本",
            f"The {what_en} must be text, not {type(value).__name__}",
        )
    stripped = value.strip()
    if len(stripped) > max_length:
        return refused(
            "too_long",
            f"{what_zh}为{len(stripped)}字，不能超过{max_length}字",
            f"The {what_en} has {len(stripped)} characters; at most {max_length} "
            "are allowed",
        )
    problem = character_problem(stripped, multiline)
    if problem is not None:
        code_point, kind_zh, kind_en = problem
        return refused(
            "invalid_characters",
            f"{what_zh}含有不允许的字符（{kind_zh} {code_point}），请删除后重新填写",
            f"The {what_en} contains a character that is not allowed "
            f"({kind_en} {code_point}); remove it and try again",
        )
    return stripped or None, []
