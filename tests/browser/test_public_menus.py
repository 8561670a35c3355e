"""The public's way around on a phone and a desktop: the catalogue shows its
results first on a phone, with the filters behind a 筛选 button, and the menu
offers the public services (事项目录, 办件查询, 证照核验) beside 首页 and 办事主题.
"""

from plone import api
from plone.app.testing import SITE_OWNER_NAME
from tests.browser.conftest import DESKTOP
from tests.browser.conftest import PHONE
from tests.browser.conftest import shot
from tests.fixtures.applications import publish
from tests.fixtures.catalogue import make_item

import pytest
import requests
import transaction


WORKS = "建筑工程施工许可证核发"
FOOD = "食品经营许可"
DEPARTMENT_B = "莆田市住房和城乡建设局"
MENU = ("首页", "办事主题", "事项目录", "办件查询", "证照核验")


@pytest.fixture
def two_items(case_site):
    """Items of two departments published, and the 办事主题 folder."""
    from putian.policy.life_events.taxonomy import FOLDER_ID

    with api.env.adopt_user(SITE_OWNER_NAME):
        item = make_item(case_site.b, "works", WORKS, "XK00013000")
        publish(item)
        # The test layer makes the folder before the site speaks Chinese, so
        # it has no language and Plone's tabs (which ask for the visitor's
        # language) skip it; a site made in Chinese gives it zh-cn.
        themes = case_site[FOLDER_ID]
        themes.setLanguage("zh-cn")
        themes.reindexObject()
    transaction.commit()
    return case_site


def no_sideways_scroll(page):
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= page.viewport_size["width"] + 1


def test_on_a_phone_the_results_come_first_and_the_filters_open_from_a_button(
    open_page, two_items
):
    page = open_page(PHONE)
    page.goto(f"{two_items.absolute_url()}/@@catalogue")
    first = page.locator(".catalogue-item").first
    box = first.bounding_box()
    assert box["y"] + box["height"] <= PHONE["height"], box
    facets = page.locator("#catalogue-facets")
    assert not facets.is_visible()
    no_sideways_scroll(page)
    shot(page, "catalogue-phone-375")

    toggle = page.get_by_role("button", name="筛选", exact=True)
    assert toggle.get_attribute("aria-controls") == "catalogue-facets"
    assert toggle.get_attribute("aria-expanded") == "false"
    toggle.click()
    facets.get_by_role("link", name=DEPARTMENT_B).wait_for()
    page.locator("#catalogue-facets:focus-within").wait_for()
    assert facets.is_visible()
    assert toggle.get_attribute("aria-expanded") == "true"
    # The keyboard is in the panel, which names itself.
    assert facets.evaluate("panel => panel.contains(document.activeElement)")
    assert page.get_by_role("dialog", name="筛选").count() == 1
    shot(page, "catalogue-phone-375-filters")
    no_sideways_scroll(page)

    facets.get_by_role("link", name=DEPARTMENT_B).click()
    page.wait_for_load_state()
    titles = page.locator(".catalogue-item th").all_inner_texts()
    assert titles == [WORKS]
    # The button tells how many filters are on; Escape closes the panel.
    assert page.locator("#catalogue-filters-count").inner_text() == "1"
    # Read out as "筛选 已选 1 项"
    toggle = page.get_by_role("button", name="筛选 已选 1 项")
    assert toggle.get_attribute("id") == "catalogue-filters-toggle"
    toggle.click()
    facets.get_by_role("link", name="莆田市市场监督管理局").wait_for()
    page.locator("#catalogue-facets:focus-within").wait_for()
    page.keyboard.press("Escape")
    page.locator("#catalogue-filters-toggle[aria-expanded='false']").wait_for()
    facets.wait_for(state="hidden")


def test_on_a_desktop_the_filters_stand_beside_the_results(open_page, two_items):
    page = open_page(DESKTOP)
    page.goto(f"{two_items.absolute_url()}/@@catalogue")
    facets = page.locator("#catalogue-facets")
    assert facets.is_visible()
    # The phone's button is there, hidden at this width.
    assert page.locator("#catalogue-filters-toggle").count() == 1
    assert not page.get_by_role("button", name="筛选", exact=True).is_visible()
    results = page.locator("#catalogue-results").bounding_box()
    panel = facets.bounding_box()
    assert panel["x"] + panel["width"] <= results["x"] + 1
    assert abs(panel["y"] - results["y"]) < 5
    shot(page, "catalogue-desktop-1280")
    facets.get_by_role("link", name=DEPARTMENT_B).click()
    page.wait_for_load_state()
    assert page.locator(".catalogue-item th").all_inner_texts() == [WORKS]
    assert page.locator("#catalogue-facets").is_visible()


def menu_links(page):
    links = page.locator("#portal-globalnav > li > a")
    return {
        link.inner_text().strip(): link.get_attribute("href") for link in links.all()
    }


def test_the_phone_menu_offers_the_public_services(open_page, two_items):
    page = open_page(PHONE)
    page.goto(two_items.absolute_url())
    assert not page.locator("#portal-globalnav").is_visible()
    page.locator("button.navbar-toggler").first.click()
    page.locator("#portal-globalnav").get_by_role("link", name="证照核验").wait_for()
    links = menu_links(page)
    assert set(MENU) <= set(links), links
    portal = two_items.absolute_url()
    assert links["首页"] == portal
    assert links["事项目录"] == f"{portal}/@@catalogue"
    assert links["办件查询"] == f"{portal}/@@track"
    assert links["证照核验"] == f"{portal}/@@verify-certificate"
    for name in MENU:
        assert (
            page.locator("#portal-globalnav")
            .get_by_role("link", name=name, exact=True)
            .is_visible()
        ), name
        assert requests.get(links[name], timeout=30).status_code == 200, name
    no_sideways_scroll(page)
    shot(page, "menu-phone-375")
    page.locator("#portal-globalnav").get_by_role("link", name="事项目录").click()
    page.wait_for_load_state()
    assert page.url == f"{portal}/@@catalogue"


def test_the_desktop_tabs_offer_the_public_services(open_page, two_items):
    page = open_page(DESKTOP)
    page.goto(two_items.absolute_url())
    nav = page.locator("#portal-globalnav")
    for name in MENU:
        assert nav.get_by_role("link", name=name, exact=True).is_visible(), name
    shot(page, "menu-desktop-1280")
    # Only the page's own tab is marked (Plone's marker marks them all).
    for path, name in (("@@track", "办件查询"), ("@@catalogue", "事项目录")):
        page.goto(f"{two_items.absolute_url()}/{path}")
        marked = nav.locator("li > a").evaluate_all(
            "links => links.filter(a => getComputedStyle(a).boxShadow !== 'none')"
            ".map(a => a.textContent.trim())"
        )
        assert marked == [name], path
    shot(page, "menu-desktop-1280-catalogue")
