"""The department's case list and the certificate's revocation in Chromium,
on a phone and on a desktop (issue 13): on a phone the cases are cards and
the filters wait behind 筛选; nothing is wider than the screen."""

from putian.policy.applications.certificates import certificate_of
from putian.policy.applications.views import CaseList
from tests.applications.test_case_list import file_case
from tests.applications.test_case_list import light_case
from tests.browser.conftest import DESKTOP
from tests.browser.conftest import fits
from tests.browser.conftest import log_in
from tests.browser.conftest import PHONE
from tests.browser.conftest import shot
from tests.fixtures.applications import act

import pytest
import transaction


WIDTHS = [(PHONE, "375"), (DESKTOP, "1280")]
LONG_NAME = "莆田市荔城区黄石镇某某某某食品贸易有限责任公司第一分公司"


@pytest.fixture
def busy_list(case_site):
    """More cases than a page holds, of every light, one with a long name."""
    red = light_case(case_site, "red", "陈大文")
    light_case(case_site, "yellow", LONG_NAME)
    light_case(case_site, "green", "林小梅")
    for _ in range(CaseList.page_size):
        file_case(case_site, "林小梅")
    transaction.commit()
    return case_site, red.receipt_number


@pytest.mark.parametrize(("viewport", "name"), WIDTHS)
def test_the_clerk_filters_and_searches_the_list(open_page, busy_list, viewport, name):
    site, red_receipt = busy_list
    page = open_page(viewport)
    log_in(page, site, "clerk_a")
    page.goto(site.a.cases.absolute_url())
    phone = viewport == PHONE
    cards = page.locator("#case-cards .case-card")
    table = page.locator("#case-list")
    fits(page, viewport, slack=0)
    if phone:
        assert cards.first.is_visible()
        assert not table.is_visible()
        assert cards.count() == CaseList.page_size
        # Overdue first.
        assert cards.first.get_attribute("data-receipt") == red_receipt
        assert not page.locator("#case-list-state").is_visible()
        assert page.locator("#case-list-batch .pagination").is_visible()
    else:
        assert table.is_visible()
        assert not cards.first.is_visible()
        assert not page.locator("#case-list-filters-toggle").is_visible()
        assert page.locator("#case-list-state").is_visible()
    shot(page, f"case-list-{name}")

    if phone:
        toggle = page.locator("#case-list-filters-toggle")
        assert toggle.inner_text().strip() == "筛选"
        toggle.click()
        page.locator("#case-list-filters.show").wait_for(state="visible")
        assert toggle.get_attribute("aria-expanded") == "true"
        shot(page, f"case-list-filters-{name}")
    page.select_option("#case-list-light", "red")
    page.click("#case-list-apply")
    page.wait_for_load_state()
    assert "light=red" in page.url
    rows = cards if phone else page.locator("#case-list tbody tr")
    assert rows.count() == 1
    assert rows.first.get_attribute("data-receipt") == red_receipt
    assert rows.first.locator(".traffic-light-red").inner_text().strip() == "已超期"
    if phone:
        assert page.locator("#case-list-filters-count").inner_text() == "1"
    fits(page, viewport, slack=0)
    shot(page, f"case-list-red-{name}")

    # A search by applicant keeps the light filter.
    page.goto(f"{site.a.cases.absolute_url()}?light=yellow")
    page.fill("#case-list-q", "某某食品")
    page.click("#case-list-search")
    page.wait_for_load_state()
    assert "light=yellow" in page.url
    assert rows.count() == 1
    assert LONG_NAME in rows.first.inner_text()
    fits(page, viewport, slack=0)
    shot(page, f"case-list-search-{name}")


@pytest.mark.parametrize(("viewport", "name"), WIDTHS)
def test_the_decider_confirms_a_revocation(open_page, case_site, viewport, name):
    case = file_case(case_site, LONG_NAME)
    act("clerk_a", case, "accept")
    act("case_reviewer_a", case, "start_review")
    act("decider_a", case, "approve")
    transaction.commit()
    case_id = case.getId()
    certificate = certificate_of(case)

    page = open_page(viewport)
    log_in(page, case_site, "decider_a")
    page.goto(case.absolute_url())
    page.fill("#revoke-certificate input[name='reason']", "证照信息有误")
    page.click("#revoke-certificate button[type='submit']")
    page.wait_for_load_state()
    assert page.url.endswith("/@@revoke-certificate")
    assert page.locator("#revoke-number").inner_text() == certificate.number
    assert page.locator("#revoke-holder").inner_text() == LONG_NAME
    assert page.locator("#revoke-reason").input_value() == "证照信息有误"
    assert page.locator("#revoke-confirm").inner_text().strip() == "确认撤销"
    assert page.locator("#revoke-cancel").inner_text().strip() == "取消"
    fits(page, viewport, slack=0)
    shot(page, f"revoke-confirm-{name}")
    transaction.begin()
    assert certificate_of(case_site.a.cases[case_id]).status == "valid"

    page.click("#revoke-confirm")
    page.wait_for_load_state()
    assert page.url == case.absolute_url()
    assert "证照已撤销。" in page.locator("#global_statusmessage").inner_text()
    shot(page, f"revoke-done-{name}")
    transaction.begin()
    assert certificate_of(case_site.a.cases[case_id]).status == "revoked"
