"""An English visitor reads a department by its English name: on the item
page, in the breadcrumbs, in the catalogue listing and on the tracking
page; a Chinese visitor the Chinese; upgrade 1038 names the demo's
departments on an existing site (issue 13)."""

from lxml import html as lxml_html
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from tests.fixtures.applications import publish

import pytest
import requests
import transaction


ENGLISH = "Putian Administration for Market Regulation"


@pytest.fixture
def named(site):
    """Department A named in English (as the demo names it); food public."""
    with api.env.adopt_user(SITE_OWNER_NAME):
        site.a.title_en = ENGLISH
        site.a.reindexObject()
        publish(site.a.food)
        site.a.food.reindexObject()
    transaction.commit()
    return site


def page(url, language):
    response = requests.get(url, headers={"Accept-Language": language}, timeout=60)
    assert response.status_code == 200, response.text[-2000:]
    return lxml_html.fromstring(response.text)


def texts(tree, xpath) -> list[str]:
    return [" ".join(node.text_content().split()) for node in tree.xpath(xpath)]


def test_the_item_page_names_the_implementing_organ_in_english(named):
    organ = "//dt[@id='fact-department']/following-sibling::dd[1]"
    url = named.a.food.absolute_url()
    assert texts(page(url, "en"), organ) == [ENGLISH]
    assert texts(page(url, "zh-CN"), organ) == ["莆田市市场监督管理局"]
    crumbs = texts(
        page(url, "en"),
        "//nav[@aria-label]//ol//a | //ol[contains(@class,'breadcrumb')]//a",
    )
    assert ENGLISH in crumbs


def test_the_catalogue_lists_the_department_in_english(named):
    url = f"{named.absolute_url()}/@@catalogue"
    assert ENGLISH in page(url, "en").text_content()
    assert ENGLISH not in page(url, "zh-CN").text_content()


def test_upgrade_1038_names_the_demo_departments_and_keeps_an_editors(named):
    setup_tool = api.portal.get_tool("portal_setup")
    with api.env.adopt_user(SITE_OWNER_NAME):
        named.a.title_en = None
        named.b.title_en = "Housing Bureau (as the editor wrote it)"
        setup_tool.setLastVersionForProfile("putian.policy:default", "1037")
        setup_tool.upgradeProfile("putian.policy:default")
    transaction.commit()
    assert named.a.title_en == ENGLISH
    assert named.b.title_en == "Housing Bureau (as the editor wrote it)"
    (brain,) = api.content.find(UID=api.content.get_uuid(named.a.food))
    assert brain.department_title_en == ENGLISH
    fti = api.portal.get_tool("portal_types")["Department"]
    assert "putian.policy.behaviors.english_name" in fti.behaviors
