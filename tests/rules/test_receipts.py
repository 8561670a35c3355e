"""R12: receipt numbers, acceptance receipts and query codes."""

from datetime import date
from datetime import datetime
from hypothesis import given
from hypothesis import strategies as st
from putian.policy.rules.cases.receipts import check_acceptance_receipt
from putian.policy.rules.cases.receipts import format_receipt
from putian.policy.rules.cases.receipts import needs_acceptance_receipt
from putian.policy.rules.cases.receipts import new_query_code
from putian.policy.rules.cases.receipts import normalize_query_code
from putian.policy.rules.cases.receipts import parse_receipt
from putian.policy.rules.cases.receipts import QUERY_CODE_ALPHABET
from putian.policy.rules.cases.receipts import query_code_digest
from putian.policy.rules.cases.receipts import query_code_matches
from putian.policy.rules.cases.receipts import Receipt
from putian.policy.rules.common.errors import RuleInputError
from tests.rules.samples import acceptance_receipt

import hashlib
import hmac
import pytest
import re
import unicodedata


SECRET = "putian-query-code-secret-for-tests"


def codes(findings) -> list[str]:
    return [finding.code for finding in findings]


# -- receipt numbers --------------------------------------------------------


def test_format_a_receipt_number():
    assert format_receipt("SCJGJ", date(2025, 1, 24), 7) == "SCJGJ-20250124-0007"
    assert format_receipt("QX12", date(2025, 10, 9), 1234) == "QX12-20251009-1234"


def test_sequences_past_9999_grow():
    number = format_receipt("SCJGJ", date(2025, 1, 24), 10000)
    assert number == "SCJGJ-20250124-10000"
    assert parse_receipt(number).sequence == 10000


def test_receipt_numbers_sort_in_issue_order_within_a_day():
    numbers = [format_receipt("SCJGJ", date(2025, 1, 24), n) for n in range(1, 200)]
    assert sorted(numbers) == numbers


def test_parse_a_receipt_number():
    receipt = parse_receipt("SCJGJ-20250124-0007")
    assert receipt == Receipt("SCJGJ", date(2025, 1, 24), 7)
    assert str(receipt) == "SCJGJ-20250124-0007"


def test_parse_what_a_person_types():
    # Lower case, surrounding spaces and full-width characters from a
    # Chinese input method.
    expected = Receipt("SCJGJ", date(2025, 1, 24), 7)
    assert parse_receipt("  scjgj-20250124-0007 ") == expected
    assert parse_receipt("ＳＣＪＧＪ－２０２５０１２４－０００７") == expected


@pytest.mark.parametrize(
    ("code", "day", "sequence", "error"),
    [
        ("S", date(2025, 1, 24), 1, "invalid_department_code"),
        ("ABCDEFGHIJKLM", date(2025, 1, 24), 1, "invalid_department_code"),
        ("scjgj", date(2025, 1, 24), 1, "invalid_department_code"),
        ("SC-JG", date(2025, 1, 24), 1, "invalid_department_code"),
        ("市场局", date(2025, 1, 24), 1, "invalid_department_code"),
        (None, date(2025, 1, 24), 1, "invalid_department_code"),
        ("SCJGJ", "2025-01-24", 1, "invalid_date"),
        ("SCJGJ", datetime(2025, 1, 24, 9, 30), 1, "invalid_date"),
        ("SCJGJ", date(2025, 1, 24), 0, "invalid_receipt_sequence"),
        ("SCJGJ", date(2025, 1, 24), -1, "invalid_receipt_sequence"),
        ("SCJGJ", date(2025, 1, 24), True, "invalid_receipt_sequence"),
        ("SCJGJ", date(2025, 1, 24), "7", "invalid_receipt_sequence"),
    ],
)
def test_format_refuses_bad_parts(code, day, sequence, error):
    with pytest.raises(RuleInputError) as raised:
        format_receipt(code, day, sequence)
    assert raised.value.code == error
    assert raised.value.message_zh


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", "格式不正确"),
        ("SCJGJ20250124-0007", "格式不正确"),
        ("SCJGJ-2025124-0007", "格式不正确"),
        ("SCJGJ-20250124-007", "格式不正确"),
        ("SCJGJ-20250124-00007", "格式不正确"),  # padded past four digits
        ("S-20250124-0007", "格式不正确"),
        ("SCJGJ-20250124-0007-1", "格式不正确"),
        ("SCJGJ-20250230-0007", "中的日期“20250230”不存在"),
        ("SCJGJ-00000101-0007", "中的日期“00000101”不存在"),
        ("SCJGJ-20250124-0000", "的流水号不能为0000"),
    ],
)
def test_parse_refuses_bad_numbers_in_chinese(text, problem):
    with pytest.raises(RuleInputError) as raised:
        parse_receipt(text)
    assert raised.value.code == "invalid_receipt_number"
    assert raised.value.message_zh.startswith(f"受理单编号“{text}”")
    assert problem in raised.value.message_zh


