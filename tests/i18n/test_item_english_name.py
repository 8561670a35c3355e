"""An item's English name (behavior putian.policy.behaviors.english_name):
the heading of its page and of its guide's page for an English visitor, the
Chinese for a Chinese one; a life event's English stored before the behavior
reads through it (issue 13)."""

from plone import api
from plone.app.testing import SITE_OWNER_NAME
from putian.policy.behaviors.english_name import IEnglishName
from putian.policy.behaviors.english_name import title_in_language
from tests.fixtures.applications import publish
from tests.fixtures.html import page

import pytest
import requests
import transaction


def test_a_life_event_reads_its_stored_english_through_the_behavior(site):
    with api.env.adopt_user(SITE_OWNER_NAME):
        event = api.content.create(
            container=site, type="LifeEvent", title="生育收养", audience="person"
        )
    event.__dict__["title_en"] = "Birth and adoption"
    assert IEnglishName(event).title_en == "Birth and adoption"


def test_an_item_is_named_in_the_language_of_its_reader(site):
    with api.env.adopt_user(SITE_OWNER_NAME):
        item = site.a.food
        item.title_en = "Food business licence"
        item.reindexObject()
        publish(item)
    transaction.commit()
    [brain] = api.content.find(UID=item.UID())
    assert brain.title_en == "Food business licence"
    request = site.REQUEST
    request["LANGUAGE"] = "en"
    assert title_in_language(brain, request) == "Food business licence"
    request["LANGUAGE"] = "zh-cn"
    assert title_in_language(item, request) == item.Title()


@pytest.fixture
def named_food(site):
    """Food, named in English, published."""
    with api.env.adopt_user(SITE_OWNER_NAME):
        item = site.a.food
        item.title_en = "Food business licence"
        publish(item)
        item.reindexObject()
    transaction.commit()
    return item


def heading(url, language):
    (h1,) = page(url, language).xpath("//h1[@class='documentFirstHeading']")
    return h1.text_content().strip()


def test_the_item_and_guide_pages_are_headed_in_english(named_food):
    item = named_food
    for url in (item.absolute_url(), item.guide.absolute_url()):
        assert heading(url, "en") == "Food business licence"
        assert heading(url, "zh-CN") == item.Title()


def test_search_finds_an_item_by_its_english_name_through_rest(site, named_food):
    item = named_food
    response = requests.get(
        f"{site.absolute_url()}/@search",
        params={"SearchableText": "licence", "metadata_fields": "title_en"},
        headers={"Accept": "application/json"},
        timeout=60,
    )
    assert response.status_code == 200
    found = {entry["@id"]: entry for entry in response.json()["items"]}
    assert found[item.absolute_url()]["title_en"] == "Food business licence"
