"""The portal's own pages work under its Content-Security-Policy: Chromium
reports no violation on the public pages, the application form, the
tracking page, a case page, edit forms and folder contents."""

from plone import api
from putian.policy.portal.headers.subscribers import PAGE_POLICY
from putian.policy.portal.headers.subscribers import SIGNED_IN_PAGE_POLICY
from tests.browser.conftest import log_in

import transaction


def watch(page) -> list[str]:
    """Console messages and page errors that a policy caused."""
    violations = []

    def on_console(message):
        text = message.text
        if "Content Security Policy" in text or "Content-Security-Policy" in text:
            violations.append(text)

    page.on("console", on_console)
    page.on("pageerror", lambda error: violations.append(f"pageerror: {error}"))
    return violations


def visit(page, url, policy=PAGE_POLICY):
    response = page.goto(url)
    page.wait_for_load_state("networkidle")
    assert response.status == 200, url
    assert response.headers["content-security-policy"] == policy, url
    return response


def test_public_pages(open_page, filed_case):
    site, _submitted = filed_case
    page = open_page()
    violations = watch(page)
    for path in (
        "",
        "@@catalogue",
        "a/food",
        "a/food/guide/apply",
        "@@track",
        "login",
    ):
        visit(page, f"{site.absolute_url()}/{path}")
    assert violations == []


def test_the_tracking_page_with_a_case(open_page, filed_case):
    site, submitted = filed_case
    page = open_page()
    violations = watch(page)
    visit(page, f"{site.absolute_url()}/@@track")
    page.fill("input[name='receipt']", submitted.receipt_number)
    page.fill("input[name='code']", submitted.query_code)
    page.click("#track-form button[type='submit']")
    page.wait_for_load_state("networkidle")
    assert page.locator("#case-state").count() == 1
    assert violations == []


def test_staff_pages(open_page, filed_case):
    site, submitted = filed_case
    page = open_page()
    violations = watch(page)
    log_in(page, site, "clerk_a")
    visit(page, submitted.case.absolute_url(), SIGNED_IN_PAGE_POLICY)
    visit(page, f"{submitted.case.absolute_url()}/@@audit-trail", SIGNED_IN_PAGE_POLICY)
    assert violations == []


def test_an_edit_form_with_its_editor(open_page, filed_case):
    site, _submitted = filed_case
    api.user.create(
        email="m@putian.example", username="manager_p", password="secret-pw-123"
    )
    api.user.grant_roles(username="manager_p", roles=["Manager"])
    transaction.commit()
    page = open_page()
    violations = watch(page)
    log_in(page, site, "manager_p")
    # Mockup compiles its templates with new Function: 'unsafe-eval'.
    for path in ("a/food/edit", "a/food/guide/edit", "a/food/folder_contents"):
        visit(page, f"{site.absolute_url()}/{path}", SIGNED_IN_PAGE_POLICY)
    assert page.locator(".pat-structure, .structure-wrapper").count() >= 1
    assert violations == []