def test_parse_refuses_non_text():
    with pytest.raises(RuleInputError) as raised:
        parse_receipt(20250124)
    assert raised.value.code == "invalid_receipt_number"


department_codes = st.from_regex(r"[A-Z0-9]{2,12}", fullmatch=True)
days = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))
sequences = st.integers(min_value=1, max_value=10**6)


@given(department_codes, days, sequences)
def test_format_and_parse_round_trip(code, day, sequence):
    number = format_receipt(code, day, sequence)
    assert parse_receipt(number) == Receipt(code, day, sequence)
    assert str(parse_receipt(number)) == number
    assert parse_receipt(number.lower()) == Receipt(code, day, sequence)


@given(st.text(max_size=30))
def test_parse_raises_only_rule_input_errors(text):
    try:
        receipt = parse_receipt(text)
    except RuleInputError:
        return
    assert str(receipt) == unicodedata.normalize("NFKC", text).strip().upper()
    assert parse_receipt(str(receipt)) == receipt


# -- acceptance receipt (受理单) ---------------------------------------------


def test_a_complete_acceptance_receipt():
    assert check_acceptance_receipt(acceptance_receipt()) == []


@pytest.mark.parametrize(
    ("key", "code", "message"),
    [
        ("time_limit", "receipt_time_limit_missing", "受理单未写明办理时限"),
        (
            "progress_query",
            "receipt_progress_query_missing",
            "受理单未写明办理进度查询方式",
        ),
        (
            "result_delivery",
            "receipt_result_delivery_missing",
            "受理单未写明结果送达方式",
        ),
        (
            "fees",
            "receipt_fees_missing",
            "受理单未写明收费情况（不收费的写明“不收费”）",
        ),
        ("number", "receipt_number_missing", "受理单缺少编号"),
    ],
)
def test_acceptance_receipt_elements(key, code, message):
    (finding,) = check_acceptance_receipt(acceptance_receipt(**{key: " "}))
    assert (finding.rule, finding.code, finding.field) == ("R12", code, key)
    assert finding.message_zh == message


def test_acceptance_receipt_with_a_malformed_number():
    (finding,) = check_acceptance_receipt(acceptance_receipt(number="2025-7"))
    assert (finding.code, finding.field) == ("invalid_receipt_number", "number")


def test_acceptance_receipt_missing_everything():
    assert len(check_acceptance_receipt({})) == 5
    with pytest.raises(RuleInputError):
        check_acceptance_receipt(["SCJGJ-20250124-0007"])


def test_instant_items_get_no_receipt():
    # R10: from acceptance straight to the decision.
    assert needs_acceptance_receipt(0) is False
    assert needs_acceptance_receipt(10) is True
    assert needs_acceptance_receipt(None) is True


# -- query codes -------------------------------------------------------------


def test_query_code_alphabet_has_nothing_to_misread():
    assert len(QUERY_CODE_ALPHABET) == len(set(QUERY_CODE_ALPHABET)) == 31
    for confusable in "0O1IL":
        assert confusable not in QUERY_CODE_ALPHABET
    assert set(QUERY_CODE_ALPHABET) <= set("23456789ABCDEFGHJKMNPQRSTUVWXYZ")


