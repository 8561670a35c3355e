"""A case's whole path through the Classic UI, as each person would click it."""

from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from tests.fixtures import testbrowser
from tests.fixtures.applications import PDF
from urllib.parse import urlencode
from zExceptions import Unauthorized

import io
import pytest
import re
import transaction


@pytest.fixture
def browser_for(functional, case_site):
    def browser_for(user=None):
        return testbrowser.browser_for(functional, user)

    transaction.commit()
    return browser_for


def apply_online(browser, site, **changes):
    browser.open(f"{site.absolute_url()}/a/food/guide/apply")
    control = browser.getControl
    values = {
        "form.widgets.applicant_name": "林小梅",
        "form.widgets.id_number": "350302199001011239",
        "form.widgets.phone": "13905940000",
    }
    values.update(changes)
    for name, value in values.items():
        control(name=name).value = value
    control(name="form.widgets.material_1").add_file(
        io.BytesIO(PDF), "application/pdf", "申请书.pdf"
    )
    control(name="form.buttons.submit").click()


def receipt_and_code(browser):
    receipt = re.search(r'id="submitted-receipt">([^<]+)<', browser.contents)[1]
    code = re.search(r'id="submitted-code">(?:<strong>)?([^<]+)<', browser.contents)[1]
    return receipt, code


def case_url(site, receipt):
    transaction.begin()
    return site.a.cases[receipt.lower()].absolute_url()


def take(browser, url, transition, **fields):
    browser.open(f"{url}/@@case-action?transition={transition}")
    for name, value in fields.items():
        browser.getControl(name=name).value = value
    browser.getControl(name="form.buttons.take").click()


def track(browser, site, receipt, code):
    """The tracking form, as the applicant fills it in (it posts)."""
    browser.open(f"{site.absolute_url()}/@@track")
    form = browser.getForm(id="track-form")
    form.getControl(name="receipt").value = receipt
    form.getControl(name="code").value = code
    form.submit()


def state(browser, url):
    browser.open(url)
    return re.search(r'id="case-state" data-state="([a-z_]+)"', browser.contents)[1]


def test_apply_accept_review_suspend_approve_verify_track_rate(browser_for, case_site):
    site = case_site
    public = browser_for()
    apply_online(public, site)
    assert "submitted-receipt" in public.contents
    receipt, code = receipt_and_code(public)
    url = case_url(site, receipt)

    with pytest.raises(Unauthorized):
        browser_for().open(url)
    with pytest.raises(Unauthorized):
        browser_for("clerk_b").open(url)

    clerk = browser_for("clerk_a")
    clerk.open(url)
    assert 'id="case-action-accept"' in clerk.contents
    assert "申请书.pdf" in clerk.contents or "食品经营许可申请书" in clerk.contents
    take(clerk, url, "accept", internal_note="材料齐全，予以受理")
    assert state(clerk, url) == "accepted"

    reviewer = browser_for("case_reviewer_a")
    take(reviewer, url, "start_review")
    take(
        reviewer,
        url,
        "suspend",
        suspension_kind=["inspection"],
        reason="需对经营场所进行现场核查",
        expected_days="5",
    )
    assert state(reviewer, url) == "suspended"
    take(reviewer, url, "resume")

    decider = browser_for("decider_a")
    take(
        decider,
        url,
        "approve",
        internal_note="经集体讨论，符合条件",
        message_to_applicant="准予许可，请于三日内到窗口领取证照",
    )
    assert state(decider, url) == "approved"
    # The case page shows both, each under its label.
    assert "内部备注（仅工作人员可见）" in decider.contents
    assert "经集体讨论，符合条件" in decider.contents
    assert "给申请人的说明" in decider.contents
    assert "准予许可，请于三日内到窗口领取证照" in decider.contents
    number = re.search(r"([0-9A-Z]+-20[0-9]{2}-[0-9]{6})", decider.contents)[1]

    verify = f"{site.absolute_url()}/@@verify-certificate"
    public.open(f"{verify}?{urlencode({'number': number, 'holder': '林小梅'})}")
    assert 'data-result="valid"' in public.contents
    assert "莆田市市场监督管理局" in public.contents
    public.open(f"{verify}?{urlencode({'number': number, 'holder': '别人'})}")
    assert 'data-result="unknown"' in public.contents

    take(clerk, url, "deliver")
    track(public, site, receipt, code)
    assert code not in public.url
    assert 'data-state="delivered"' in public.contents
    # The message to the applicant, labelled; never the internal notes.
    assert "部门说明" in public.contents
    assert "准予许可，请于三日内到窗口领取证照" in public.contents
    assert "经集体讨论" not in public.contents
    assert "材料齐全，予以受理" not in public.contents
    assert "350302199001011239" not in public.contents
    public.getControl(name="level").value = ["very_satisfied"]
    public.getControl(name="comment").value = "一次办好"
    public.getForm(index=_rate_form_index(public)).submit()
    assert 'id="rated"' in public.contents
    transaction.begin()
    assert site.a.cases[receipt.lower()].rating["level"] == "very_satisfied"


