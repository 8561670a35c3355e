"""R12: the acceptance receipt (受理单), its number and the query code.

The receipt number is printed and read aloud at the window, so it is
readable and sequential per department and day: SCJGJ-20250124-0007.
The query code (查询码) lets the applicant follow the case online; it is a
secret, so only an HMAC of it is stored.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from datetime import datetime
from putian.policy.rules.catalogue.limits import is_instant_item
from putian.policy.rules.common.errors import RuleInputError
from putian.policy.rules.common.findings import ERROR
from putian.policy.rules.common.findings import Finding
from putian.policy.rules.common.inputs import mapping
from putian.policy.rules.common.inputs import positive_count
from putian.policy.rules.common.inputs import text

import hashlib
import hmac
import re
import secrets
import unicodedata


RECEIPT_RULE = "R12"

_DEPARTMENT_CODE = re.compile(r"[A-Z0-9]{2,12}")
# A sequence is at least four digits, zero-padded; past 9999 it simply
# grows, with no leading zero, so format and parse stay inverse.
_RECEIPT = re.compile(
    r"(?P<department>[A-Z0-9]{2,12})"
    r"-(?P<day>[0-9]{8})"
    r"-(?P<sequence>[0-9]{4}|[1-9][0-9]{4,})"
)

# No 0/O, 1/I/L: nothing a person can misread on paper or over the phone.
QUERY_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
QUERY_CODE_LENGTH = 8
_QUERY_CODE = re.compile(f"[{QUERY_CODE_ALPHABET}]{{{QUERY_CODE_LENGTH}}}")
_DIGEST = re.compile(r"[0-9a-f]{64}")
# Spaces and dashes people add when copying a code: "ABCD-EFGH", "abcd efgh".
_CODE_SEPARATORS = re.compile(r"[\s\-]+")

# What the acceptance receipt must tell the applicant (R12): key, zh, en.
RECEIPT_ELEMENTS = (
    ("time_limit", "办理时限", "time limit"),
    ("progress_query", "办理进度查询方式", "how to query the progress"),
    ("result_delivery", "结果送达方式", "how the result is delivered"),
    ("fees", "收费情况（不收费的写明“不收费”）", "fees (or that there are none)"),
)


@dataclass(frozen=True)
class Receipt:
    """A parsed receipt number; ``str()`` gives it back."""

    department_code: str
    day: date
    sequence: int

    def __str__(self) -> str:
        return format_receipt(self.department_code, self.day, self.sequence)


def _bad_receipt(value: object, zh: str, en: str) -> RuleInputError:
    return RuleInputError(
        "invalid_receipt_number",
        f"受理单编号“{value}”{zh}",
        f"The receipt number {value!r} {en}",
    )


def check_case_code(value: str | None, field: str = "case_code") -> list[Finding]:
    """A department's own code in case numbers: 2 to 12 capitals or digits."""
    if value is None or not value.strip():
        return []
    if _DEPARTMENT_CODE.fullmatch(value.strip()):
        return []
    return [
        Finding(
            RECEIPT_RULE,
            ERROR,
            "invalid_case_code",
            f"办件编号代码“{value}”应为2至12位大写字母或数字，如SCJGJ",
            f"The case code {value!r} must be 2 to 12 capital letters or digits, "
            "e.g. SCJGJ",
            field,
        )
    ]


def format_receipt(department_code: str, day: date, sequence: int) -> str:
    """The receipt number: department code, YYYYMMDD, 4-digit sequence."""
    if not isinstance(department_code, str) or not _DEPARTMENT_CODE.fullmatch(
        department_code
    ):
        raise RuleInputError(
            "invalid_department_code",
            f"部门代码“{department_code}”应为2至12位大写字母或数字",
            f"The department code {department_code!r} must be 2 to 12 capital "
            "letters or digits",
        )
    if not isinstance(day, date) or isinstance(day, datetime):
        raise RuleInputError(
            "invalid_date",
            f"受理日期必须是日期：{day!r}",
            f"The day of acceptance must be a date: {day!r}",
        )
    positive_count(
        sequence, "invalid_receipt_sequence", "受理单流水号", "receipt sequence"
    )
    # Not strftime: "%Y" does not pad years before 1000 on every platform.
    return (
        f"{department_code}-{day.year:04d}{day.month:02d}{day.day:02d}-{sequence:04d}"
    )


