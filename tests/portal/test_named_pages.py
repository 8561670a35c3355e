"""The work list and the catalogue are named in the browser's title and in
the breadcrumbs by their own names, not by the site's alone (issue 13)."""

from lxml import html as lxml_html
from plone import api
from tests.fixtures.testbrowser import owner_browser
from tests.worklist.conftest import browser_for

import pytest
import requests


def chrome(text) -> tuple[str, list[str]]:
    """The page's <title> and its breadcrumbs."""
    tree = lxml_html.fromstring(text)
    crumbs = tree.xpath("//nav[@id='portal-breadcrumbs']//li")
    return (
        tree.findtext(".//title").strip(),
        [" ".join(crumb.text_content().split()) for crumb in crumbs],
    )


def site_title() -> str:
    return api.portal.get_registry_record("plone.site_title")


@pytest.mark.parametrize(
    ("language", "home", "name"),
    [("zh-CN", "首页", "我的待办"), ("en", "Home", "My work list")],
)
def test_the_work_list_is_named(functional, case_site, language, home, name):
    browser = browser_for(functional, "clerk_a", language)
    browser.open(f"{case_site.absolute_url()}/@@worklist")
    assert browser.headers["status"].startswith("200")
    assert chrome(browser.contents) == (f"{name} — {site_title()}", [home, name])


@pytest.mark.parametrize(
    ("language", "home", "name"),
    [("zh-CN", "首页", "事项目录"), ("en", "Home", "Catalogue of approval items")],
)
def test_the_catalogue_is_named(site, language, home, name):
    response = requests.get(
        f"{site.absolute_url()}/@@catalogue",
        headers={"Accept-Language": language},
        timeout=60,
    )
    assert response.status_code == 200
    assert chrome(response.text) == (f"{name} — {site_title()}", [home, name])


def test_the_front_page_keeps_the_site_name_alone(site):
    response = requests.get(
        site.absolute_url(), headers={"Accept-Language": "zh-CN"}, timeout=60
    )
    assert response.status_code == 200
    assert chrome(response.text)[0] == site_title()


@pytest.mark.parametrize(
    ("language", "home", "name"),
    [("zh-CN", "首页", "审批服务统计"), ("en", "Home", "Approval statistics")],
)
def test_the_statistics_are_named(site, language, home, name):
    response = requests.get(
        f"{site.absolute_url()}/@@statistics",
        headers={"Accept-Language": language},
        timeout=60,
    )
    assert response.status_code == 200
    assert chrome(response.text) == (f"{name} — {site_title()}", [home, name])


def test_the_supervision_dashboard_is_named(functional, case_site):
    browser = owner_browser(functional)
    browser.open(f"{case_site.absolute_url()}/@@supervision")
    assert browser.headers["status"].startswith("200")
    assert chrome(browser.contents) == (
        f"电子监察 — {site_title()}",
        ["首页", "电子监察"],
    )
