"""Certificates (证照) of approvals and their public verification (R13)."""

from collections.abc import Mapping
from datetime import date
from putian.policy.rules.catalogue.terms import Term
from putian.policy.rules.common.errors import RuleInputError
from putian.policy.rules.common.findings import ERROR
from putian.policy.rules.common.findings import Finding
from putian.policy.rules.common.inputs import applicant_text
from putian.policy.rules.common.inputs import text

import re
import unicodedata


# 证照状态.
CERTIFICATE_STATUSES = (
    Term("valid", "有效", "Valid"),
    Term("revoked", "已撤销", "Revoked"),
)

# What the verification page answers.
VERIFICATION_RESULTS = (
    Term("valid", "证照有效", "The certificate is valid"),
    Term("expired", "证照已过有效期", "The certificate has expired"),
    Term("revoked", "证照已被撤销", "The certificate has been revoked"),
    Term("unknown", "未查询到该证照", "No such certificate"),
)

_NUMBER = re.compile(r"[A-Z0-9]{2,12}-[0-9]{4}-[0-9]{6}")
_SPACES = re.compile(r"\s+")


def certificate_number(department_code: str, year: int, sequence: int) -> str:
    """e.g. SCJGJ-2026-000017: issuing department, year, yearly sequence."""
    number = f"{department_code}-{year:04d}-{sequence:06d}"
    if not _NUMBER.fullmatch(number) or sequence < 1 or year < 1900:
        raise RuleInputError(
            "invalid_certificate_number",
            f"无法生成证照编号：部门代码“{department_code}”、年份{year}、流水号{sequence}",
            f"Cannot make a certificate number from {department_code!r}, "
            f"{year}, {sequence}",
        )
    return number


def normalize_certificate_number(value: object) -> str | None:
    """The number as typed (full-width, lower case, spaces) in canonical form."""
    if not isinstance(value, str):
        return None
    number = _SPACES.sub("", unicodedata.normalize("NFKC", value)).upper()
    return number if _NUMBER.fullmatch(number) else None


# A holder's name: a person's or a company's, as on the certificate.
MAX_HOLDER_LENGTH = 200


def verification_query_findings(number: object, holder: object) -> list[Finding]:
    """R13: what is wrong with a verification query before any lookup.

    A number that cannot be a certificate number (or none) and a holder
    that is not a name are the asker's mistakes, said as such; a
    well-formed number of no certificate, or of another holder, is not a
    mistake and answers "unknown" (``verify_certificate``).
    """
    findings = []
    if not isinstance(number, str) or not number.strip():
        findings.append(
            Finding(
                "R13",
                ERROR,
                "certificate_number_missing",
                "请填写证照编号",
                "Enter the certificate number",
                "number",
            )
        )
    elif normalize_certificate_number(number) is None:
        findings.append(
            Finding(
                "R13",
                ERROR,
                "certificate_number_invalid",
                "证照编号格式不正确，应如“SCJGJ-2026-000017”（部门代码-年份-六位流水号）",
                "The certificate number is not well formed; it looks like "
                "SCJGJ-2026-000017 (department code, year, six-digit sequence)",
                "number",
            )
        )
    _name, holder_findings = applicant_text(
        holder,
        "holder",
        ("持证人名称", "holder's name"),
        "R13",
        MAX_HOLDER_LENGTH,
    )
    return findings + holder_findings


def _holder(value: object) -> str:
    return _SPACES.sub("", unicodedata.normalize("NFKC", value or "")).casefold()


def verify_certificate(
    certificate: Mapping | None, holder: str | None, today: date
) -> str:
    """valid, expired, revoked or unknown.

    ``certificate`` is the stored one for the number asked about (None when
    there is none) with "holder", "status" and "valid_until".  A holder
    name that does not match answers "unknown", exactly as an unknown
    number does: the page must not confirm a number to someone who does
    not know its holder.
    """
    name = text(holder, "持证人名称", "holder")
    if certificate is None or name is None:
        return "unknown"
    if _holder(certificate.get("holder")) != _holder(name):
        return "unknown"
    if certificate.get("status") == "revoked":
        return "revoked"
    valid_until = certificate.get("valid_until")
    if valid_until is not None and valid_until < today:
        return "expired"
    return "valid"


def check_revocation(
    may_revoke: bool, status: str | None, reason: str | None
) -> list[Finding]:
    """Whether a certificate may be revoked now (R13, by whom R23).

    ``may_revoke``: the signed-in person decides for the issuing
    department; ``status``: the certificate's; ``reason``: the written
    reason given (anything but a text with some letters is none).  The
    first obstacle alone is reported.
    """
    obstacles = check_revocable(may_revoke, status)
    if obstacles:
        return obstacles
    if not isinstance(reason, str) or not reason.strip():
        return [
            Finding(
                "R13",
                ERROR,
                "revocation_reason_missing",
                "撤销证照须书面说明理由",
                "Revoking a certificate needs a written reason",
                "reason",
            )
        ]
    return []


def check_revocable(may_revoke: bool, status: str | None) -> list[Finding]:
    """What stops revoking a certificate before any reason is asked for:
    who asks (R23), then whether it is revoked already (R13).  Someone who
    may not revoke is not told the certificate's status."""
    if not may_revoke:
        return [
            Finding(
                "R23",
                ERROR,
                "revocation_not_authorized",
                "只有发证部门的决定人员可以撤销证照",
                "Only a decider of the issuing department may revoke a certificate",
                "reason",
            )
        ]
    if status == "revoked":
        return [
            Finding(
                "R13",
                ERROR,
                "certificate_already_revoked",
                "该证照已被撤销",
                "The certificate is already revoked",
                "reason",
            )
        ]
    return []
