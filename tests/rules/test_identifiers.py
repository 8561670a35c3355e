"""Credit codes (R2), resident ID numbers (R12) and phone numbers (R4)."""

from hypothesis import given
from hypothesis import strategies as st
from putian.policy.rules.common.errors import RuleInputError
from putian.policy.rules.common.identifiers import check_phone
from putian.policy.rules.common.identifiers import check_resident_id
from putian.policy.rules.common.identifiers import check_uscc
from putian.policy.rules.common.identifiers import normalize_phone
from putian.policy.rules.common.identifiers import normalize_resident_id
from putian.policy.rules.common.identifiers import normalize_uscc
from stdnum.cn import ric
from stdnum.cn import uscc

import pytest


def with_uscc_check_digit(first17: str) -> str:
    return first17 + uscc.calc_check_digit(first17)


def with_ric_check_digit(first17: str) -> str:
    # stdnum's ric.calc_check_digit expects the number with a check digit.
    return first17 + ric.calc_check_digit(first17 + "0")


def with_wrong_last_character(number: str) -> str:
    return number[:-1] + ("1" if number[-1] == "0" else "0")


# A company (9: 市场监管, 1: 企业) and a government organ (1, 1) in Putian.
COMPANY = with_uscc_check_digit("91350300MA2XXXXXX")
ORGAN = with_uscc_check_digit("11350300MB1234567")
# Born 1 January 1990 in 城厢区; and one whose check digit is X, in 仙游县.
RESIDENT = with_ric_check_digit("35030219900101123")
RESIDENT_X = "35032219851215104X"


def codes(findings) -> list[str]:
    return [finding.code for finding in findings]


@pytest.mark.parametrize(
    "value",
    [
        COMPANY,
        ORGAN,
        COMPANY.lower(),
        f" {COMPANY} ",
        f"{COMPANY[:8]}-{COMPANY[8:]}",
        f"{COMPANY[:8]} {COMPANY[8:]}",
    ],
)
def test_valid_credit_codes(value):
    assert check_uscc(value) == []
    assert normalize_uscc(value) == value.strip().upper().replace("-", "").replace(
        " ", ""
    )


@pytest.mark.parametrize(
    ("value", "error"),
    [
        (with_wrong_last_character(COMPANY), "uscc_invalid_checksum"),
        (with_wrong_last_character(ORGAN), "uscc_invalid_checksum"),
        (COMPANY[:17], "uscc_invalid_length"),
        (COMPANY + "1", "uscc_invalid_length"),
        ("9135030OMA2XXXXXX1", "uscc_invalid_format"),  # letter O in the region
        ("91350300MA2XXXXXI1", "uscc_invalid_format"),  # I is not used
        ("91350300MA2XXXXXZ1", "uscc_invalid_format"),  # nor Z, S, V, O
        ("91350300MA2XXXX中X1", "uscc_invalid_format"),
    ],
)
def test_invalid_credit_codes(value, error):
    (finding,) = check_uscc(value)
    assert finding.code == error
    assert (finding.rule, finding.severity, finding.field) == ("R2", "error", "uscc")
    assert value in finding.message_zh
    with pytest.raises(RuleInputError) as raised:
        normalize_uscc(value)
    assert raised.value.code == error


def test_known_bad_credit_code():
    assert COMPANY == "91350300MA2XXXXXXL"
    assert codes(check_uscc("91350300MA2XXXXXXA")) == ["uscc_invalid_checksum"]


def test_credit_code_length_message_counts():
    (finding,) = check_uscc("9135")
    assert "实际为4位" in finding.message_zh


@pytest.mark.parametrize("value", [None, "", "   "])
def test_missing_credit_code(value):
    (finding,) = check_uscc(value, field="department_uscc")
    assert finding.code == "uscc_missing"
    assert finding.field == "department_uscc"


def test_credit_code_must_be_text():
    with pytest.raises(RuleInputError):
        check_uscc(913503001234567890)


@pytest.mark.parametrize("value", [RESIDENT, RESIDENT_X, RESIDENT_X.lower()])
def test_valid_resident_ids(value):
    assert check_resident_id(value, "applicant_id") == []
    assert normalize_resident_id(value) == value.upper()


@pytest.mark.parametrize(
    ("value", "error"),
    [
        ("350302900101123", "resident_id_invalid_length"),  # first generation
        (RESIDENT + "1", "resident_id_invalid_length"),
        ("35030219900101123A", "resident_id_invalid_format"),
        ("3503021990010112X3", "resident_id_invalid_format"),
        (with_wrong_last_character(RESIDENT), "resident_id_invalid_checksum"),
        (with_ric_check_digit("35030219901301123"), "resident_id_invalid_birth_date"),
        (with_ric_check_digit("35030220000230123"), "resident_id_invalid_birth_date"),
        (with_ric_check_digit("99000019900101123"), "resident_id_invalid_region"),
        (with_ric_check_digit("35030220990101123"), "resident_id_birth_date_in_future"),
    ],
)
def test_invalid_resident_ids(value, error):
    (finding,) = check_resident_id(value, "applicant_id")
    assert finding.code == error
    assert (finding.rule, finding.severity, finding.field) == (
        "R12",
        "error",
        "applicant_id",
    )
    with pytest.raises(RuleInputError) as raised:
        normalize_resident_id(value)
    assert raised.value.code == error


