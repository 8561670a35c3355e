"""Issuing a certificate on approval and verifying one publicly (R13)."""

from plone import api
from plone.dexterity.utils import createContentInContainer
from putian.policy.applications.numbering import new_certificate_number
from putian.policy.audit.recording import record
from putian.policy.audit.recording import record_refusal
from putian.policy.content.department import department_of
from putian.policy.rules.calendar.clock import today
from putian.policy.rules.cases.certificates import check_revocable
from putian.policy.rules.cases.certificates import check_revocation
from putian.policy.rules.cases.certificates import normalize_certificate_number
from putian.policy.rules.cases.certificates import verify_certificate


def certificate_of(case):
    for child in case.objectValues():
        if child.portal_type == "Certificate":
            return child
    return None


def issue_certificate(case, day):
    """The certificate of an approved case: its number, holder and issuer."""
    existing = certificate_of(case)
    if existing is not None:
        return existing
    number = new_certificate_number(case, day)
    department = department_of(case)
    certificate = createContentInContainer(
        case,
        "Certificate",
        checkConstraints=False,
        id="certificate",
        number=number,
        holder=case.applicant_name,
        item_title=case.result_name or case.item_title,
        department_title=department.Title(),
        issued_on=day,
        valid_until=None,
        status="valid",
    )
    certificate.title = f"{certificate.item_title} {number}"
    certificate.reindexObject()
    return certificate


def find_certificate(number):
    """The certificate with this number, whoever asks (None if none)."""
    number = normalize_certificate_number(number)
    if number is None:
        return None
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(
        portal_type="Certificate", certificate_number=number
    ):
        return brain._unrestrictedGetObject()
    return None


def verification(number, holder) -> dict:
    """What the public verification page answers: the result, and for a
    known certificate of that holder the item and issuing department."""
    certificate = find_certificate(number)
    stored = None
    if certificate is not None:
        stored = {
            "holder": certificate.holder,
            "status": certificate.status,
            "valid_until": certificate.valid_until,
        }
    result = verify_certificate(stored, holder, today())
    answer = {"result": result}
    if result != "unknown":
        answer.update(
            number=certificate.number,
            holder=certificate.holder,
            item=certificate.item_title,
            department=certificate.department_title,
            issued_on=certificate.issued_on.isoformat(),
            valid_until=(
                certificate.valid_until.isoformat() if certificate.valid_until else None
            ),
        )
    return answer


REVOKE = "putian.policy: Revoke certificate"


def may_revoke(certificate) -> bool:
    """The signed-in person revokes for the issuing department (its
    deciders, rolemap.xml)."""
    return api.user.has_permission(REVOKE, obj=certificate)


def is_revocable(certificate) -> bool:
    """Nothing but the reason, still to be asked, stops the signed-in person
    revoking the certificate (the core's check_revocable)."""
    return not check_revocable(may_revoke(certificate), certificate.status)


def revoke_certificate(certificate, reason) -> list:
    """A decider of the issuing department revokes a certificate, with reason."""
    findings = check_revocation(may_revoke(certificate), certificate.status, reason)
    if findings:
        record_refusal(certificate, "revoke", certificate.status, findings)
        return findings
    certificate.status = "revoked"
    certificate.revocation_reason = reason.strip()
    certificate.reindexObject()
    record(
        certificate,
        "revoke",
        before={"status": "valid"},
        after={"status": "revoked"},
        comment=reason.strip(),
    )
    return []