def test_new_query_codes():
    generated = {new_query_code() for _ in range(2000)}
    # 31^8 possibilities: two thousand codes do not collide.
    assert len(generated) == 2000
    for code in generated:
        assert re.fullmatch(f"[{QUERY_CODE_ALPHABET}]{{8}}", code)
    # Every character of the alphabet turns up (16000 draws of 31).
    assert set("".join(generated)) == set(QUERY_CODE_ALPHABET)


def test_digest_is_hmac_sha256_of_the_normalized_code():
    digest = query_code_digest("AB23CD45", SECRET)
    expected = hmac.new(SECRET.encode(), b"AB23CD45", hashlib.sha256).hexdigest()
    assert digest == expected
    assert re.fullmatch(r"[0-9a-f]{64}", digest)
    # The code itself is nowhere in what is stored.
    assert "AB23CD45" not in digest
    assert query_code_digest("ab23 cd45", SECRET) == digest
    assert query_code_digest("AB23-CD45", SECRET.encode()) == digest
    assert query_code_digest("AB23CD45", SECRET + "2") != digest


def test_matching_normalizes_case_and_spaces():
    code = new_query_code()
    digest = query_code_digest(code, SECRET)
    assert query_code_matches(code, digest, SECRET)
    assert query_code_matches(code.lower(), digest, SECRET)
    assert query_code_matches(f" {code[:4]} {code[4:]} ", digest, SECRET)
    assert query_code_matches(f"{code[:4]}-{code[4:]}", digest, SECRET)
    # Full-width, as typed with a Chinese input method.
    full_width = "".join(chr(ord(char) + 0xFEE0) for char in code)
    assert query_code_matches(full_width, digest, SECRET)


def test_wrong_codes_do_not_match():
    digest = query_code_digest("AB23CD45", SECRET)
    assert not query_code_matches("AB23CD46", digest, SECRET)
    assert not query_code_matches("AB23CD4", digest, SECRET)
    assert not query_code_matches("", digest, SECRET)
    assert not query_code_matches(None, digest, SECRET)
    # O for 0 is not silently accepted: neither is in the alphabet.
    assert not query_code_matches("AB23CD4O", digest, SECRET)
    assert not query_code_matches("AB23CD45", digest, "another-secret-of-length")


def test_matching_is_constant_time(monkeypatch):
    calls = []
    real = hmac.compare_digest

    def spy(left, right):
        calls.append((left, right))
        return real(left, right)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    digest = query_code_digest("AB23CD45", SECRET)
    assert query_code_matches("AB23CD45", digest, SECRET)
    # Even a code that cannot be one is compared, so timing tells nothing.
    assert not query_code_matches("??", digest, SECRET)
    assert len(calls) == 2
    assert all(right == digest for _, right in calls)


@pytest.mark.parametrize("code", ["", "AB23CD4", "AB23CD450", "AB23CD4O", "AB23CDI5"])
def test_digest_of_something_that_is_not_a_code_is_bad_input(code):
    with pytest.raises(RuleInputError) as raised:
        query_code_digest(code, SECRET)
    assert raised.value.code == "invalid_query_code"
    assert "不含0、O、1、I、L" in raised.value.message_zh
    assert normalize_query_code(code) is None


@pytest.mark.parametrize("secret", ["", "short", b"", None, 12345])
def test_weak_or_missing_secret_is_bad_input(secret):
    with pytest.raises(RuleInputError) as raised:
        query_code_digest("AB23CD45", secret)
    assert raised.value.code == "invalid_query_code_secret"


@pytest.mark.parametrize("digest", ["", "abc", "G" * 64, "A" * 64, None])
def test_malformed_stored_digest_is_bad_input(digest):
    with pytest.raises(RuleInputError) as raised:
        query_code_matches("AB23CD45", digest, SECRET)
    assert raised.value.code == "invalid_query_code_digest"
