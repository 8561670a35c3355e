"""The case's documents as PDF: for staff on the case, for the applicant
through the tracking page (receipt number and query code)."""

from plone import api
from Products.Five.browser import BrowserView
from putian.policy.applications import documents
from putian.policy.applications.certificates import certificate_of
from putian.policy.applications.lookup_limit import look_up
from putian.policy.applications.lookup_limit import refuse
from putian.policy.applications.tracking import forget_code
from putian.policy.applications.tracking import USE_POST
from putian.policy.content.department import department_of
from putian.policy.rules.cases.receipts import needs_acceptance_receipt
from putian.policy.rules.catalogue.terms import SPECIAL_STEP_KINDS
from putian.policy.rules.catalogue.terms import term
from putian.policy.vocabularies.terms import wants_english
from zExceptions import NotFound


# Only the digest of the query code is kept; the receipt says where it is.
QUERY_CODE_HINT = "申请提交时已告知申请人"


def _portal_url() -> str:
    return api.portal.get().absolute_url()


def _fees(case) -> str:
    return case.fees or "不收费"


def _materials(case) -> list[str]:
    return [
        child.Title() for child in case.objectValues() if child.portal_type == "File"
    ]


def acceptance_receipt(case) -> bytes:
    return documents.acceptance_receipt_pdf(
        {
            "receipt_number": case.receipt_number,
            "query_code": QUERY_CODE_HINT,
            "applicant_name": case.applicant_name,
            "item_title": case.item_title,
            "department_name": department_of(case).Title(),
            "accepted_on": case.accepted_on,
            "committed_days": case.committed_limit_days or 0,
            "committed_deadline": case.committed_deadline,
            "statutory_days": case.statutory_limit_days or 0,
            "statutory_deadline": case.statutory_deadline,
            "tracking_url": f"{_portal_url()}/@@track",
            "delivery": case.delivery or "window",
            "postal_address": case.postal_address or "",
            "fees": _fees(case),
            "materials": _materials(case),
        }
    )


def correction_notice(case) -> bytes:
    notice = case.correction_notices[-1]
    return documents.correction_notice_pdf(
        {
            "receipt_number": case.receipt_number,
            "applicant_name": case.applicant_name,
            "item_title": case.item_title,
            "department_name": department_of(case).Title(),
            "date": notice["issued_on"],
            "items": list(notice["items"]),
            "tracking_url": f"{_portal_url()}/@@track",
        }
    )


def decision_notice(case) -> bytes:
    decision = case.decision
    return documents.decision_notice_pdf(
        {
            "number": case.receipt_number,
            "applicant_name": case.applicant_name,
            "item_title": case.item_title,
            "department_name": department_of(case).Title(),
            "decided_on": decision["decided_on"],
            "reasons": decision["reason"],
            "reconsideration_notice": decision["reconsideration_notice"],
            "litigation_notice": decision["litigation_notice"],
        }
    )


def suspension_notice(case) -> bytes:
    suspension = case.suspensions[-1]
    kind = term(SPECIAL_STEP_KINDS, suspension["kind"]).title_zh
    return documents.suspension_notice_pdf(
        {
            "receipt_number": case.receipt_number,
            "applicant_name": case.applicant_name,
            "item_title": case.item_title,
            "department_name": department_of(case).Title(),
            "kind": kind,
            "reason": suspension["reason"],
            "expected_days": suspension["expected_days"],
            "started_on": suspension["started_on"],
            "tracking_url": f"{_portal_url()}/@@track",
        }
    )


def certificate_document(certificate) -> bytes:
    return documents.certificate_pdf(
        {
            "certificate_number": certificate.number,
            "holder_name": certificate.holder,
            "item_title": certificate.item_title,
            "department_name": certificate.department_title,
            "issued_on": certificate.issued_on,
            "valid_until": certificate.valid_until,
            "verify_url": f"{_portal_url()}/@@verify-certificate?number="
            f"{certificate.number}",
        }
    )


def _pdf(request, data: bytes, name: str) -> bytes:
    response = request.response
    response.setHeader("Content-Type", "application/pdf")
    response.setHeader("Content-Disposition", f'inline; filename="{name}.pdf"')
    response.setHeader("Cache-Control", "private, no-store")
    return data


def has_acceptance_receipt(case) -> bool:
    """R10: an instant item is decided on the spot, with no receipt."""
    return case.accepted_on is not None and needs_acceptance_receipt(
        case.committed_limit_days
    )


class AcceptanceReceiptPDF(BrowserView):
    def __call__(self):
        if not has_acceptance_receipt(self.context):
            raise NotFound("no acceptance receipt")
        return _pdf(
            self.request, acceptance_receipt(self.context), self.context.receipt_number
        )


class CertificatePDF(BrowserView):
    def __call__(self):
        return _pdf(
            self.request, certificate_document(self.context), self.context.number
        )


# document name -> (is available for the case, the PDF)
TRACKED_DOCUMENTS = {
    "acceptance-receipt": (has_acceptance_receipt, acceptance_receipt),
    "correction-notice": (lambda case: case.correction_notices, correction_notice),
    "suspension-notice": (lambda case: case.suspensions, suspension_notice),
    "decision": (
        lambda case: (case.decision or {}).get("kind") == "denied",
        decision_notice,
    ),
    "certificate": (
        lambda case: certificate_of(case) is not None,
        lambda case: certificate_document(certificate_of(case)),
    ),
}


def _plain(request, zh: str, en: str) -> str:
    request.response.setHeader("Content-Type", "text/plain; charset=utf-8")
    return en if wants_english() else zh


class TrackedDocument(BrowserView):
    """A document of the applicant's own case (POST: the code stays out of URLs)."""

    def __call__(self):
        request = self.request
        form = request.form
        receipt, code = form.get("receipt"), form.get("code")
        forget_code(request)
        if request.method != "POST":
            request.response.setStatus(405)
            request.response.setHeader("Allow", "POST")
            return _plain(request, *USE_POST)
        lookup = look_up(request, receipt, code)
        if lookup.refusal is not None:
            refuse(request, lookup.refusal)
            refusal = lookup.refusal
            return _plain(request, refusal.message_zh, refusal.message_en)
        case = lookup.case
        if case is None:
            raise NotFound("no such case")
        available, make = TRACKED_DOCUMENTS.get(form.get("document"), (None, None))
        if available is None or not available(case):
            raise NotFound("no such document")
        return _pdf(
            self.request, make(case), f"{case.receipt_number}-{form['document']}"
        )
