"""The script behind `make start`: admin from PUTIAN_ADMIN, site created once."""

from AccessControl.userfolder import UserFolder
from Acquisition import aq_base
from OFS.Folder import Folder
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.testing.zope import login
from putian.policy.setuphandlers.site import ensure_admin
from putian.policy.setuphandlers.site import ensure_site
from putian.policy.setuphandlers.site import parse_admin
from putian.policy.setuphandlers.site import upgrade_our_profiles
from zope.component.hooks import setSite

import pytest


class TestParseAdmin:
    def test_default_is_development_admin(self):
        assert parse_admin("") == ("admin", "admin")

    def test_user_and_password(self):
        assert parse_admin("zhangsan:s3cret:with:colons") == (
            "zhangsan",
            "s3cret:with:colons",
        )

    @pytest.mark.parametrize("value", ["nocolon", ":pw", "user:"])
    def test_incomplete_value_is_refused(self, value):
        with pytest.raises(ValueError, match="PUTIAN_ADMIN"):
            parse_admin(value)


class TestEnsureAdmin:
    @pytest.fixture
    def root(self):
        """A root like a Zope instance's: a folder with a standard user folder."""
        root = Folder("root")
        root._setObject("acl_users", UserFolder())
        return root

    def test_creates_manager(self, root):
        assert ensure_admin(root, "zhangsan", "pw1") is True
        assert root.acl_users.authenticate("zhangsan", "pw1", None) is not None
        assert "Manager" in root.acl_users.getUser("zhangsan").getRoles()

    def test_second_call_changes_nothing(self, root):
        ensure_admin(root, "zhangsan", "pw1")
        assert ensure_admin(root, "zhangsan", "pw1") is False

    def test_new_password_is_applied(self, root):
        ensure_admin(root, "zhangsan", "pw1")
        assert ensure_admin(root, "zhangsan", "pw2") is True
        assert root.acl_users.authenticate("zhangsan", "pw1", None) is None
        assert root.acl_users.authenticate("zhangsan", "pw2", None) is not None

    def test_real_admin_removes_development_admin(self, root):
        ensure_admin(root, "admin", "admin")
        ensure_admin(root, "zhangsan", "pw1")
        assert root.acl_users.getUser("admin") is None
        assert root.acl_users.getUser("zhangsan") is not None

    def test_development_admin_with_changed_password_is_kept(self, root):
        # Someone set their own password on "admin": not ours to delete.
        ensure_admin(root, "admin", "changed")
        ensure_admin(root, "zhangsan", "pw1")
        assert root.acl_users.getUser("admin") is not None


class TestEnsureSite:
    @pytest.fixture
    def app(self, functional):
        app = functional["app"]
        login(app.acl_users, SITE_OWNER_NAME)
        yield app
        setSite(None)

    def test_creates_chinese_site_with_addons(self, app):
        site, created = ensure_site(app)
        assert created is True
        assert site.getId() == "putian"
        setSite(site)
        assert api.portal.get_registry_record("plone.default_language") == "zh-cn"
        assert site.Language() == "zh-cn"
        assert api.portal.get_registry_record("plone.portal_timezone") == (
            "Asia/Shanghai"
        )
        assert site.title == "莆田市行政审批标准化服务平台"
        installed = api.addon.get_addon_ids("installed")
        for name in ("putian.policy", "putian.theme", "plone.restapi"):
            assert name in installed

    def test_existing_site_is_kept(self, app):
        site, _ = ensure_site(app)
        site.invokeFactory("Document", "kept", title="通过网页创建")
        again, created = ensure_site(app)
        assert created is False
        assert aq_base(again) is aq_base(site)
        assert "kept" in again.objectIds()


class TestUpgradeOnStart:
    def test_pending_steps_run(self, functional):
        portal = functional["portal"]
        setup_tool = portal.portal_setup
        setup_tool.setLastVersionForProfile("putian.policy:default", "1001")
        current = setup_tool.getVersionForProfile("putian.policy:default")
        assert upgrade_our_profiles(portal) == [
            ("putian.policy:default", "1001", current)
        ]
        assert setup_tool.listUpgrades("putian.policy:default") == []

    def test_up_to_date_site_is_left_alone(self, functional):
        assert upgrade_our_profiles(functional["portal"]) == []
