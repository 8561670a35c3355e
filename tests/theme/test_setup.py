"""The theme's profile: the skip link first in the header, the public
services among the portal tabs, and their upgrades."""

from plone.app.viewletmanager.interfaces import IViewletSettingsStorage
from zope.component import getUtility

import pytest


PROFILE = "putian.theme:default"
HEADER = "plone.portalheader"


def header_order(portal):
    storage = getUtility(IViewletSettingsStorage)
    return storage.getOrder(HEADER, portal.getCurrentSkinName())


def test_the_skip_link_comes_first_in_the_header(portal):
    order = header_order(portal)
    assert order[0] == "putian.skiplink"
    # Plone's own header viewlets keep their order after it.
    assert order.index("plone.anontools") < order.index("plone.logo")


@pytest.fixture
def site_at_1000(portal, setup_tool):
    """A site as profile 1000 left it: no skip link in the header's order."""
    storage = getUtility(IViewletSettingsStorage)
    skin = portal.getCurrentSkinName()
    order = [name for name in header_order(portal) if name != "putian.skiplink"]
    storage.setOrder(HEADER, skin, tuple(order))
    setup_tool.setLastVersionForProfile(PROFILE, "1000")
    return portal


def test_upgrade_from_1000_puts_the_skip_link_first(site_at_1000, setup_tool):
    assert "putian.skiplink" not in header_order(site_at_1000)
    steps = [(s["ssource"], s["sdest"]) for s in setup_tool.listUpgrades(PROFILE)]
    assert steps == [("1000", "1001"), ("1001", "1002")]
    setup_tool.upgradeProfile(PROFILE, "1001")
    assert header_order(site_at_1000)[0] == "putian.skiplink"
    assert setup_tool.getLastVersionForProfile(PROFILE) == ("1001",)


SERVICE_TABS = ("catalogue", "track", "verify-certificate")


def portal_tabs(portal):
    return portal.portal_actions.portal_tabs


def test_the_public_services_follow_home_among_the_portal_tabs(portal):
    tabs = portal_tabs(portal)
    assert list(tabs.objectIds())[:4] == ["index_html", *SERVICE_TABS]
    catalogue = tabs["catalogue"]
    assert catalogue.i18n_domain == "putian.theme"
    assert catalogue.title == "Item catalogue"
    assert catalogue.url_expr.endswith("/@@catalogue")
    assert catalogue.visible


@pytest.fixture
def site_at_1001(portal, setup_tool):
    """A site as profile 1001 left it: only Plone's 首页 among the tabs."""
    portal_tabs(portal).manage_delObjects(list(SERVICE_TABS))
    setup_tool.setLastVersionForProfile(PROFILE, "1001")
    return portal


def test_upgrade_from_1001_adds_the_public_service_tabs(site_at_1001, setup_tool):
    tabs = portal_tabs(site_at_1001)
    assert not set(SERVICE_TABS) & set(tabs.objectIds())
    steps = [(s["ssource"], s["sdest"]) for s in setup_tool.listUpgrades(PROFILE)]
    assert steps == [("1001", "1002")]
    setup_tool.upgradeProfile(PROFILE)
    assert list(tabs.objectIds())[:4] == ["index_html", *SERVICE_TABS]
    assert setup_tool.getLastVersionForProfile(PROFILE) == ("1002",)
