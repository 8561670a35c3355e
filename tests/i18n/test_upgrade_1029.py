"""Upgrade 1028 -> 1029: a site loaded with the demo before gets the demo's
English for its life events and guide materials, where still empty; the
themes folder is marked for its translated breadcrumb."""

from plone import api
from plone.app.testing import SITE_OWNER_NAME
from putian.policy.life_events.interfaces import ILifeEventFolder
from tests.fixtures.catalogue import make_life_event
from zope.interface import noLongerProvides

import pytest


PROFILE = "putian.policy:default"


@pytest.fixture
def demo_before(portal, item_a):
    """What a demo site held before 1029: life events and materials with
    Chinese names only, one event renamed and one material named by an
    editor, the themes folder unmarked."""
    with api.env.adopt_user(SITE_OWNER_NAME):
        for event_id, title in (("kaiban", "开办企业与准营"), ("huji", "户口办理")):
            make_life_event(portal, event_id, title, "business")
        make_life_event(
            portal, "hunyin", "婚姻登记", "personal", title_en="Getting married"
        )
    guide = item_a.guide
    first, second = guide.materials
    guide.materials = [first, {**second, "name_en": "Licence"}]
    noLongerProvides(portal.themes, ILifeEventFolder)
    setup_tool = api.portal.get_tool("portal_setup")
    setup_tool.setLastVersionForProfile(PROFILE, "1028")
    setup_tool.upgradeProfile(PROFILE, dest="1029")
    assert setup_tool.getLastVersionForProfile(PROFILE) == ("1029",)
    return portal


def test_the_demos_life_events_get_their_english(demo_before):
    event = demo_before.themes.kaiban
    assert event.title_en == "Starting and running a business"
    assert event.description_en == "Licences to open a shop or a factory"


def test_what_an_editor_changed_stays(demo_before):
    # Renamed by an editor: not the demo's event any more.
    assert not getattr(demo_before.themes.huji, "title_en", None)
    # Her English stays; the empty description is filled.
    assert demo_before.themes.hunyin.title_en == "Getting married"
    assert (
        demo_before.themes.hunyin.description_en
        == "Registering a marriage or a divorce"
    )
    assert demo_before.a.food.guide.materials[1]["name_en"] == "Licence"


def test_the_demos_materials_get_their_english(demo_before):
    first = demo_before.a.food.guide.materials[0]
    assert first["name"] == "食品经营许可申请书"
    assert first["name_en"] == "Application for a food business licence"


def test_the_themes_folder_is_marked(demo_before):
    assert ILifeEventFolder.providedBy(demo_before.themes)


def test_a_second_run_changes_nothing(demo_before):
    from putian.policy.demo.english import fill_english_names

    filled = fill_english_names(demo_before)
    assert filled["life_events"] == 0
    assert filled["guides"] == 0
