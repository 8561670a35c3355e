"""Life events (个人办事 / 法人办事): a taxonomy editors keep, items tagged
with it, browsed from the front page, the themes page and the catalogue."""

from lxml import html as lxml_html
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from tests.fixtures.applications import publish
from tests.fixtures.catalogue import make_item
from zope.component import getUtility
from zope.schema.interfaces import IVocabularyFactory

import pytest
import requests
import transaction


PROFILE = "putian.policy:default"


def theme(site, title, audience):
    return api.content.create(
        container=site.themes, type="LifeEvent", title=title, audience=audience
    )


@pytest.fixture
def themed(site):
    """Two themes; food (published) and stall (draft) tagged 开办企业."""
    with api.env.adopt_user(SITE_OWNER_NAME):
        opening = theme(site, "开办企业", "business")
        births = theme(site, "生育收养", "personal")
        food = site.a.food
        food.life_events = [opening.UID()]
        food.reindexObject()
        publish(food)
        stall = make_item(site.a, "stall", "小餐饮登记", "XK00019000")
        stall.life_events = [opening.UID()]
        stall.reindexObject()
    transaction.commit()
    return {"site": site, "opening": opening, "births": births}


def page(url, **params):
    response = requests.get(
        url, params=params, headers={"Accept-Language": "zh-CN"}, timeout=60
    )
    assert response.status_code == 200, response.text[:500]
    return lxml_html.fromstring(response.text)


def texts(tree, xpath) -> list[str]:
    return [" ".join(node.text_content().split()) for node in tree.xpath(xpath)]


def test_the_themes_folder_takes_life_events_only(portal):
    folder = portal.themes
    assert folder.Title() == "办事主题"
    assert api.content.get_state(folder) == "published"
    assert folder.getLayout() == "life-events"
    with api.env.adopt_user(SITE_OWNER_NAME):
        assert [t.getId() for t in folder.allowedContentTypes()] == ["LifeEvent"]


def test_the_reform_office_keeps_the_taxonomy_departments_do_not(portal, people):
    folder = portal.themes
    with api.env.adopt_user("office"):
        assert api.user.has_permission("putian.policy: Add LifeEvent", obj=folder)
        made = api.content.create(
            container=folder, type="LifeEvent", title="注销清算", audience="business"
        )
    assert made.audience == "business"
    with api.env.adopt_user("editor_a"):
        assert not api.user.has_permission("putian.policy: Add LifeEvent", obj=folder)


def test_the_vocabulary_lists_individuals_first_with_their_audience(portal):
    with api.env.adopt_user(SITE_OWNER_NAME):
        business = theme(portal, "开办企业", "business")
        personal = theme(portal, "生育收养", "personal")
    vocabulary = getUtility(IVocabularyFactory, "putian.policy.LifeEvents")(portal)
    assert [term.value for term in vocabulary] == [personal.UID(), business.UID()]
    assert [term.title for term in vocabulary] == [
        "个人办事 · 生育收养",
        "法人办事 · 开办企业",
    ]


def test_a_theme_page_lists_its_published_items(themed):
    tree = page(themed["opening"].absolute_url())
    assert texts(tree, "//table[@id='life-event-items']/tbody/tr/td[1]") == [
        "食品经营许可"
    ]
    assert "法人办事" in tree.text_content()
    link = tree.xpath("//a[contains(@href, '@@catalogue?life_event=')]")[0]
    assert link.get("href").endswith(themed["opening"].UID())
    empty = page(themed["births"].absolute_url())
    assert empty.xpath("//table[@id='life-event-items']") == []


def test_the_front_page_and_the_themes_page_count_published_items(themed):
    site = themed["site"]
    home = page(site.absolute_url())
    business = texts(home, "//*[@id='home-life-events-business']//a")
    assert business == ["开办企业 1"]
    assert texts(home, "//*[@id='home-life-events-personal']//a") == ["生育收养 0"]
    overview = page(f"{site.absolute_url()}/themes")
    assert texts(overview, "//*[@id='life-events-business']//li") == ["开办企业 1"]
    assert texts(overview, "//*[@id='life-events-personal']//h2") == ["个人办事"]


def test_the_catalogue_filters_and_counts_by_life_event(themed):
    site, opening = themed["site"], themed["opening"]
    tree = page(f"{site.absolute_url()}/@@catalogue")
    facet = texts(tree, "//*[@id='facet-life_event']//li/a")
    assert any(text.startswith("开办企业") and text.endswith("1") for text in facet)
    filtered = page(f"{site.absolute_url()}/@@catalogue", life_event=opening.UID())
    assert texts(filtered, "//tr[@class='catalogue-item']/th/a") == ["食品经营许可"]
    none = page(f"{site.absolute_url()}/@@catalogue", life_event=themed["births"].UID())
    assert texts(none, "//tr[@class='catalogue-item']/th/a") == []


def test_the_item_page_links_its_themes(themed):
    tree = page(themed["site"].a.food.absolute_url())
    assert texts(tree, "//*[@id='item-life-events']/a") == ["开办企业"]


