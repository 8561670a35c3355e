"""The front page: search, services, key figures, browse, service centres."""

from plone import api
from plone.app.testing import SITE_OWNER_NAME

import lxml.html
import requests
import transaction


def test_the_site_root_shows_the_front_page(portal):
    assert portal.getLayout() == "putian-home"


def test_the_front_page_for_the_public(site):
    from tests.fixtures.applications import publish
    from tests.fixtures.catalogue import make_service_center

    with api.env.adopt_user(SITE_OWNER_NAME):
        item = site.a.food
        publish(item)
        make_service_center(site, self_service_24h=True)
    transaction.commit()
    page = requests.get(site.absolute_url(), timeout=30).text
    tree = lxml.html.fromstring(page)
    assert tree.get_element_by_id("home-search") is not None
    assert "@@catalogue" in page
    assert "@@track" in page
    figures = tree.get_element_by_id("home-figures")
    assert figures.tag == "section"
    assert figures.get_element_by_id("figure-published").text_content() == "1"
    assert figures.get_element_by_id("figure-departments").text_content() == "1"
    assert "100.0%" in [dd.text_content() for dd in figures.iter("dd")]

    def section_text(section_id):
        return tree.get_element_by_id(section_id).text_content()

    assert "行政许可" in section_text("home-by-category")
    assert "莆田市市场监督管理局" in section_text("home-by-department")
    assert "莆田市行政服务中心" in section_text("home-service-centers")


def test_upgrade_from_1009_sets_the_front_page(portal, setup_tool):
    portal.setLayout("listing_view")
    setup_tool.setLastVersionForProfile("putian.policy:default", "1009")
    setup_tool.upgradeProfile("putian.policy:default")
    assert portal.getLayout() == "putian-home"


def test_the_front_page_shares_are_the_department_reports(portal):
    """One-trip and online shares as the report counts and rounds them:
    2 of 3 is 66.7%, not 67%; an unknown column counts as not met."""
    from collections import namedtuple
    from Missing import Value as MISSING
    from putian.policy.catalogue.report import published_shares
    from putian.policy.display import Display

    Brain = namedtuple("Brain", "UID trips online_depth")
    brains = [Brain("a", "0", "4"), Brain("b", "1", "2"), Brain("c", "2", MISSING)]
    shares = published_shares(brains)
    display = Display(portal.REQUEST)
    assert display.percent(shares["one_trip"].percent) == "66.7%"
    assert display.percent(shares["online"].percent) == "33.3%"
    assert shares["online"].missing == ("b", "c")
    assert published_shares([])["one_trip"].percent is None
    assert display.percent(None) == "—"
