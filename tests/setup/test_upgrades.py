"""A site created at an earlier profile version is brought up to date."""

from plone import api

import pytest


PROFILE = "putian.policy:default"


@pytest.fixture
def site_at_1000(portal, setup_tool):
    """A site as profile 1000 left it: Plone's defaults for language and zone."""
    api.portal.set_registry_record("plone.portal_timezone", "UTC")
    api.portal.set_registry_record("plone.default_language", "en")
    api.portal.set_registry_record("plone.available_languages", ["en"])
    setup_tool.setLastVersionForProfile(PROFILE, "1000")
    return portal


def test_upgrade_is_pending(site_at_1000, setup_tool):
    steps = setup_tool.listUpgrades(PROFILE)
    assert [(s["ssource"], s["sdest"]) for s in steps] == [("1000", "1001")]


def test_upgrade_to_1001_sets_language_and_time_zone(
    site_at_1000, setup_tool, profile_last_version
):
    setup_tool.upgradeProfile(PROFILE)
    assert profile_last_version(PROFILE) == "1001"
    assert api.portal.get_registry_record("plone.portal_timezone") == "Asia/Shanghai"
    assert api.portal.get_registry_record("plone.default_language") == "zh-cn"
    assert api.portal.get_registry_record("plone.available_languages") == [
        "zh-cn",
        "en",
    ]
    assert setup_tool.listUpgrades(PROFILE) == []