def test_rest_tags_an_item_and_refuses_an_unknown_theme(themed):
    site, births = themed["site"], themed["births"]
    url = site.a.food.absolute_url()
    auth = (SITE_OWNER_NAME, SITE_OWNER_PASSWORD)
    headers = {"Accept": "application/json"}
    response = requests.patch(
        url,
        json={"life_events": [births.UID()]},
        auth=auth,
        headers=headers,
        timeout=60,
    )
    assert response.status_code == 204, response.text
    body = requests.get(url, auth=auth, headers=headers, timeout=60).json()
    assert [entry["token"] for entry in body["life_events"]] == [births.UID()]
    refused = requests.patch(
        url,
        json={"life_events": ["no-such-theme"]},
        auth=auth,
        headers=headers,
        timeout=60,
    )
    assert refused.status_code == 400
    transaction.begin()
    assert site.a.food.life_events == [births.UID()]


def test_rest_creates_a_theme(site):
    response = requests.post(
        f"{site.absolute_url()}/themes",
        json={"@type": "LifeEvent", "title": "婚姻登记", "audience": "personal"},
        auth=(SITE_OWNER_NAME, SITE_OWNER_PASSWORD),
        headers={"Accept": "application/json"},
        timeout=60,
    )
    assert response.status_code == 201, response.text
    assert response.json()["audience"]["token"] == "personal"


def test_upgrade_from_1010_adds_life_events(portal, setup_tool, item_a):
    # Upgrades are run by a manager (Site Setup, or make start as admin).
    with api.env.adopt_roles(["Manager"]):
        portal.manage_delObjects(["themes"])
        portal.portal_types.manage_delObjects(["LifeEvent"])
        portal.portal_catalog.delIndex("life_events")
        portal.portal_catalog.delColumn("life_events")
        setup_tool.setLastVersionForProfile(PROFILE, "1010")
        setup_tool.upgradeProfile(PROFILE)
        assert "LifeEvent" in portal.portal_types.objectIds()
        assert portal.themes.getLayout() == "life-events"
        assert "life_events" in portal.portal_catalog.indexes()
        catalog = portal.portal_catalog
        (brain,) = catalog.unrestrictedSearchResults(UID=item_a.UID())
        assert brain.life_events == []


def test_a_deleted_theme_is_taken_off_its_items(themed):
    site, opening = themed["site"], themed["opening"]
    uid = opening.UID()
    with api.env.adopt_user(SITE_OWNER_NAME):
        api.content.delete(opening)
    transaction.commit()
    assert uid not in site.a.food.life_events
    assert len(api.content.find(life_events=uid, unrestricted=True)) == 0
    tree = page(f"{site.absolute_url()}/@@catalogue")
    assert texts(tree, "//*[@id='facet-life_event']//li/a") == []


def test_the_facet_hides_a_theme_the_catalog_no_longer_knows(themed):
    site = themed["site"]
    with api.env.adopt_user(SITE_OWNER_NAME):
        food = site.a.food
        food.life_events = [*food.life_events, "0" * 32]
        food.reindexObject()
    transaction.commit()
    tree = page(f"{site.absolute_url()}/@@catalogue")
    assert texts(tree, "//*[@id='facet-life_event']//li/a") == ["开办企业 1"]


def test_any_member_of_the_reform_office_edits_any_theme(portal, people):
    api.user.create(
        email="office2@putian.example", username="office2", password="secret-pw-123"
    )
    api.user.grant_roles(username="office2", roles=["ReformOffice"])
    with api.env.adopt_user("office"):
        made = api.content.create(
            container=portal.themes,
            type="LifeEvent",
            title="注销清算",
            audience="business",
        )
    with api.env.adopt_user("office2"):
        assert api.user.has_permission("Modify portal content", obj=made)
    with api.env.adopt_user("editor_a"):
        assert not api.user.has_permission("Modify portal content", obj=made)
    assert api.user.has_permission("View", obj=made, username="member")


def test_upgrade_from_1015_lets_the_office_edit_existing_records(
    portal, setup_tool, people
):
    with api.env.adopt_roles(["Manager"]):
        center = api.content.create(
            container=portal,
            type="ServiceCenter",
            id="center",
            title="莆田市行政服务中心",
            level="city",
            address="莆田市城厢区",
            opening_hours="周一至周五",
        )
    # As 1015 left it: owner-only editing.
    workflow = portal.portal_workflow
    workflow.setChainForPortalTypes(["ServiceCenter"], ["one_state_workflow"])
    workflow["one_state_workflow"].updateRoleMappingsFor(center)
    with api.env.adopt_user("office"):
        assert not api.user.has_permission("Modify portal content", obj=center)
    setup_tool.setLastVersionForProfile(PROFILE, "1015")
    with api.env.adopt_roles(["Manager"]):
        setup_tool.upgradeProfile(PROFILE)
    assert workflow.getChainForPortalType("ServiceCenter") == (
        "putian_office_record_workflow",
    )
    with api.env.adopt_user("office"):
        assert api.user.has_permission("Modify portal content", obj=center)
    assert api.content.get_state(center) == "published"
