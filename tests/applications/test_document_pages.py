"""The case's PDFs: for staff on the case, for the applicant by receipt and code."""

from plone import api
from putian.policy.applications.certificates import certificate_of
from putian.policy.applications.documents_views import TRACKED_DOCUMENTS
from tests.fixtures.applications import act
from tests.fixtures.applications import instant_case
from zExceptions import NotFound

import pytest


def view(context, name, **form):
    request = context.REQUEST
    request.form.update(form)
    return api.content.get_view(name, context, request)


def tracked(portal, **form):
    """The applicant's document, posted from the tracking page."""
    portal.REQUEST.other["method"] = "POST"
    return view(portal, "track-document", **form)


def test_the_acceptance_receipt(case):
    with pytest.raises(NotFound):
        view(case, "acceptance-receipt.pdf")()
    act("clerk_a", case, "accept")
    with api.env.adopt_user(username="clerk_a"):
        pdf = view(case, "acceptance-receipt.pdf")()
    assert pdf.startswith(b"%PDF-")
    assert case.REQUEST.response.getHeader("Content-Type") == "application/pdf"


def test_a_malformed_receipt_is_refused(case):
    """R12 (check_acceptance_receipt): no receipt under a number that is not
    one, whoever asks for the PDF."""
    from putian.policy.rules.common.errors import RuleInputError

    act("clerk_a", case, "accept")
    case.receipt_number = "2026-7"
    with (
        api.env.adopt_user(username="clerk_a"),
        pytest.raises(RuleInputError) as refused,
    ):
        view(case, "acceptance-receipt.pdf")()
    assert refused.value.key == "receipt_number"
    assert "受理单编号" in refused.value.message_zh


def test_an_instant_item_has_no_acceptance_receipt(item_a, case_workers):
    instant = instant_case(item_a)
    act("clerk_a", instant, "accept")
    with pytest.raises(NotFound):
        view(instant, "acceptance-receipt.pdf")()


def test_the_certificate_pdf(case):
    act("clerk_a", case, "accept")
    act("case_reviewer_a", case, "start_review")
    act("decider_a", case, "approve")
    certificate = certificate_of(case)
    with api.env.adopt_user(username="decider_a"):
        assert view(certificate, "certificate.pdf")().startswith(b"%PDF-")


def test_the_applicant_downloads_with_receipt_and_code(submitted, portal):
    case = submitted.case
    act("clerk_a", case, "accept")
    pdf = tracked(
        portal,
        receipt=submitted.receipt_number,
        code=submitted.query_code,
        document="acceptance-receipt",
    )()
    assert pdf.startswith(b"%PDF-")
    with pytest.raises(NotFound):
        tracked(
            portal,
            receipt=submitted.receipt_number,
            code="ABCDEFGH",
            document="acceptance-receipt",
        )()
    with pytest.raises(NotFound):
        tracked(
            portal,
            receipt=submitted.receipt_number,
            code=submitted.query_code,
            document="certificate",
        )()


def test_which_documents_a_case_has(case):
    available = {name for name, (has, _) in TRACKED_DOCUMENTS.items() if has(case)}
    assert available == set()
    act("clerk_a", case, "accept")
    available = {name for name, (has, _) in TRACKED_DOCUMENTS.items() if has(case)}
    assert available == {"acceptance-receipt"}


def test_the_applicant_is_told_of_a_suspension_in_writing(submitted, portal):
    from putian.policy.rules.cases.document_text import document_lines
    from tests.fixtures.applications import SUSPENSION

    case = submitted.case
    act("clerk_a", case, "accept")
    act("case_reviewer_a", case, "start_review")
    act("case_reviewer_a", case, "suspend", **SUSPENSION)
    pdf = tracked(
        portal,
        receipt=submitted.receipt_number,
        code=submitted.query_code,
        document="suspension-notice",
    )()
    assert pdf.startswith(b"%PDF-")
    suspension = case.suspensions[-1]
    lines = document_lines(
        "suspension_notice",
        {
            "receipt_number": case.receipt_number,
            "applicant_name": "林小梅",
            "item_title": case.item_title,
            "department_name": "莆田市市场监督管理局",
            "kind": "检验",
            "reason": suspension["reason"],
            "expected_days": 5,
            "started_on": suspension["started_on"],
            "tracking_url": "http://localhost:8080/putian/@@track",
        },
    )
    text = "".join(lines)
    assert "检验" in text
    assert "预计需要5个工作日" in text
    assert "不计算在办理期限内" in text
    assert SUSPENSION["reason"] in text
