"""R2: base codes, division codes and implementation codes."""

from hypothesis import given
from hypothesis import strategies as st
from putian.policy.rules.catalogue.codes import BaseCode
from putian.policy.rules.catalogue.codes import check_base_code
from putian.policy.rules.catalogue.codes import check_base_code_unique
from putian.policy.rules.catalogue.codes import check_division_code
from putian.policy.rules.catalogue.codes import format_base_code
from putian.policy.rules.catalogue.codes import implementation_code
from putian.policy.rules.catalogue.codes import ImplementationCode
from putian.policy.rules.catalogue.codes import parse_base_code
from putian.policy.rules.catalogue.codes import parse_implementation_code
from putian.policy.rules.catalogue.codes import PUTIAN_DIVISIONS
from putian.policy.rules.catalogue.terms import ITEM_CATEGORIES
from putian.policy.rules.catalogue.terms import tokens
from putian.policy.rules.common.errors import RuleInputError
from stdnum.cn import uscc

import pytest


def with_check_digit(first17: str) -> str:
    return first17 + uscc.calc_check_digit(first17)


def with_wrong_check_digit(number: str) -> str:
    return number[:-1] + ("1" if number[-1] == "0" else "0")


# Registered by 机构编制 (1) as a 机关 (1) in Putian (350300); the check
# digit is computed, not typed.
MARKET_BUREAU = with_check_digit("11350300MB1234567")


def codes(findings) -> list[str]:
    return [finding.code for finding in findings]


def test_parse_a_main_item_code():
    code = parse_base_code("XK00012000")
    assert code == BaseCode("XK", 12, 0)
    assert code.is_main_item
    assert code.main_item_code == "XK00012000"
    assert str(code) == "XK00012000"


def test_parse_a_sub_item_code():
    code = parse_base_code("XK00012003")
    assert code == BaseCode("XK", 12, 3)
    assert not code.is_main_item
    assert code.main_item_code == "XK00012000"
    assert str(code) == "XK00012003"


@pytest.mark.parametrize(
    ("code", "error"),
    [
        ("", "base_code_invalid_length"),
        ("XK0001200", "base_code_invalid_length"),
        ("XK000120000", "base_code_invalid_length"),
        (" XK0001200", "base_code_invalid_format"),
        ("xk00012000", "base_code_invalid_format"),
        ("X100012000", "base_code_invalid_format"),
        ("XK0001200A", "base_code_invalid_format"),
        ("XK-0012000", "base_code_invalid_format"),
        ("XK００012000", "base_code_invalid_format"),  # full-width digits
        ("ZZ00012000", "base_code_unknown_category"),
        ("XK00000000", "base_code_main_zero"),
        ("XK00000003", "base_code_main_zero"),
    ],
)
def test_parse_refuses_malformed_codes(code, error):
    with pytest.raises(RuleInputError) as raised:
        parse_base_code(code)
    assert raised.value.code == error
    assert code in raised.value.message_zh


@pytest.mark.parametrize("code", [None, 12000, b"XK00012000"])
def test_parse_refuses_non_text(code):
    with pytest.raises(RuleInputError) as raised:
        parse_base_code(code)
    assert raised.value.code == "base_code_not_text"


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("XK", 12), "XK00012000"),
        (("XK", 12, 3), "XK00012003"),
        (("GG", 99999, 999), "GG99999999"),
        (("QR", 1, 0), "QR00001000"),
    ],
)
def test_format_base_code(args, expected):
    assert format_base_code(*args) == expected


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (("ZZ", 12), "unknown_token"),
        (("xk", 12), "unknown_token"),
        (("XK", 0), "base_code_number_out_of_range"),
        (("XK", 100000), "base_code_number_out_of_range"),
        (("XK", 12, 1000), "base_code_number_out_of_range"),
        (("XK", 12, -1), "base_code_number_out_of_range"),
        (("XK", "12"), "base_code_number_not_integer"),
        (("XK", True), "base_code_number_not_integer"),
        (("XK", 12, 1.0), "base_code_number_not_integer"),
    ],
)
def test_format_base_code_refuses_bad_parts(args, error):
    with pytest.raises(RuleInputError) as raised:
        format_base_code(*args)
    assert raised.value.code == error


@given(
    st.sampled_from(tokens(ITEM_CATEGORIES)),
    st.integers(1, 99999),
    st.integers(0, 999),
)
def test_format_and_parse_round_trip(category, main, sub):
    code = format_base_code(category, main, sub)
    assert len(code) == 10
    assert parse_base_code(code) == BaseCode(category, main, sub)


