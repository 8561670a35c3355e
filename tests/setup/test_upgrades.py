"""A site created at an earlier profile version is brought up to date."""

from plone import api

import pytest


PROFILE = "putian.policy:default"


def configlet_ids(portal):
    return [action.id for action in portal.portal_controlpanel.listActions()]


@pytest.fixture
def site_at_1001(portal, setup_tool):
    """A site as profile 1001 left it: no working calendar control panel."""
    portal.portal_controlpanel.unregisterConfiglet("putian-calendar")
    setup_tool.setLastVersionForProfile(PROFILE, "1001")
    return portal


@pytest.fixture
def site_at_1000(site_at_1001, setup_tool):
    """A site as profile 1000 left it: Plone's defaults for language and zone."""
    api.portal.set_registry_record("plone.portal_timezone", "UTC")
    api.portal.set_registry_record("plone.default_language", "en")
    api.portal.set_registry_record("plone.available_languages", ["en"])
    setup_tool.setLastVersionForProfile(PROFILE, "1000")
    return site_at_1001


def test_upgrades_are_pending(site_at_1000, setup_tool):
    steps = setup_tool.listUpgrades(PROFILE)
    assert [(s["ssource"], s["sdest"]) for s in steps] == [
        ("1000", "1001"),
        ("1001", "1002"),
    ]


def test_upgrade_from_1000_sets_language_and_time_zone(
    site_at_1000, setup_tool, profile_last_version
):
    setup_tool.upgradeProfile(PROFILE)
    assert profile_last_version(PROFILE) == "1002"
    assert api.portal.get_registry_record("plone.portal_timezone") == "Asia/Shanghai"
    assert api.portal.get_registry_record("plone.default_language") == "zh-cn"
    assert api.portal.get_registry_record("plone.available_languages") == [
        "zh-cn",
        "en",
    ]
    assert setup_tool.listUpgrades(PROFILE) == []


def test_upgrade_from_1001_adds_calendar_control_panel(
    site_at_1001, setup_tool, profile_last_version
):
    assert "putian-calendar" not in configlet_ids(site_at_1001)
    setup_tool.upgradeProfile(PROFILE)
    assert profile_last_version(PROFILE) == "1002"
    assert "putian-calendar" in configlet_ids(site_at_1001)
