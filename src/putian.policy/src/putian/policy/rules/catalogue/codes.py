"""R2: unified codes (基本编码, 行政区划代码, 实施编码).

One item, one standard: every level implementing an item shares its base
code; the implementation code adds where (division) and who (department).
"""

from collections.abc import Iterable
from dataclasses import dataclass
from putian.policy.rules.catalogue.terms import ITEM_CATEGORIES
from putian.policy.rules.catalogue.terms import term
from putian.policy.rules.catalogue.terms import tokens
from putian.policy.rules.common.errors import RuleInputError
from putian.policy.rules.common.findings import ERROR
from putian.policy.rules.common.findings import Finding
from putian.policy.rules.common.findings import WARNING
from putian.policy.rules.common.identifiers import normalize_uscc
from putian.policy.rules.common.inputs import is_count
from putian.policy.rules.common.inputs import text
from types import MappingProxyType

import re


RULE = "R2"
BASE_CODE_FIELD = "base_code"
DIVISION_CODE_FIELD = "division_code"

BASE_CODE_LENGTH = 10
DIVISION_CODE_LENGTH = 6
USCC_LENGTH = 18
IMPLEMENTATION_CODE_LENGTH = BASE_CODE_LENGTH + DIVISION_CODE_LENGTH + USCC_LENGTH
MAIN_ITEM_SUB = 0  # a main item's base code ends in "000"

FUJIAN_PREFIX = "35"
PUTIAN_CITY = "350300"
PUTIAN_DIVISIONS = MappingProxyType(
    {
        "350300": "莆田市",
        "350302": "城厢区",
        "350303": "涵江区",
        "350304": "荔城区",
        "350305": "秀屿区",
        "350322": "仙游县",
    }
)

# [0-9], not \d: \d also matches full-width and other Unicode digits.
_BASE_CODE = re.compile(r"([A-Z]{2})([0-9]{5})([0-9]{3})")
_DIVISION_CODE = re.compile(r"[0-9]{6}")

_EXAMPLE = "XK00012000"


@dataclass(frozen=True)
class BaseCode:
    """A parsed base code: category letters, main item and sub-item number."""

    category: str
    main: int
    sub: int

    @property
    def is_main_item(self) -> bool:
        return self.sub == MAIN_ITEM_SUB

    @property
    def main_item_code(self) -> str:
        """The base code of the main item (itself, for a main item)."""
        return format_base_code(self.category, self.main)

    def __str__(self) -> str:
        return format_base_code(self.category, self.main, self.sub)


def format_base_code(category: str, main: int, sub: int = MAIN_ITEM_SUB) -> str:
    """The base code for a category, main item number and sub-item number."""
    term(ITEM_CATEGORIES, category)
    for value, low, high, what_zh, what_en in (
        (main, 1, 99999, "主项编号", "main item number"),
        (sub, 0, 999, "子项编号", "sub-item number"),
    ):
        if not is_count(value):
            raise RuleInputError(
                "base_code_number_not_integer",
                f"{what_zh}必须是整数：{value!r}",
                f"The {what_en} must be an integer: {value!r}",
            )
        if not low <= value <= high:
            raise RuleInputError(
                "base_code_number_out_of_range",
                f"{what_zh}应在{low}至{high}之间：{value}",
                f"The {what_en} must be between {low} and {high}: {value}",
            )
    return f"{category}{main:05d}{sub:03d}"