def test_a_main_item_code_is_fine():
    assert check_base_code("XK00012000", "XK") == []


def test_a_sub_item_code_under_its_main_item_is_fine():
    assert check_base_code("XK00012003", "XK", "XK00012000") == []


@pytest.mark.parametrize("code", [None, "", "   "])
def test_missing_base_code(code):
    (finding,) = check_base_code(code, "XK")
    assert finding.code == "base_code_missing"
    assert (finding.rule, finding.severity, finding.field) == (
        "R2",
        "error",
        "base_code",
    )


@pytest.mark.parametrize(
    ("code", "error"),
    [
        ("XK0001200", "base_code_invalid_length"),
        ("XK0001200A", "base_code_invalid_format"),
        ("ZZ00012000", "base_code_unknown_category"),
        ("XK00000000", "base_code_main_zero"),
    ],
)
def test_malformed_code_is_one_finding_with_the_parse_message(code, error):
    (finding,) = check_base_code(code, "XK")
    assert finding.code == error
    assert finding.field == "base_code"
    assert finding.severity == "error"
    assert code in finding.message_zh
    assert code in finding.message_en


def test_category_letters_must_match_the_item_category():
    (finding,) = check_base_code("XK00012000", "QR")
    assert finding.code == "base_code_category_mismatch"
    assert "行政确认" in finding.message_zh
    assert "XK00012000" in finding.message_zh


@pytest.mark.parametrize("category", [None, "", "ZZ"])
def test_unknown_item_category_is_not_compared(category):
    # The item check reports the category itself; one finding is enough.
    assert check_base_code("XK00012000", category) == []


def test_main_item_must_end_000():
    (finding,) = check_base_code("XK00012003", "XK")
    assert finding.code == "main_item_code_not_000"
    assert "000" in finding.message_zh


def test_sub_item_must_not_end_000():
    (finding,) = check_base_code("XK00012000", "XK", "XK00012000")
    assert finding.code == "sub_item_code_000"


@pytest.mark.parametrize(
    "code",
    ["XK00013001", "QR00012001"],  # other main item; other category
)
def test_sub_item_must_share_its_main_items_prefix(code):
    found = check_base_code(code, code[:2], "XK00012000")
    assert "sub_item_code_not_under_parent" in codes(found)
    finding = found[codes(found).index("sub_item_code_not_under_parent")]
    assert "XK00012" in finding.message_zh


def test_sub_item_with_wrong_prefix_and_000_reports_both():
    assert codes(check_base_code("XK00013000", "XK", "XK00012000")) == [
        "sub_item_code_not_under_parent",
        "sub_item_code_000",
    ]


def test_parent_must_be_a_main_item():
    (finding,) = check_base_code("XK00012004", "XK", "XK00012003")
    assert finding.code == "parent_not_main_item"


def test_parent_code_malformed_is_a_finding():
    (finding,) = check_base_code("XK00012004", "XK", "XK12")
    assert finding.code == "parent_base_code_invalid"
    assert finding.field == "base_code"


@pytest.mark.parametrize("parent_code", ["", "  "])
def test_parent_without_code_skips_the_parent_checks(parent_code):
    # A sub-item stays a sub-item: no "main item must end 000" here.
    assert check_base_code("XK00012003", "XK", parent_code) == []


@pytest.mark.parametrize(
    ("code", "category", "parent_code"),
    [(12000, "XK", None), ("XK00012000", 1, None), ("XK00012001", "XK", 12000)],
)
def test_check_base_code_refuses_non_text(code, category, parent_code):
    with pytest.raises(RuleInputError):
        check_base_code(code, category, parent_code)


def test_duplicate_base_code_in_a_department():
    (finding,) = check_base_code_unique("XK00012000", ["XK00013000", "XK00012000"])
    assert finding.code == "base_code_duplicate"
    assert finding.field == "base_code"
    assert finding.severity == "error"
    assert "XK00012000" in finding.message_zh


@pytest.mark.parametrize(
    ("code", "existing"),
    [
        ("XK00012000", []),
        ("XK00012000", ["XK00012001", "XK00013000"]),
        (None, ["XK00012000"]),
        ("", [""]),
    ],
)
def test_unique_base_code(code, existing):
    assert check_base_code_unique(code, existing) == []