def parse_receipt(value: str) -> Receipt:
    """The parts of a receipt number, as typed by a person.

    Full-width characters, lower case and surrounding spaces are accepted.
    """
    if not isinstance(value, str):
        raise RuleInputError(
            "invalid_receipt_number",
            f"受理单编号必须是文本：{value!r}",
            f"The receipt number must be text: {value!r}",
        )
    number = unicodedata.normalize("NFKC", value).strip().upper()
    match = _RECEIPT.fullmatch(number)
    if match is None:
        raise _bad_receipt(
            value,
            "格式不正确，应为“部门代码-年月日-流水号”，如SCJGJ-20250124-0007",
            "is malformed; expected DEPARTMENT-YYYYMMDD-SEQUENCE, "
            "e.g. SCJGJ-20250124-0007",
        )
    raw_day = match["day"]
    try:
        day = date(int(raw_day[:4]), int(raw_day[4:6]), int(raw_day[6:]))
    except ValueError:
        raise _bad_receipt(
            value, f"中的日期“{raw_day}”不存在", f"has an impossible date {raw_day}"
        ) from None
    sequence = int(match["sequence"])
    if sequence == 0:
        raise _bad_receipt(
            value, "的流水号不能为0000", "has the sequence 0000, which is never issued"
        )
    return Receipt(match["department"], day, sequence)


def needs_acceptance_receipt(committed_limit_days: int | None) -> bool:
    """R10: an instant item goes from acceptance to decision, no receipt."""
    return not is_instant_item(committed_limit_days)


def check_acceptance_receipt(receipt: Mapping) -> list[Finding]:
    """R12: the receipt has a valid number and tells the applicant the time
    limit, how to query the progress, how the result is delivered and the
    fees.  Fields: "number" and the keys of RECEIPT_ELEMENTS."""
    receipt = mapping(receipt, "受理单", "acceptance receipt")
    findings = []
    number = text(receipt.get("number"), "受理单编号", "receipt number")
    if number is None:
        findings.append(
            Finding(
                RECEIPT_RULE,
                ERROR,
                "receipt_number_missing",
                "受理单缺少编号",
                "The acceptance receipt has no number",
                "number",
            )
        )
    else:
        try:
            parse_receipt(number)
        except RuleInputError as error:
            findings.append(
                Finding(
                    RECEIPT_RULE,
                    ERROR,
                    error.code,
                    error.message_zh,
                    error.message_en,
                    "number",
                )
            )
    for key, what_zh, what_en in RECEIPT_ELEMENTS:
        if text(receipt.get(key), what_zh, what_en) is None:
            findings.append(
                Finding(
                    RECEIPT_RULE,
                    ERROR,
                    f"receipt_{key}_missing",
                    f"受理单未写明{what_zh}",
                    f"The acceptance receipt does not state the {what_en}",
                    key,
                )
            )
    return findings


# -- query codes ----------------------------------------------------------


def new_query_code() -> str:
    """A fresh random query code: 8 characters of QUERY_CODE_ALPHABET."""
    return "".join(
        secrets.choice(QUERY_CODE_ALPHABET) for _ in range(QUERY_CODE_LENGTH)
    )


def normalize_query_code(code: str) -> str | None:
    """The code in canonical form, or None when it cannot be a query code."""
    if not isinstance(code, str):
        return None
    compact = _CODE_SEPARATORS.sub("", unicodedata.normalize("NFKC", code)).upper()
    return compact if _QUERY_CODE.fullmatch(compact) else None


def _secret_bytes(secret: str | bytes) -> bytes:
    if isinstance(secret, str):
        secret = secret.encode("utf-8")
    if not isinstance(secret, bytes) or len(secret) < 16:
        raise RuleInputError(
            "invalid_query_code_secret",
            "查询码密钥必须是至少16字节的文本或字节串",
            "The query code secret must be text or bytes of at least 16 bytes",
        )
    return secret


def _digest(code: str, secret: bytes) -> str:
    return hmac.new(secret, code.encode("ascii"), hashlib.sha256).hexdigest()


def query_code_digest(code: str, secret: str | bytes) -> str:
    """HMAC-SHA256 (hex) of the normalized code: the only thing stored."""
    key = _secret_bytes(secret)
    normalized = normalize_query_code(code)
    if normalized is None:
        raise RuleInputError(
            "invalid_query_code",
            f"查询码应为{QUERY_CODE_LENGTH}位字母或数字（不含0、O、1、I、L）",
            f"A query code has {QUERY_CODE_LENGTH} letters or digits "
            "(without 0, O, 1, I, L)",
        )
    return _digest(normalized, key)


def query_code_matches(code: str, digest: str, secret: str | bytes) -> bool:
    """Does the code a person typed match the stored digest?

    Compared in constant time.  A code that cannot be a query code is
    simply no match; a malformed stored digest is bad input.
    """
    key = _secret_bytes(secret)
    if not isinstance(digest, str) or not _DIGEST.fullmatch(digest):
        raise RuleInputError(
            "invalid_query_code_digest",
            "存储的查询码摘要无效",
            "The stored query code digest is not a SHA-256 hex digest",
        )
    normalized = normalize_query_code(code)
    # Hash even a malformed code, so that timing says nothing either way.
    candidate = _digest(normalized or "", key)
    return hmac.compare_digest(candidate, digest) and normalized is not None