def parse_base_code(code: str) -> BaseCode:
    """Split a base code such as XK00012003; malformed codes raise."""
    if not isinstance(code, str):
        raise RuleInputError(
            "base_code_not_text",
            f"基本编码必须是文本：{code!r}",
            f"The base code must be text: {code!r}",
        )
    if len(code) != BASE_CODE_LENGTH:
        raise RuleInputError(
            "base_code_invalid_length",
            f"基本编码“{code}”应为10位（2位类型字母、5位主项编号、3位子项编号），"
            f"实际为{len(code)}位",
            f"The base code {code!r} must have 10 characters (2 category letters, "
            f"5-digit main item, 3-digit sub-item), not {len(code)}",
        )
    match = _BASE_CODE.fullmatch(code)
    if match is None:
        raise RuleInputError(
            "base_code_invalid_format",
            f"基本编码“{code}”格式不正确，应为2位大写字母加8位数字，如{_EXAMPLE}",
            f"The base code {code!r} is malformed: 2 capital letters and 8 digits, "
            f"e.g. {_EXAMPLE}",
        )
    category, main, sub = match.groups()
    if category not in tokens(ITEM_CATEGORIES):
        raise RuleInputError(
            "base_code_unknown_category",
            f"基本编码“{code}”的类型字母“{category}”不是已知的事项类型",
            f"The base code {code!r} starts with {category!r}, which is not an "
            "item category",
        )
    if int(main) == 0:
        raise RuleInputError(
            "base_code_main_zero",
            f"基本编码“{code}”的主项编号不能为00000",
            f"The base code {code!r} has main item number 00000",
        )
    return BaseCode(category, int(main), int(sub))


def _finding(code: str, zh: str, en: str, severity: str = ERROR) -> Finding:
    return Finding(RULE, severity, code, zh, en, BASE_CODE_FIELD)


def _parent_findings(parsed: BaseCode, code: str, parent_code: str) -> list[Finding]:
    try:
        parent = parse_base_code(parent_code)
    except RuleInputError as error:
        return [
            _finding(
                "parent_base_code_invalid",
                f"主项的基本编码无效：{error.message_zh}",
                f"The main item's base code is invalid: {error.message_en}",
            )
        ]
    if not parent.is_main_item:
        return [
            _finding(
                "parent_not_main_item",
                f"“{parent_code}”是子项编码，子项只能挂在主项（以000结尾）之下",
                f"{parent_code!r} is a sub-item's code; sub-items belong to a main "
                "item (ending in 000)",
            )
        ]
    findings = []
    if parsed.main_item_code != parent.main_item_code:
        prefix = parent_code[:7]
        findings.append(
            _finding(
                "sub_item_code_not_under_parent",
                f"子项的基本编码“{code}”应以主项编码的前7位“{prefix}”开头",
                f"The sub-item's base code {code!r} must start with its main "
                f"item's {prefix!r}",
            )
        )
    if parsed.is_main_item:
        findings.append(
            _finding(
                "sub_item_code_000",
                f"子项的基本编码“{code}”不能以000结尾（000表示主项）",
                f"The sub-item's base code {code!r} cannot end in 000, which marks "
                "a main item",
            )
        )
    return findings


def check_base_code(
    code: str | None, category: str | None, parent_code: str | None = None
) -> list[Finding]:
    """R2: the item's base code against its category and its main item.

    ``parent_code`` is the main item's base code when the item is a
    sub-item. An unknown ``category`` is reported by the item check, so
    the letters are only compared with a known one.
    """
    if text(code, "基本编码", "base code") is None:
        return [
            _finding("base_code_missing", "缺少基本编码", "The base code is missing")
        ]
    category = text(category, "事项类型", "item category")
    try:
        parsed = parse_base_code(code)
    except RuleInputError as error:
        return [_finding(error.code, error.message_zh, error.message_en)]
    findings = []
    if category in tokens(ITEM_CATEGORIES) and parsed.category != category:
        title = term(ITEM_CATEGORIES, category).title_zh
        findings.append(
            _finding(
                "base_code_category_mismatch",
                f"基本编码“{code}”的类型字母“{parsed.category}”与事项类型"
                f"“{title}”（{category}）不一致",
                f"The base code {code!r} starts with {parsed.category!r} but the "
                f"item category is {category!r}",
            )
        )
    if parent_code is None:
        if not parsed.is_main_item:
            findings.append(
                _finding(
                    "main_item_code_not_000",
                    f"主项的基本编码“{code}”应以000结尾",
                    f"A main item's base code {code!r} must end in 000",
                )
            )
    elif text(parent_code, "主项基本编码", "main item's base code") is not None:
        # A main item without a code is reported when the main item is checked.
        findings += _parent_findings(parsed, code, parent_code)
    return findings