def _rate_form_index(browser) -> int:
    forms = re.findall(r"<form\b[^>]*>.*?</form>", browser.contents, re.S)
    return next(i for i, form in enumerate(forms) if 'value="rate"' in form)


def test_a_refused_step_is_explained_on_the_form(browser_for, case_site):
    site = case_site
    public = browser_for()
    apply_online(public, site)
    receipt, _code = receipt_and_code(public)
    url = case_url(site, receipt)
    clerk = browser_for("clerk_a")
    take(clerk, url, "reject_intake")
    assert clerk.headers["status"].startswith("400")
    assert "不予受理决定未书面说明理由" in clerk.contents
    assert state(clerk, url) == "submitted"


def test_bad_input_on_the_form_is_shown_next_to_the_field(browser_for, case_site):
    public = browser_for()
    apply_online(public, case_site, **{"form.widgets.id_number": "350302199001011238"})
    assert "submitted-receipt" not in public.contents
    assert "校验码" in public.contents or "身份证" in public.contents
    transaction.begin()
    assert list(case_site.a.cases.objectIds()) == []


def test_a_wrong_query_code_finds_nothing(browser_for, case_site):
    public = browser_for()
    apply_online(public, case_site)
    receipt, _code = receipt_and_code(public)
    track(public, case_site, receipt, "ABCDEFGH")
    assert "track-not-found" in public.contents
    assert public.headers["status"].startswith("404")
    assert 'id="case-state"' not in public.contents


def test_the_item_page_leads_to_the_form_and_editors_generate_it(
    browser_for, case_site
):
    public = browser_for()
    public.open(f"{case_site.absolute_url()}/a/food")
    assert 'id="apply-online"' in public.contents
    assert 'id="make-application-form"' not in public.contents
    public.getLink(url="/a/food/guide/apply").click()
    assert "form.widgets.material_1" in public.contents

    owner = browser_for()
    owner.addHeader("Authorization", f"Basic {SITE_OWNER_NAME}:{SITE_OWNER_PASSWORD}")
    owner.open(f"{case_site.absolute_url()}/a/food")
    assert 'id="make-application-form"' in owner.contents
    make = f"{case_site.absolute_url()}/a/food/guide/@@make-application-form"
    owner.getForm(action=make).submit()
    assert owner.url.endswith("/a/food/guide/apply")


def test_the_case_list_of_a_department(browser_for, case_site):
    public = browser_for()
    apply_online(public, case_site)
    receipt, _code = receipt_and_code(public)
    clerk = browser_for("clerk_a")
    clerk.open(f"{case_site.absolute_url()}/a/cases")
    assert receipt in clerk.contents
    assert 'data-state="submitted"' in clerk.contents
    with pytest.raises(Unauthorized):
        browser_for("clerk_b").open(f"{case_site.absolute_url()}/a/cases")
