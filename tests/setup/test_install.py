"""Both add-ons install with their dependencies and uninstall cleanly."""

from plone.base.interfaces import INonInstallable
from putian.policy.interfaces import IPutianPolicyLayer
from putian.theme.interfaces import IPutianThemeLayer
from zope.component import getAllUtilitiesRegisteredFor

import pytest


ADDONS = ("putian.policy", "putian.theme")
DEPENDENCIES = ("plone.restapi", "collective.easyform", "plone.app.caching")


class TestInstalled:
    @pytest.mark.parametrize("name", ADDONS + DEPENDENCIES)
    def test_product_installed(self, installer, name):
        assert installer.is_product_installed(name) is True

    @pytest.mark.parametrize("layer", [IPutianPolicyLayer, IPutianThemeLayer])
    def test_browserlayer(self, browser_layers, layer):
        assert layer in browser_layers

    @pytest.mark.parametrize("name", ADDONS)
    def test_profile_is_at_its_current_version(
        self, setup_tool, profile_last_version, name
    ):
        profile = f"{name}:default"
        assert profile_last_version(profile) == setup_tool.getVersionForProfile(profile)

    @pytest.mark.parametrize("name", ADDONS)
    def test_uninstall_profile_hidden_from_addons_panel(self, portal, name):
        hidden = {
            profile
            for utility in getAllUtilitiesRegisteredFor(INonInstallable)
            for profile in utility.getNonInstallableProfiles()
        }
        assert f"{name}:uninstall" in hidden
        assert f"{name}:default" not in hidden


class TestUninstalled:
    @pytest.fixture(autouse=True)
    def _uninstalled(self, installer):
        installer.uninstall_product("putian.policy")
        installer.uninstall_product("putian.theme")

    @pytest.mark.parametrize("name", ADDONS)
    def test_product_uninstalled(self, installer, name):
        assert installer.is_product_installed(name) is False

    @pytest.mark.parametrize("layer", [IPutianPolicyLayer, IPutianThemeLayer])
    def test_browserlayer_removed(self, browser_layers, layer):
        assert layer not in browser_layers
