"""Searching the catalogue as the public types: initials (spjy) and a typo
(shipn) find 食品经营许可, on a phone and on a desktop."""

from plone import api
from plone.app.testing import SITE_OWNER_NAME
from putian.policy.behaviors.aliases import IAliases
from tests.browser.conftest import DESKTOP
from tests.browser.conftest import PHONE
from tests.browser.conftest import shot
from tests.fixtures.applications import publish
from tests.fixtures.catalogue import make_item

import pytest
import transaction


FOOD = "食品经营许可"
WORKS = "建筑工程施工许可证核发"


@pytest.fixture
def searchable(site):
    with api.env.adopt_user(SITE_OWNER_NAME):
        IAliases(site.a.food).aliases = ["办餐饮证", "开饭店"]
        site.a.food.reindexObject()
        for item in (site.a.food, make_item(site.b, "works", WORKS, "XK00013000")):
            publish(item)
    transaction.commit()
    return site


def search(page, site, text):
    page.goto(f"{site.absolute_url()}/@@catalogue")
    page.fill("#catalogue-q", text)
    page.locator("#catalogue-search button[type=submit]").click()
    page.wait_for_load_state()


def no_sideways_scroll(page):
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= page.viewport_size["width"] + 1


@pytest.mark.parametrize(("viewport", "name"), [(PHONE, "375"), (DESKTOP, "1280")])
def test_initials_and_a_typo_find_the_item(open_page, searchable, viewport, name):
    page = open_page(viewport)
    search(page, searchable, "spjy")
    titles = page.locator(".catalogue-item th").all_inner_texts()
    assert [t.strip() for t in titles] == [FOOD]
    assert page.locator("#catalogue-did-you-mean").count() == 0
    assert page.locator("#catalogue-q").input_value() == "spjy"
    # On a phone the result is in the first screen, without scrolling.
    box = page.locator(".catalogue-item").first.bounding_box()
    assert box["y"] + box["height"] <= viewport["height"], box
    no_sideways_scroll(page)
    shot(page, f"catalogue-search-spjy-{name}")

    search(page, searchable, "shipn")
    notice = page.locator("#catalogue-did-you-mean")
    assert "您是不是要找" in notice.inner_text()
    assert "shipn" in notice.inner_text()
    titles = page.locator(".catalogue-item th").all_inner_texts()
    assert [t.strip() for t in titles] == [FOOD]
    no_sideways_scroll(page)
    shot(page, f"catalogue-search-typo-{name}")
    # The suggestion is a search of its own, with no correction needed.
    notice.get_by_role("link", name="shipin").click()
    page.wait_for_load_state()
    assert page.locator("#catalogue-q").input_value() == "shipin"
    assert page.locator("#catalogue-did-you-mean").count() == 0
    titles = page.locator(".catalogue-item th").all_inner_texts()
    assert [t.strip() for t in titles] == [FOOD]


def test_an_alias_finds_the_item_on_a_phone(open_page, searchable):
    page = open_page(PHONE)
    search(page, searchable, "开饭店")
    titles = page.locator(".catalogue-item th").all_inner_texts()
    assert [t.strip() for t in titles] == [FOOD]
    shot(page, "catalogue-search-alias-375")