def check_base_code_unique(
    code: str | None, existing_codes: Iterable[str]
) -> list[Finding]:
    """R2: within one department a base code is used by one item only.

    ``existing_codes`` are the department's other items' codes (leave the
    item being checked out).
    """
    code = text(code, "基本编码", "base code")
    if code is None or code not in set(existing_codes):
        return []
    return [
        _finding(
            "base_code_duplicate",
            f"本部门已有事项使用基本编码“{code}”",
            f"Another item of this department already uses the base code {code!r}",
        )
    ]


def _division_problem(code: str) -> tuple[str, str, str] | None:
    if not _DIVISION_CODE.fullmatch(code):
        return (
            "division_code_invalid_format",
            f"行政区划代码“{code}”应为6位数字，如{PUTIAN_CITY}",
            f"The division code {code!r} must be 6 digits, e.g. {PUTIAN_CITY}",
        )
    if not code.startswith(FUJIAN_PREFIX):
        return (
            "division_code_not_fujian",
            f"行政区划代码“{code}”不属于福建省（应以35开头）",
            f"The division code {code!r} is not in Fujian (must start with 35)",
        )
    return None


def check_division_code(code: str | None) -> list[Finding]:
    """R2: a Fujian division code; outside Putian is only a warning.

    Vertically managed provincial organs (垂管单位) implement items here
    under their own division code, so that is unusual, not wrong.
    """
    code = text(code, "行政区划代码", "division code")
    if code is None:
        problem = (
            "division_code_missing",
            "缺少行政区划代码",
            "The division code is missing",
        )
    else:
        problem = _division_problem(code)
    if problem is not None:
        return [Finding(RULE, ERROR, *problem, DIVISION_CODE_FIELD)]
    if code not in PUTIAN_DIVISIONS:
        return [
            Finding(
                RULE,
                WARNING,
                "division_code_not_putian",
                f"行政区划代码“{code}”不是莆田市或其所辖县（区）的代码",
                f"The division code {code!r} is not Putian's or one of its "
                "districts' or county's",
                DIVISION_CODE_FIELD,
            )
        ]
    return []


@dataclass(frozen=True)
class ImplementationCode:
    """A split implementation code (实施编码)."""

    base_code: BaseCode
    division_code: str
    department_uscc: str

    def __str__(self) -> str:
        return f"{self.base_code}{self.division_code}{self.department_uscc}"


def implementation_code(
    base_code: str, division_code: str, department_uscc: str
) -> str:
    """基本编码 + 行政区划代码 + the implementing department's credit code.

    Each part is validated; a bad one raises RuleInputError.
    """
    base = parse_base_code(base_code)
    division = text(division_code, "行政区划代码", "division code") or ""
    problem = _division_problem(division)
    if problem is not None:
        raise RuleInputError(*problem)
    return f"{base}{division}{normalize_uscc(department_uscc)}"


def parse_implementation_code(code: str) -> ImplementationCode:
    """Split an implementation code into its three validated parts."""
    if not isinstance(code, str) or len(code) != IMPLEMENTATION_CODE_LENGTH:
        raise RuleInputError(
            "implementation_code_invalid_length",
            f"实施编码“{code}”应为{IMPLEMENTATION_CODE_LENGTH}位"
            "（10位基本编码、6位行政区划代码、18位统一社会信用代码）",
            f"The implementation code {code!r} must have "
            f"{IMPLEMENTATION_CODE_LENGTH} characters (10 base code, 6 division, "
            "18 credit code)",
        )
    base = code[:BASE_CODE_LENGTH]
    division = code[BASE_CODE_LENGTH : BASE_CODE_LENGTH + DIVISION_CODE_LENGTH]
    uscc = code[BASE_CODE_LENGTH + DIVISION_CODE_LENGTH :]
    # Re-building it validates every part with the same messages.
    canonical = implementation_code(base, division, uscc)
    return ImplementationCode(parse_base_code(base), division, canonical[-USCC_LENGTH:])
