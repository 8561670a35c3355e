from plone.indexer import indexer
from putian.policy.applications.interfaces import ICaseDocument
from putian.policy.content.application import IApplication
from putian.policy.content.certificate import ICertificate


@indexer(IApplication)
def receipt_number(case):
    return case.receipt_number or None


@indexer(ICertificate)
def certificate_number(certificate):
    return certificate.number or None


@indexer(IApplication)
def forwarded_to(case):
    """The upper-level department a case was forwarded to (R12)."""
    return case.forwarding["to_uid"] if case.forwarding else None


@indexer(ICaseDocument)
def not_full_text(obj):
    """Cases and their files stay out of the site's full-text search: what
    an applicant wrote is found through the case list and the receipt
    number, and the shared words of concurrent submissions would make the
    text index's buckets conflict."""
    raise AttributeError("SearchableText")
