"""Create the portal's Plone site and its admin, idempotently.

``make start`` runs ``scripts/create_site.py`` through ``bin/instance run``,
which calls :func:`ensure_admin` and :func:`ensure_site` with the Zope root.
"""

from plone import api
from plone.distribution.api import site as site_api
from zope.component.hooks import setSite

import logging
import transaction


logger = logging.getLogger("putian.policy")

SITE_ID = "putian"
SITE_TITLE = "莆田市行政审批标准化服务平台"
SITE_DESCRIPTION = (
    "莆田市深化行政审批标准化改革：事项清单、办事指南、审批流程、网上办理与监督评价。"
)
DEFAULT_LANGUAGE = "zh-cn"
TIME_ZONE = "Asia/Shanghai"
DISTRIBUTION = "classic"
POLICY_PROFILE = "putian.policy"
DEVELOPMENT_ADMIN = ("admin", "admin")
# Our profiles, upgraded on every start so the data follows the code.
OUR_PROFILES = ("putian.theme:default", "putian.policy:default")


def parse_admin(value):
    """Read ``user:password`` (the PUTIAN_ADMIN variable) into a pair.

    An empty value means the development default; a value without a colon or
    with an empty part is refused, so a typo never creates a blank password.
    """
    if not value:
        return DEVELOPMENT_ADMIN
    login, sep, password = value.partition(":")
    if not sep or not login or not password:
        raise ValueError("PUTIAN_ADMIN must be 'user:password' with both parts set")
    return login, password


def ensure_admin(app, login, password):
    """Make ``login`` a Manager of the Zope root with ``password``.

    When a real admin replaces the development one, the development
    ``admin``/``admin`` account is removed so it cannot be used to log in.
    Returns True when anything changed.
    """
    users = app.acl_users
    changed = False
    if users.getUser(login) is None:
        users._doAddUser(login, password, ["Manager"], [])
        changed = True
    elif not users.authenticate(login, password, None):
        users._doChangeUser(login, password, ["Manager"], [])
        changed = True
    dev_login, dev_password = DEVELOPMENT_ADMIN
    if login != dev_login and users.authenticate(dev_login, dev_password, None):
        users._doDelUsers([dev_login])
        changed = True
    return changed


def ensure_site(app, site_id=SITE_ID):
    """Create the site with the policy installed, unless it exists.

    Returns the site and whether it was created now. An existing site is
    left as it is: its data is never touched by a restart.
    """
    if site_id in app.objectIds():
        return app[site_id], False
    answers = {
        "site_id": site_id,
        "title": SITE_TITLE,
        "description": SITE_DESCRIPTION,
        "default_language": DEFAULT_LANGUAGE,
        "portal_timezone": TIME_ZONE,
        "setup_content": False,
    }
    site = site_api.create(app, DISTRIBUTION, answers)
    setSite(site)
    api.addon.install(POLICY_PROFILE)
    transaction.get().note(f"putian.policy installed in {site_id}")
    transaction.commit()
    logger.info("Created site %s with %s", site_id, POLICY_PROFILE)
    return site, True


def upgrade_our_profiles(site):
    """Run the pending upgrade steps of our profiles; return what ran.

    Returns a list of (profile, from version, to version), empty when the
    site is up to date.
    """
    setSite(site)
    setup_tool = site.portal_setup
    ran = []
    for profile in OUR_PROFILES:
        if not setup_tool.listUpgrades(profile):
            continue
        before = setup_tool.getLastVersionForProfile(profile)
        setup_tool.upgradeProfile(profile)
        after = setup_tool.getLastVersionForProfile(profile)
        ran.append((profile, ".".join(before), ".".join(after)))
        logger.info("Upgraded %s from %s to %s", profile, before, after)
    if ran:
        transaction.get().note("putian: upgrade steps of our profiles")
        transaction.commit()
    return ran
