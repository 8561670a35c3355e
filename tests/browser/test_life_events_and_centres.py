"""A citizen browses by life event and finds where to apply in person."""

from plone import api
from plone.app.testing import SITE_OWNER_NAME
from tests.browser.conftest import DESKTOP
from tests.browser.conftest import fits
from tests.browser.conftest import PHONE
from tests.browser.conftest import shot
from tests.fixtures.catalogue import make_life_event
from tests.fixtures.catalogue import make_service_center
from tests.fixtures.catalogue import tag

import pytest
import transaction


@pytest.fixture
def places(case_site):
    """开办企业 tags the published food licence; the city hall's B01
    window handles department a."""
    with api.env.adopt_user(SITE_OWNER_NAME):
        opening = make_life_event(
            case_site,
            "kaiban",
            "开办企业与准营",
            "business",
            description="开店、开厂所需的许可",
        )
        make_life_event(case_site, "hunyin", "婚姻登记", "personal")
        tag(case_site.a.food, opening)
        make_service_center(
            case_site,
            "xzfwzx",
            division_code="350300",
            address="莆田市城厢区东园西路行政服务中心大楼",
            opening_hours="周一至周五 8:00-12:00, 14:30-17:30；周六 9:00-12:00",
            self_service_24h=True,
            weekend_services={"real_estate"},
            windows=[
                {"number": "A01", "name": "综合受理窗口", "departments": "各进驻部门"},
                {
                    "number": "B01",
                    "name": "市场准入窗口",
                    "handled_departments": [case_site.a.UID()],
                },
            ],
        )
    transaction.commit()
    return case_site


@pytest.mark.parametrize(("viewport", "name"), [(PHONE, "375"), (DESKTOP, "1280")])
def test_browse_by_life_event_then_find_the_window(open_page, places, viewport, name):
    page = open_page(viewport)
    page.goto(places.absolute_url())
    business = page.locator("#home-life-events-business")
    assert business.locator("h3").inner_text() == "法人办事"
    business.get_by_role("link", name="开办企业与准营").click()
    page.wait_for_load_state()
    assert page.locator("h1").first.inner_text() == "开办企业与准营"
    fits(page, viewport)
    shot(page, f"life-event-{name}")
    page.locator("#life-event-items").get_by_role("link", name="食品经营许可").click()
    page.wait_for_load_state()
    where = page.locator("#where-to-apply")
    assert "B01 市场准入窗口" in where.inner_text()
    where.get_by_role("link", name="莆田市行政服务中心 · B01 市场准入窗口").click()
    page.wait_for_load_state()
    assert page.locator("h1").first.inner_text() == "莆田市行政服务中心"
    window = page.locator("#window-B01")
    window.locator("summary").click()
    assert window.get_by_role("link", name="食品经营许可").is_visible()
    assert "不动产登记" in page.locator("#center-weekend").inner_text()
    fits(page, viewport)
    shot(page, f"service-centre-{name}")


def test_the_themes_page_lists_both_audiences(open_page, places):
    page = open_page(PHONE)
    page.goto(f"{places.absolute_url()}/themes")
    assert page.locator("#life-events-personal h2").inner_text() == "个人办事"
    assert page.locator("#life-events-business h2").inner_text() == "法人办事"
    assert "婚姻登记" in page.locator("#life-events-personal").inner_text()
    fits(page, PHONE)
    shot(page, "life-events-375")
