"""A site created at an earlier profile version is brought up to date."""

from plone import api

import pytest


PROFILE = "putian.policy:default"


def configlet_ids(portal):
    return [action.id for action in portal.portal_controlpanel.listActions()]


CATALOGUE_TYPES = ("Department", "ServiceCenter", "ApprovalItem", "ServiceGuide")


@pytest.fixture
def site_at_1004(portal, setup_tool):
    """A site as profile 1004 left it: no approval flows."""
    portal.portal_types.manage_delObjects(["ApprovalFlow"])
    portal.portal_catalog.delColumn("limit_exemption_reason")
    setup_tool.setLastVersionForProfile(PROFILE, "1004")
    return portal


def test_upgrade_from_1004_adds_approval_flows(site_at_1004, setup_tool):
    setup_tool.upgradeProfile(PROFILE)
    assert "ApprovalFlow" in site_at_1004.portal_types.objectIds()
    assert (
        "ApprovalFlow" in site_at_1004.portal_types.ApprovalItem.allowed_content_types
    )
    assert site_at_1004.portal_workflow.getChainForPortalType("ApprovalFlow") == (
        "putian_catalogue_workflow",
    )
    assert "limit_exemption_reason" in site_at_1004.portal_catalog.schema()


@pytest.fixture
def site_at_1002(portal, setup_tool):
    """A site as profile 1002 left it: no catalogue types or workflow."""
    portal.portal_types.manage_delObjects([*CATALOGUE_TYPES, "ReviewRules"])
    portal.portal_workflow.manage_delObjects(["putian_catalogue_workflow"])
    portal.portal_catalog.delIndex("base_code")
    setup_tool.setLastVersionForProfile(PROFILE, "1002")
    return portal


@pytest.fixture
def site_at_1001(site_at_1002, setup_tool):
    """A site as profile 1001 left it: no working calendar control panel."""
    site_at_1002.portal_controlpanel.unregisterConfiglet("putian-calendar")
    setup_tool.setLastVersionForProfile(PROFILE, "1001")
    return site_at_1002


@pytest.fixture
def site_at_1000(site_at_1001, setup_tool):
    """A site as profile 1000 left it: Plone's defaults for language and zone."""
    api.portal.set_registry_record("plone.portal_timezone", "UTC")
    api.portal.set_registry_record("plone.default_language", "en")
    api.portal.set_registry_record("plone.available_languages", ["en"])
    setup_tool.setLastVersionForProfile(PROFILE, "1000")
    return site_at_1001


def current_version(setup_tool):
    return setup_tool.getVersionForProfile(PROFILE)


def test_upgrades_form_a_chain_to_the_current_version(site_at_1000, setup_tool):
    steps = [(s["ssource"], s["sdest"]) for s in setup_tool.listUpgrades(PROFILE)]
    assert steps[:5] == [
        ("1000", "1001"),
        ("1001", "1002"),
        ("1002", "1003"),
        ("1003", "1004"),
        ("1004", "1005"),
    ]
    assert all(a[1] == b[0] for a, b in zip(steps, steps[1:], strict=False))
    assert steps[-1][1] == current_version(setup_tool)


def test_upgrade_from_1000_sets_language_and_time_zone(
    site_at_1000, setup_tool, profile_last_version
):
    setup_tool.upgradeProfile(PROFILE)
    assert profile_last_version(PROFILE) == current_version(setup_tool)
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
    assert profile_last_version(PROFILE) == current_version(setup_tool)
    assert "putian-calendar" in configlet_ids(site_at_1001)


def test_upgrade_from_1002_adds_the_catalogue(
    site_at_1002, setup_tool, profile_last_version
):
    setup_tool.upgradeProfile(PROFILE)
    assert profile_last_version(PROFILE) == current_version(setup_tool)
    types = site_at_1002.portal_types.objectIds()
    assert set(CATALOGUE_TYPES) <= set(types)
    workflow = site_at_1002.portal_workflow
    assert workflow.getChainForPortalType("ApprovalItem") == (
        "putian_catalogue_workflow",
    )
    assert "base_code" in site_at_1002.portal_catalog.indexes()