def test_resident_id_is_masked_in_messages():
    (finding,) = check_resident_id(with_wrong_last_character(RESIDENT), "id")
    assert RESIDENT[:17] not in finding.message_zh
    assert RESIDENT[:17] not in finding.message_en
    assert "350302********" in finding.message_zh


@pytest.mark.parametrize("value", [None, " "])
def test_missing_resident_id(value):
    assert codes(check_resident_id(value, "id")) == ["resident_id_missing"]


def test_resident_id_must_be_text():
    with pytest.raises(RuleInputError):
        check_resident_id(350302199001011239, "id")


@pytest.mark.parametrize(
    ("value", "normalized"),
    [
        ("13812345678", "13812345678"),
        ("138 1234 5678", "13812345678"),
        ("138-1234-5678", "13812345678"),
        ("+86 138 1234 5678", "13812345678"),
        ("19912345678", "19912345678"),
        ("0594-2345678", "0594-2345678"),
        ("(0594)2345678", "0594-2345678"),
        ("（０５９４）２３４５６７８", "0594-2345678"),  # typed with a Chinese IME
        ("0594－2345678", "0594-2345678"),
        ("05942345678", "0594-2345678"),
        ("0594 2345678", "0594-2345678"),
        ("+86 594 2345678", "0594-2345678"),
        ("0591-87654321", "0591-87654321"),
        ("010-12345678", "010-12345678"),
        ("12345", "12345"),
        ("12315", "12315"),
        ("12369", "12369"),
        ("123-45", "12345"),
    ],
)
def test_accepted_phones(value, normalized):
    assert check_phone(value, "consultation_phone") == []
    assert normalize_phone(value) == normalized


@pytest.mark.parametrize(
    ("value", "error"),
    [
        ("123", "phone_invalid"),
        ("1234", "phone_invalid"),
        ("123456", "phone_invalid"),
        ("12", "phone_invalid"),
        ("1381234567", "phone_invalid"),  # 10 digits
        ("138123456789", "phone_invalid"),
        ("0594-23456789", "phone_invalid"),
        ("abc", "phone_invalid_characters"),
        ("1-800-FLOWERS", "phone_invalid_characters"),
        ("13812345678x", "phone_invalid_characters"),
        ("0594-2345678转801", "phone_invalid_characters"),
        ("0594-2345678 ext 12", "phone_invalid_characters"),
        ("+1 650 253 0000", "phone_not_chinese"),
        ("+852 9123 4567", "phone_not_chinese"),
        ("2345678", "phone_area_code_missing"),
        ("23456789", "phone_area_code_missing"),
        ("4008208820", "phone_type_not_accepted"),
        ("800-820-8820", "phone_type_not_accepted"),
    ],
)
def test_refused_phones(value, error):
    (finding,) = check_phone(value, "supervision_phone")
    assert finding.code == error
    assert (finding.rule, finding.severity, finding.field) == (
        "R4",
        "error",
        "supervision_phone",
    )
    assert value in finding.message_zh
    with pytest.raises(RuleInputError) as raised:
        normalize_phone(value)
    assert raised.value.code == error


@pytest.mark.parametrize("value", [None, "", "  "])
def test_missing_phone(value):
    assert codes(check_phone(value, "consultation_phone")) == ["phone_missing"]


def test_phone_must_be_text():
    with pytest.raises(RuleInputError):
        check_phone(13812345678, "consultation_phone")


@given(st.text(max_size=30))
def test_checks_return_findings_for_any_text(value):
    # Form input can be anything; only a wrong type may raise.
    for findings in (
        check_phone(value, "phone"),
        check_uscc(value),
        check_resident_id(value, "id"),
    ):
        assert all(finding.severity == "error" for finding in findings)


@given(st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True))
def test_normalized_phones_are_stable(value):
    findings = check_phone(value, "phone")
    if not findings:
        assert normalize_phone(normalize_phone(value)) == normalize_phone(value)


def test_a_resident_id_born_today_is_valid_born_tomorrow_is_not(monkeypatch):
    from datetime import date
    from putian.policy.rules.common import identifiers

    monkeypatch.setattr(identifiers, "today", lambda: date(2026, 12, 2))
    assert check_resident_id(with_ric_check_digit("35030220261202123"), "id") == []
    (finding,) = check_resident_id(with_ric_check_digit("35030220261203123"), "id")
    assert finding.code == "resident_id_birth_date_in_future"
    assert finding.message_zh.endswith("中的出生日期晚于今天")
    assert "after today" in finding.message_en


def test_a_credit_code_begins_with_a_registration_authority():
    """GB 32100-2015: the first character names who registered it; 0 (a
    code of zeros passes the check digit) names no one."""
    code = with_uscc_check_digit("01350300MA2Y0E4X4")
    (finding,) = check_uscc(code)
    assert finding.code == "uscc_invalid_authority"
    assert "登记管理部门" in finding.message_zh
    assert check_uscc(with_uscc_check_digit("91350300MA2Y0E4X4")) == []
