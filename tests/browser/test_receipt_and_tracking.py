"""The receipt after submitting, printed without the portal's frame; the
tracking page's progress bar and days used; the rating once decided; the
guide's PDF from the item page; on a phone and on a desktop (issue 13)."""

from datetime import timedelta
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from putian.policy.applications.easyform import SUBMITTED_COOKIE
from putian.policy.applications.tracking import working_days
from putian.policy.rules.calendar.clock import today
from tests.browser.conftest import DESKTOP
from tests.browser.conftest import fits
from tests.browser.conftest import PHONE
from tests.browser.conftest import shot
from tests.fixtures.applications import act
from tests.fixtures.applications import new_case

import pytest
import requests
import transaction


VIEWPORTS = [(PHONE, "375"), (DESKTOP, "1280")]


@pytest.mark.parametrize(("viewport", "name"), VIEWPORTS)
def test_the_receipt_prints_alone(open_page, filed_case, viewport, name):
    site, submitted = filed_case
    page = open_page(viewport)
    page.context.add_cookies(
        [
            {
                "name": SUBMITTED_COOKIE,
                "value": f"{submitted.receipt_number}|{submitted.query_code}",
                "url": f"{site.absolute_url()}/@@application-submitted",
            }
        ]
    )
    page.goto(f"{site.absolute_url()}/@@application-submitted")
    receipt = page.locator("#putian-receipt")
    assert receipt.is_visible()
    assert page.locator("#submitted-item").inner_text() == "食品经营许可"
    assert page.locator("#submitted-receipt").inner_text() == submitted.receipt_number
    assert page.locator("#submitted-next li").count() == 3
    button = page.locator("#print-receipt")
    assert button.is_visible()
    assert button.inner_text() == "打印"
    fits(page, viewport)
    shot(page, f"receipt-{name}")

    page.emulate_media(media="print")
    assert receipt.is_visible()
    for hidden in (
        "#print-receipt",
        "#portal-footer-wrapper",
        "#mainnavigation-wrapper",
    ):
        locator = page.locator(hidden)
        assert locator.count() == 0 or not locator.first.is_visible(), hidden
    header = page.locator("#content-header")
    assert header.count() == 0 or not header.first.is_visible()
    shot(page, f"receipt-print-{name}")


@pytest.fixture
def reviewed_case(case_site):
    """A case in review, accepted a week before today."""
    with api.env.adopt_user(SITE_OWNER_NAME):
        submitted = new_case(case_site.a.food)
    case = submitted.case
    act("clerk_a", case, "accept")
    act("case_reviewer_a", case, "start_review")
    case.accepted_on = today() - timedelta(days=7)
    transaction.commit()
    return case_site, submitted


def look_up(page, site, submitted):
    page.goto(f"{site.absolute_url()}/@@track")
    page.fill("#receipt", submitted.receipt_number)
    page.fill("#code", submitted.query_code)
    page.click("#track-form button[type=submit]")
    page.wait_for_load_state()


@pytest.mark.parametrize(("viewport", "name"), VIEWPORTS)
def test_the_progress_bar_and_days_used(open_page, reviewed_case, viewport, name):
    site, submitted = reviewed_case
    page = open_page(viewport)
    look_up(page, site, submitted)
    stages = page.locator("#progress-stages li")
    assert stages.count() == 5
    assert stages.all_inner_texts()[0].startswith("✓")
    titles = page.locator("#progress-stages .putian-stage-title").all_inner_texts()
    assert titles == ["申请", "受理", "审查", "决定", "送达"]
    current = page.locator("#progress-stages li[aria-current=step]")
    assert current.get_attribute("data-stage") == "review"
    assert "审查中" in current.inner_text()
    # All five on one row, each inside the page.
    boxes = [stages.nth(i).bounding_box() for i in range(5)]
    assert len({round(box["y"]) for box in boxes}) == 1
    assert boxes[-1]["x"] + boxes[-1]["width"] <= viewport["width"]
    used = working_days(submitted.case)["used"]
    assert used >= 3
    days = page.locator("#working-days")
    assert days.inner_text().startswith(f"已用 {used} 个工作日 / 承诺时限 10 个工作日")
    bar = page.locator("#working-days [role=progressbar]")
    assert bar.get_attribute("aria-valuenow") == str(used)
    assert page.locator("#rate").count() == 0
    shot(page, f"tracking-progress-{name}")
    fits(page, viewport)


@pytest.mark.parametrize(("viewport", "name"), VIEWPORTS)
def test_rating_once_decided(open_page, reviewed_case, viewport, name):
    site, submitted = reviewed_case
    act("decider_a", submitted.case, "approve")
    used = working_days(submitted.case)["used"]
    transaction.commit()
    page = open_page(viewport)
    look_up(page, site, submitted)
    current = page.locator("#progress-stages li[aria-current=step]")
    assert current.get_attribute("data-stage") == "deliver"
    taken = page.locator("#working-days").inner_text()
    assert taken.startswith(f"用时 {used} 个工作日")
    rate = page.locator("#rate")
    assert rate.is_visible()
    fits(page, viewport)
    shot(page, f"tracking-rate-{name}")
    page.check("#level-very_satisfied")
    page.click("#rate-button")
    page.wait_for_load_state()
    assert page.locator("#rated").is_visible()
    assert page.locator("#rate").count() == 0
    shot(page, f"tracking-rated-{name}")


@pytest.mark.parametrize(("viewport", "name"), VIEWPORTS)
def test_the_guide_pdf_from_the_item_page(open_page, case_site, viewport, name):
    page = open_page(viewport)
    page.goto(case_site.a.food.absolute_url())
    link = page.locator("#guide-pdf")
    assert link.is_visible()
    assert link.inner_text() == "下载办事指南（PDF）"
    fits(page, viewport)
    shot(page, f"item-guide-pdf-link-{name}")
    response = requests.get(link.get_attribute("href"), timeout=60)
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-")


def test_the_progress_bar_in_english(open_page, reviewed_case):
    site, submitted = reviewed_case
    page = open_page(PHONE)
    page.context.add_cookies(
        [{"name": "I18N_LANGUAGE", "value": "en", "url": site.absolute_url()}]
    )
    look_up(page, site, submitted)
    titles = page.locator("#progress-stages .putian-stage-title").all_inner_texts()
    assert titles == ["Apply", "Accept", "Review", "Decide", "Deliver"]
    used = working_days(submitted.case)["used"]
    assert (
        page.locator("#working-days")
        .inner_text()
        .startswith(f"{used} working days used / committed time limit 10 working days")
    )
    # Each title on one line.
    heights = page.locator("#progress-stages .putian-stage-title").evaluate_all(
        "titles => titles.map(t => t.getBoundingClientRect().height)"
    )
    assert max(heights) < 1.6 * min(heights)
    fits(page, PHONE)
    shot(page, "tracking-progress-en-375")
