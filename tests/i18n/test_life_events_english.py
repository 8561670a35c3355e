"""The 办事主题 tab and the life events in the visitor's language: English
names and descriptions for an English browser where an editor gave them,
the Chinese where not, and always the Chinese for a Chinese browser."""

from plone import api
from plone.app.testing import SITE_OWNER_NAME
from tests.fixtures.applications import publish
from tests.fixtures.catalogue import make_life_event
from tests.fixtures.catalogue import tag
from tests.fixtures.html import page
from tests.fixtures.html import texts

import pytest
import transaction


@pytest.fixture
def themed(site):
    """Food (published) under 开办企业 (with English) and 生育收养 (without)."""
    with api.env.adopt_user(SITE_OWNER_NAME):
        opening = make_life_event(
            site,
            "kaiban",
            "开办企业",
            "business",
            description="开店、开厂所需的许可",
            title_en="Starting a business",
            description_en="Licences to open a shop or a factory",
        )
        births = make_life_event(
            site, "shengyu", "生育收养", "personal", description="出生医学证明等"
        )
        tag(site.a.food, opening, births)
        publish(site.a.food)
    transaction.commit()
    return site


CRUMBS = "//*[@id='portal-breadcrumbs']//li"


def tabs(tree) -> list[str]:
    return texts(tree, "//*[@id='portal-globalnav']/li/a")


def test_the_tab_reads_life_events_in_english_and_banshi_zhuti_in_chinese(themed):
    assert "Life events" in tabs(page(themed.absolute_url(), "en"))
    assert "办事主题" not in tabs(page(themed.absolute_url(), "en"))
    assert "办事主题" in tabs(page(themed.absolute_url(), "zh-CN"))


def test_the_themes_page_in_english(themed):
    tree = page(f"{themed.absolute_url()}/themes", "en")
    assert texts(tree, "//h1") == ["Life events"]
    business = tree.xpath("//*[@id='life-events-business']")[0]
    assert texts(business, ".//a") == ["Starting a business"]
    assert "Licences to open a shop or a factory" in business.text_content()
    # No English given: the Chinese stands rather than nothing.
    personal = tree.xpath("//*[@id='life-events-personal']")[0]
    assert texts(personal, ".//a") == ["生育收养"]
    crumbs = texts(tree, CRUMBS)
    assert "Life events" in crumbs
    assert "办事主题" not in crumbs


def test_the_themes_page_in_chinese(themed):
    tree = page(f"{themed.absolute_url()}/themes", "zh-CN")
    assert texts(tree, "//h1") == ["办事主题"]
    business = tree.xpath("//*[@id='life-events-business']")[0]
    assert texts(business, ".//a") == ["开办企业"]
    assert "开店、开厂所需的许可" in business.text_content()


def test_a_life_event_page_and_its_breadcrumbs_in_english(themed):
    tree = page(f"{themed.absolute_url()}/themes/kaiban", "en")
    assert texts(tree, "//h1") == ["Starting a business"]
    assert "Licences to open a shop or a factory" in texts(tree, "//p[@class='lead']")
    crumbs = texts(tree, CRUMBS)
    assert crumbs[-2:] == ["Life events", "Starting a business"]
    chinese = page(f"{themed.absolute_url()}/themes/kaiban", "zh-CN")
    crumbs = texts(chinese, CRUMBS)
    assert crumbs[-2:] == ["办事主题", "开办企业"]


@pytest.mark.parametrize("language", ["en", "zh-CN"])
def test_pages_outside_the_themes_keep_plones_breadcrumbs(themed, language):
    """The themes' breadcrumbs are theirs alone: the site root, a folder and
    an item page render with Plone's own."""
    with api.env.adopt_user(SITE_OWNER_NAME):
        folder = api.content.create(
            container=themed, type="Folder", id="notices", title="通知公告"
        )
        api.content.transition(folder, transition="publish")
    transaction.commit()
    root = page(themed.absolute_url(), language)
    assert root.xpath("//*[@id='portal-breadcrumbs']")
    crumbs = texts(page(f"{themed.absolute_url()}/notices", language), CRUMBS)
    assert crumbs[-1] == "通知公告"
    crumbs = texts(page(f"{themed.absolute_url()}/a/food", language), CRUMBS)
    assert crumbs[-1] == themed.a.food.Title()
    assert crumbs[-2] == themed.a.Title()


def test_the_item_page_and_the_catalogue_name_the_events_in_english(themed):
    item = page(f"{themed.absolute_url()}/a/food", "en")
    assert texts(item, "//*[@id='item-life-events']//a") == [
        "Starting a business",
        "生育收养",
    ]
    catalogue = page(f"{themed.absolute_url()}/@@catalogue", "en")
    assert "Starting a business" in catalogue.text_content()
    assert "开办企业" not in catalogue.text_content()
    chinese = page(f"{themed.absolute_url()}/@@catalogue", "zh-CN")
    assert "开办企业" in chinese.text_content()


def test_an_editor_renaming_the_folder_keeps_her_title(themed):
    with api.env.adopt_user(SITE_OWNER_NAME):
        themed.themes.setTitle("主题服务")
        themed.themes.reindexObject()
    transaction.commit()
    assert "主题服务" in tabs(page(themed.absolute_url(), "en"))
    tree = page(f"{themed.absolute_url()}/themes", "en")
    assert texts(tree, "//h1") == ["主题服务"]
