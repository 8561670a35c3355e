"""Revoking a certificate from the case page asks first: a page names the
certificate's number and holder and asks for the reason, with 确认撤销 and
取消; nothing is written until it is confirmed (issue 13)."""

from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.protect.authenticator import createToken
from putian.policy.applications.certificates import certificate_of
from putian.policy.applications.certificates import revoke_certificate
from putian.policy.audit.storage import audit_log
from tests.fixtures.applications import act
from tests.fixtures.applications import new_case
from tests.fixtures.testbrowser import browser_for
from urllib.parse import urlencode
from zExceptions import Forbidden

import pytest
import requests
import transaction


REASON = "证照信息有误，申请人名称填写错误"


@pytest.fixture
def granted(case_site):
    """An approved case of department A with its valid certificate; committed."""
    with api.env.adopt_user(SITE_OWNER_NAME):
        case = new_case(case_site.a.food).case
    act("clerk_a", case, "accept")
    act("case_reviewer_a", case, "start_review")
    act("decider_a", case, "approve")
    transaction.commit()
    certificate = certificate_of(case)
    assert certificate.status == "valid"
    return case_site, case.getId()


def fresh(site, case_id):
    """The case and certificate as the server committed them."""
    transaction.begin()
    case = site.a.cases[case_id]
    return case, certificate_of(case)


def entries() -> int:
    transaction.begin()
    return len(audit_log())


def token(user) -> str:
    with api.env.adopt_user(username=user):
        return createToken()


def test_the_case_page_form_opens_the_confirmation(functional, granted):
    site, case_id = granted
    case, certificate = fresh(site, case_id)
    before = entries()
    browser = browser_for(functional, "decider_a")
    browser.open(case.absolute_url())
    form = browser.getForm(id="revoke-certificate")
    form.getControl(name="reason").value = REASON
    form.submit()

    assert browser.url == f"{certificate.absolute_url()}/@@revoke-certificate"
    assert browser.headers["status"].startswith("200")
    contents = browser.contents
    assert "撤销证照" in contents
    assert "确定撤销该证照吗？" in contents
    assert certificate.number in contents
    assert certificate.holder in contents
    assert case.receipt_number in contents
    assert "确认撤销" in contents
    assert "取消" in contents
    # The reason typed on the case page is there to check or change.
    assert browser.getControl(name="reason").value == REASON
    # Nothing written: the certificate is valid, the audit log as it was.
    assert fresh(site, case_id)[1].status == "valid"
    assert entries() == before

    browser.getControl(name="form.buttons.confirm").click()
    assert browser.url == case.absolute_url()
    assert "证照已撤销。" in browser.contents
    _case, certificate = fresh(site, case_id)
    assert certificate.status == "revoked"
    assert certificate.revocation_reason == REASON
    assert entries() == before + 1


def test_cancel_goes_back_and_writes_nothing(functional, granted):
    site, case_id = granted
    case, certificate = fresh(site, case_id)
    before = entries()
    browser = browser_for(functional, "decider_a")
    browser.open(f"{certificate.absolute_url()}/@@revoke-certificate")
    assert browser.headers["status"].startswith("200")
    browser.getLink(id="revoke-cancel").click()
    assert browser.url == case.absolute_url()
    assert fresh(site, case_id)[1].status == "valid"
    assert entries() == before


def test_a_post_without_confirmation_only_asks(functional, granted):
    """What the case page's form posts: the reason, no confirmation."""
    site, case_id = granted
    _case, certificate = fresh(site, case_id)
    before = entries()
    browser = browser_for(functional, "decider_a")
    browser.open(
        f"{certificate.absolute_url()}/@@revoke-certificate",
        data=urlencode({"reason": REASON, "_authenticator": token("decider_a")}),
    )
    assert browser.headers["status"].startswith("200")
    assert 'id="revoke-confirm-form"' in browser.contents
    assert fresh(site, case_id)[1].status == "valid"
    assert entries() == before


