"""R13: certificate numbers and the public verification answer."""

from datetime import date
from putian.policy.rules.cases.certificates import certificate_number
from putian.policy.rules.cases.certificates import check_revocable
from putian.policy.rules.cases.certificates import check_revocation
from putian.policy.rules.cases.certificates import normalize_certificate_number
from putian.policy.rules.cases.certificates import verification_query_findings
from putian.policy.rules.cases.certificates import verify_certificate
from putian.policy.rules.common.errors import RuleInputError

import pytest


TODAY = date(2026, 11, 27)
STORED = {"holder": "莆田某食品有限公司", "status": "valid", "valid_until": None}


def test_numbers_are_department_year_sequence():
    assert certificate_number("SCJGJ", 2026, 17) == "SCJGJ-2026-000017"


@pytest.mark.parametrize(
    ("code", "year", "sequence"), [("s", 2026, 1), ("SCJGJ", 2026, 0), ("SCJGJ", 26, 1)]
)
def test_bad_parts_are_refused(code, year, sequence):
    with pytest.raises(RuleInputError):
        certificate_number(code, year, sequence)


@pytest.mark.parametrize(
    "typed",
    ["SCJGJ-2026-000017", " scjgj-2026-000017 ", "ＳＣＪＧＪ－２０２６－０００017"],
)
def test_numbers_as_people_type_them(typed):
    assert normalize_certificate_number(typed) == "SCJGJ-2026-000017"


@pytest.mark.parametrize("typed", ["", "SCJGJ-2026-17", None, 12])
def test_not_a_number(typed):
    assert normalize_certificate_number(typed) is None


def test_a_valid_certificate_with_its_holder():
    assert verify_certificate(STORED, "莆田某食品有限公司", TODAY) == "valid"
    assert verify_certificate(STORED, " 莆田某食品 有限公司 ", TODAY) == "valid"


def test_a_wrong_holder_looks_like_an_unknown_number():
    assert verify_certificate(STORED, "别的公司", TODAY) == "unknown"
    assert verify_certificate(STORED, "", TODAY) == "unknown"
    assert verify_certificate(None, "莆田某食品有限公司", TODAY) == "unknown"


def test_revoked_and_expired():
    revoked = dict(STORED, status="revoked")
    assert verify_certificate(revoked, "莆田某食品有限公司", TODAY) == "revoked"
    expired = dict(STORED, valid_until=date(2026, 11, 26))
    assert verify_certificate(expired, "莆田某食品有限公司", TODAY) == "expired"
    last_day = dict(STORED, valid_until=TODAY)
    assert verify_certificate(last_day, "莆田某食品有限公司", TODAY) == "valid"


def codes(findings) -> list[tuple[str, str]]:
    return [(finding.field, finding.code) for finding in findings]


@pytest.mark.parametrize(
    "number",
    ["SCJGJ-2026-000017", " scjgj-2026-000017 ", "ＳＣＪＧＪ－２０２６－００００１７"],
)
def test_a_well_formed_query_has_nothing_wrong(number):
    assert verification_query_findings(number, "莆田某食品有限公司") == []
    # An unknown holder, or none, is not the asker's mistake: it answers
    # "unknown" like an unknown number.
    assert verification_query_findings(number, None) == []


@pytest.mark.parametrize(
    ("number", "code"),
    [
        (None, "certificate_number_missing"),
        ("", "certificate_number_missing"),
        ("   ", "certificate_number_missing"),
        (42, "certificate_number_missing"),
        (["SCJGJ-2026-000017"], "certificate_number_missing"),
        ("SCJGJ-2026-17", "certificate_number_invalid"),
        ("SCJGJ-26-000017", "certificate_number_invalid"),
        ("SCJGJ_2026_000017", "certificate_number_invalid"),
        ("S-2026-000017", "certificate_number_invalid"),
        ("\x00", "certificate_number_invalid"),
        ("' OR '1'='1", "certificate_number_invalid"),
        ("SCJGJ-2026-000017" * 1000, "certificate_number_invalid"),
    ],
)
def test_a_number_that_cannot_be_one_is_said_so(number, code):
    assert codes(verification_query_findings(number, "林小梅")) == [("number", code)]


@pytest.mark.parametrize(
    ("holder", "code"),
    [
        ("林小\x00梅", "holder_invalid_characters"),
        ("林\u202e梅", "holder_invalid_characters"),
        ("林" * 201, "holder_too_long"),
        (42, "holder_not_text"),
    ],
)
def test_a_holder_that_is_not_a_name_is_said_so(holder, code):
    findings = verification_query_findings("SCJGJ-2026-000017", holder)
    assert codes(findings) == [("holder", code)]
    assert findings[0].message_zh
    assert findings[0].message_en


# -- revocation ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("may_revoke", "status", "reason", "expected"),
    [
        (True, "valid", "以欺骗手段取得许可", []),
        (False, "valid", "以欺骗手段取得许可", [("R23", "revocation_not_authorized")]),
        # Someone who may not revoke is not told the certificate's status.
        (False, "revoked", "", [("R23", "revocation_not_authorized")]),
        (True, "revoked", "", [("R13", "certificate_already_revoked")]),
        (True, "valid", "", [("R13", "revocation_reason_missing")]),
        (True, "valid", " \n\t", [("R13", "revocation_reason_missing")]),
        (True, "valid", None, [("R13", "revocation_reason_missing")]),
        (True, "valid", 42, [("R13", "revocation_reason_missing")]),
    ],
)
def test_revocation_needs_a_decider_a_valid_certificate_and_a_reason(
    may_revoke, status, reason, expected
):
    findings = check_revocation(may_revoke, status, reason)
    assert [(f.rule, f.code) for f in findings] == expected
    assert all(f.field == "reason" and f.message_zh for f in findings)


@pytest.mark.parametrize(
    ("may_revoke", "status", "expected"),
    [
        (True, "valid", []),
        (False, "valid", [("R23", "revocation_not_authorized")]),
        (False, "revoked", [("R23", "revocation_not_authorized")]),
        (True, "revoked", [("R13", "certificate_already_revoked")]),
    ],
)
def test_revocable_asks_who_and_the_status_before_any_reason(
    may_revoke, status, expected
):
    findings = check_revocable(may_revoke, status)
    assert [(f.rule, f.code) for f in findings] == expected
    # The same obstacles as check_revocation finds with a reason given.
    reasoned = check_revocation(may_revoke, status, "以欺骗手段取得许可")
    assert [(f.rule, f.code) for f in reasoned] == expected