def test_unique_accepts_any_iterable():
    existing = (code for code in ["XK00012000"])
    assert codes(check_base_code_unique("XK00012000", existing)) == [
        "base_code_duplicate"
    ]


def test_putian_divisions():
    assert dict(PUTIAN_DIVISIONS) == {
        "350300": "莆田市",
        "350302": "城厢区",
        "350303": "涵江区",
        "350304": "荔城区",
        "350305": "秀屿区",
        "350322": "仙游县",
    }


@pytest.mark.parametrize("code", [*PUTIAN_DIVISIONS, " 350300 "])
def test_putian_division_codes_are_fine(code):
    assert check_division_code(code) == []


@pytest.mark.parametrize("code", ["350000", "350100", "350321"])
def test_other_fujian_division_is_a_warning(code):
    (finding,) = check_division_code(code)
    assert (finding.code, finding.severity) == ("division_code_not_putian", "warning")
    assert finding.field == "division_code"


@pytest.mark.parametrize(
    ("code", "error"),
    [
        (None, "division_code_missing"),
        ("", "division_code_missing"),
        ("35030", "division_code_invalid_format"),
        ("3503000", "division_code_invalid_format"),
        ("35030a", "division_code_invalid_format"),
        ("３５０３００", "division_code_invalid_format"),
        ("110000", "division_code_not_fujian"),
        ("440300", "division_code_not_fujian"),
    ],
)
def test_bad_division_code_is_an_error(code, error):
    (finding,) = check_division_code(code)
    assert (finding.code, finding.severity) == (error, "error")
    assert (finding.rule, finding.field) == ("R2", "division_code")


def test_division_code_must_be_text():
    with pytest.raises(RuleInputError):
        check_division_code(350300)


def test_implementation_code_joins_the_three_parts():
    code = implementation_code("XK00012003", "350302", MARKET_BUREAU)
    assert code == "XK00012003" + "350302" + MARKET_BUREAU
    assert len(code) == 34


def test_implementation_code_normalizes_the_credit_code():
    code = implementation_code("XK00012000", "350300", MARKET_BUREAU.lower())
    assert code.endswith(MARKET_BUREAU)


def test_implementation_code_accepts_a_provincial_division():
    assert implementation_code("XK00012000", "350000", MARKET_BUREAU)


@pytest.mark.parametrize(
    ("base", "division", "credit", "error"),
    [
        ("XK0001200", "350300", MARKET_BUREAU, "base_code_invalid_length"),
        ("ZZ00012000", "350300", MARKET_BUREAU, "base_code_unknown_category"),
        ("XK00012000", "3503", MARKET_BUREAU, "division_code_invalid_format"),
        ("XK00012000", None, MARKET_BUREAU, "division_code_invalid_format"),
        ("XK00012000", "110000", MARKET_BUREAU, "division_code_not_fujian"),
        (
            "XK00012000",
            "350300",
            with_wrong_check_digit(MARKET_BUREAU),
            "uscc_invalid_checksum",
        ),
        ("XK00012000", "350300", MARKET_BUREAU[:17], "uscc_invalid_length"),
        ("XK00012000", "350300", None, "uscc_invalid_length"),
    ],
)
def test_implementation_code_validates_each_part(base, division, credit, error):
    with pytest.raises(RuleInputError) as raised:
        implementation_code(base, division, credit)
    assert raised.value.code == error


def test_parse_implementation_code_round_trips():
    code = implementation_code("XK00012003", "350322", MARKET_BUREAU)
    parsed = parse_implementation_code(code)
    assert parsed == ImplementationCode(BaseCode("XK", 12, 3), "350322", MARKET_BUREAU)
    assert str(parsed) == code


@pytest.mark.parametrize(
    ("code", "error"),
    [
        ("XK00012000350300", "implementation_code_invalid_length"),
        (None, "implementation_code_invalid_length"),
        (
            "XK00012000" + "350300" + MARKET_BUREAU + "0",
            "implementation_code_invalid_length",
        ),
        ("XK00012000" + "110000" + MARKET_BUREAU, "division_code_not_fujian"),
        ("XK0001200A" + "350300" + MARKET_BUREAU, "base_code_invalid_format"),
    ],
)
def test_parse_implementation_code_refuses_bad_codes(code, error):
    with pytest.raises(RuleInputError) as raised:
        parse_implementation_code(code)
    assert raised.value.code == error
