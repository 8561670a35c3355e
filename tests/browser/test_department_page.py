"""A department's page in Chromium (issue 13): on a phone and on a desktop,
in Chinese and in English, it fits the screen and shows the public how to
reach the department and what it approves."""

from tests.browser.conftest import DESKTOP
from tests.browser.conftest import PHONE
from tests.browser.conftest import shot
from tests.catalogue.test_department_page import ADDRESS
from tests.catalogue.test_department_page import department_site  # noqa: F401

import pytest


WIDTHS = [(PHONE, "375"), (DESKTOP, "1280")]


def page_width(page) -> int:
    return page.evaluate("document.scrollingElement.scrollWidth")


@pytest.mark.parametrize(("viewport", "name"), WIDTHS)
def test_the_public_reads_the_page(open_page, department_site, viewport, name):  # noqa: F811
    page = open_page(viewport)
    page.goto(department_site.a.absolute_url())
    assert page_width(page) <= viewport["width"]
    assert page.locator("h1").inner_text().strip() == "莆田市市场监督管理局"
    assert page.locator("#department-address").inner_text().strip() == ADDRESS
    phone = page.locator("#department-consultation_phone a")
    assert phone.is_visible()
    assert phone.get_attribute("href") == "tel:0594-2695000"
    items = page.locator(".putian-department-item a")
    assert items.all_inner_texts() == ["食品经营许可", "食品经营备案"]
    for link in items.all():
        box = link.bounding_box()
        assert box["x"] >= 0
        assert box["x"] + box["width"] <= viewport["width"]
    contact = page.locator("#department-contact").bounding_box()
    listing = page.locator("#department-items").bounding_box()
    if viewport == PHONE:
        # One column: how to reach it, then what it approves.
        assert contact["y"] < listing["y"]
    else:
        # Side by side: the items beside the contact card.
        assert contact["x"] > listing["x"]
        assert abs(contact["y"] - listing["y"]) < 40
    shot(page, f"department-page-{name}")
    items.first.click()
    page.wait_for_load_state()
    assert page.url == department_site.a.food.absolute_url()


@pytest.mark.parametrize(("viewport", "name"), WIDTHS)
def test_the_page_in_english(chromium, department_site, viewport, name):  # noqa: F811
    context = chromium.new_context(viewport=viewport, locale="en")
    try:
        context.add_cookies(
            [
                {
                    "name": "I18N_LANGUAGE",
                    "value": "en",
                    "url": department_site.absolute_url(),
                }
            ]
        )
        page = context.new_page()
        page.goto(department_site.a.absolute_url())
        assert page_width(page) <= viewport["width"]
        assert page.locator("#department-contact h2").inner_text() == "Contact"
        assert page.locator("#department-items h2").inner_text() == (
            "Approval items (2)"
        )
        assert page.locator("#department-windows h2").is_visible()
        shot(page, f"department-page-en-{name}")
    finally:
        context.close()