def test_the_reason_is_required(functional, granted):
    site, case_id = granted
    _case, certificate = fresh(site, case_id)
    browser = browser_for(functional, "decider_a")
    browser.open(f"{certificate.absolute_url()}/@@revoke-certificate")
    browser.getControl(name="reason").value = "  "
    browser.getControl(name="form.buttons.confirm").click()
    assert browser.headers["status"].startswith("400")
    assert "撤销证照须书面说明理由" in browser.contents
    assert 'id="revoke-confirm-form"' in browser.contents
    assert fresh(site, case_id)[1].status == "valid"


def test_confirming_needs_the_csrf_token(functional, granted):
    site, case_id = granted
    _case, certificate = fresh(site, case_id)
    before = entries()
    browser = browser_for(functional, "decider_a")
    with pytest.raises(Forbidden):
        browser.open(
            f"{certificate.absolute_url()}/@@revoke-certificate",
            data=urlencode({"reason": REASON, "form.buttons.confirm": "1"}),
        )
    assert fresh(site, case_id)[1].status == "valid"
    assert entries() == before


def test_a_get_never_revokes(functional, granted):
    site, case_id = granted
    _case, certificate = fresh(site, case_id)
    browser = browser_for(functional, "decider_a")
    browser.open(
        f"{certificate.absolute_url()}/@@revoke-certificate?"
        + urlencode(
            {
                "reason": REASON,
                "form.buttons.confirm": "1",
                "_authenticator": token("decider_a"),
            }
        )
    )
    assert browser.headers["status"].startswith("200")
    assert fresh(site, case_id)[1].status == "valid"


def test_a_clerk_is_sent_back_with_the_refusal(functional, granted):
    site, case_id = granted
    case, certificate = fresh(site, case_id)
    before = entries()
    browser = browser_for(functional, "clerk_a")
    # Opening the page: back to the case, nothing written.
    browser.open(f"{certificate.absolute_url()}/@@revoke-certificate")
    assert browser.url == case.absolute_url()
    assert "只有发证部门的决定人员可以撤销有效的证照。" in browser.contents
    assert entries() == before
    # Posting, even with the confirmation: refused, and the refusal audited.
    browser.open(
        f"{certificate.absolute_url()}/@@revoke-certificate",
        data=urlencode(
            {
                "reason": REASON,
                "form.buttons.confirm": "1",
                "_authenticator": token("clerk_a"),
            }
        ),
    )
    assert browser.url == case.absolute_url()
    assert "只有发证部门的决定人员可以撤销证照" in browser.contents
    assert fresh(site, case_id)[1].status == "valid"
    assert entries() == before + 1


def test_another_departments_decider_cannot_open_it(functional, granted):
    site, case_id = granted
    _case, certificate = fresh(site, case_id)
    response = requests.get(
        f"{certificate.absolute_url()}/@@revoke-certificate",
        auth=("decider_b", "secret-pw-123"),
        allow_redirects=False,
        timeout=60,
    )
    assert response.status_code == 302
    assert "/require_login" in response.headers["Location"]
    assert certificate.number not in response.text


def test_a_revoked_certificate_is_not_asked_again(functional, granted):
    site, case_id = granted
    case, certificate = fresh(site, case_id)
    with api.env.adopt_user(username="decider_a"):
        assert revoke_certificate(certificate, REASON) == []
    transaction.commit()
    browser = browser_for(functional, "decider_a")
    browser.open(f"{certificate.absolute_url()}/@@revoke-certificate")
    assert browser.url == case.absolute_url()
    assert 'id="revoke-confirm-form"' not in browser.contents


def test_the_confirmation_in_english(functional, granted):
    site, case_id = granted
    _case, certificate = fresh(site, case_id)
    browser = browser_for(functional, "decider_a", language="en")
    browser.open(f"{certificate.absolute_url()}/@@revoke-certificate")
    for label in (
        "Revoke the certificate",
        "Revoke this certificate?",
        "Reason for revocation",
        "Confirm the revocation",
        "Cancel",
    ):
        assert label in browser.contents, label
