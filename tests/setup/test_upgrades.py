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


@pytest.fixture
def site_at_1017(portal, setup_tool, submitted):
    """A site as profile 1017 left it, with a case filed then: the case in
    the full-text indexes, its file unmarked, the audit log's time lines
    unsharded, the case folder's meta-type index, no content-rule or
    portlet settings made yet."""
    from BTrees.OIBTree import OIBTree
    from BTrees.OOBTree import OOTreeSet
    from plone.contentrules.engine.assignments import KEY as RULES_KEY
    from plone.portlets.constants import ASSIGNMENT_SETTINGS_KEY
    from Products.CMFCore.indexing import processQueue
    from putian.policy.applications.interfaces import ICaseDocument
    from putian.policy.audit.storage import audit_log
    from putian.policy.audit.storage import stamp
    from zope.annotation.interfaces import IAnnotations
    from zope.interface import noLongerProvides

    catalog = portal.portal_catalog
    processQueue()
    case = submitted.case
    (material,) = case.objectValues()
    noLongerProvides(material, ICaseDocument)
    material.reindexObject(idxs=["object_provides"])
    for name in ("Title", "Description"):
        catalog._catalog.getIndex(name)._indexed_attrs = [name]
    for document in (case, material):
        rid = catalog.getrid("/".join(document.getPhysicalPath()))
        for name in ("SearchableText", "Title"):
            catalog._catalog.getIndex(name).index.index_doc(rid, [document.Title()])
    log = audit_log(portal)
    # One tree per index, as logs were made before shards.
    for name in ("by_date", "by_department", "by_actor", "by_action"):
        setattr(log, name, OOTreeSet())
    for (uid, sequence), data in log.entries.items():
        key = (stamp(data["timestamp"]), uid, sequence)
        log.by_date.insert(key)
        for index, name in (
            (log.by_department, "department"),
            (log.by_actor, "actor"),
            (log.by_action, "action"),
        ):
            if data[name] is not None:
                index.insert((data[name], *key))
    assert [e.object_uid for e in log.query(action="apply")] == [case.UID()]
    folder = case.aq_parent
    folder._mt_index["Dexterity Container"] = OIBTree({case.getId(): 1})
    del IAnnotations(folder)[RULES_KEY]
    for assignment in _root_portlets(portal):
        IAnnotations(assignment).pop(ASSIGNMENT_SETTINGS_KEY, None)
    setup_tool.setLastVersionForProfile(PROFILE, "1017")
    return portal


def _root_portlets(portal):
    from plone.portlets.constants import CONTEXT_ASSIGNMENT_KEY
    from zope.annotation.interfaces import IAnnotations

    for mapping in IAnnotations(portal).get(CONTEXT_ASSIGNMENT_KEY, {}).values():
        yield from mapping.values()


def test_upgrade_from_1017_keeps_concurrent_writers_apart(
    site_at_1017, setup_tool, submitted, item_a
):
    from plone.contentrules.engine.assignments import KEY as RULES_KEY
    from plone.portlets.constants import ASSIGNMENT_SETTINGS_KEY
    from putian.policy.applications.interfaces import ICaseDocument
    from putian.policy.audit.storage import audit_log
    from zope.annotation.interfaces import IAnnotations

    catalog = site_at_1017.portal_catalog
    case = submitted.case
    words = set(catalog.plone_lexicon.words())
    assert catalog.unrestrictedSearchResults(Title=case.receipt_number)
    assert set(catalog.plone_lexicon.parseTerms(case.receipt_number)) & words

    setup_tool.upgradeProfile(PROFILE, dest="1018")
    assert setup_tool.getLastVersionForProfile(PROFILE) == ("1018",)

    # Cases are out of the full-text indexes and their words out of the lexicon.
    for text in (case.receipt_number, case.Title()):
        for index in ("SearchableText", "Title"):
            found = catalog.unrestrictedSearchResults(
                **{index: text}, portal_type=["Application", "File"]
            )
            assert len(found) == 0, (index, text)
    numbers = set(catalog.plone_lexicon.parseTerms(case.receipt_number))
    assert not numbers & set(catalog.plone_lexicon.words())
    # Still found where staff look, with their title.
    (brain,) = catalog.unrestrictedSearchResults(receipt_number=case.receipt_number)
    assert brain.Title == case.Title()
    # The catalogue is indexed in full text as before.
    item_path = "/".join(item_a.getPhysicalPath())
    for index in ("SearchableText", "Title"):
        found = catalog.unrestrictedSearchResults(**{index: item_a.Title()})
        assert item_path in [b.getPath() for b in found], index
    (material,) = case.objectValues()
    assert ICaseDocument.providedBy(material)
    # The audit log answers from its time lines, a tree per shard.
    log = audit_log(site_at_1017)
    assert isinstance(log.by_date, tuple)
    assert len(log.by_action) == 16
    assert [e.object_uid for e in log.query(action="apply")] == [case.UID()]
    assert len(list(log.query())) == len(log)
    folder = case.aq_parent
    assert len(folder._mt_index) == 0
    assert RULES_KEY in IAnnotations(folder)
    assignments = list(_root_portlets(site_at_1017))
    assert assignments
    for assignment in assignments:
        assert ASSIGNMENT_SETTINGS_KEY in IAnnotations(assignment)


REVOKE = "putian.policy: Revoke certificate"
FORWARD = "putian.policy: Forward applications"


def roles_with(portal, permission) -> set:
    roles = portal.rolesOfPermission(permission)
    return {role["name"] for role in roles if role["selected"]}


def test_upgrade_from_1027_makes_revoking_and_forwarding_permissions(
    portal, setup_tool
):
    """Sites before 1030 told who may revoke and forward by the role's name."""
    portal.manage_permission(REVOKE, roles=[], acquire=True)
    portal.manage_permission(FORWARD, roles=[], acquire=True)
    setup_tool.setLastVersionForProfile(PROFILE, "1027")
    setup_tool.upgradeProfile(PROFILE)
    assert roles_with(portal, REVOKE) == {"CaseDecider"}
    assert roles_with(portal, FORWARD) == {"WindowClerk"}
    reached = setup_tool.getLastVersionForProfile(PROFILE)
    assert reached == (current_version(setup_tool),)


def test_upgrade_from_1036_lets_department_editors_generate_forms(portal, setup_tool):
    """Before 1037 only the guide's owner could generate its online form."""
    permission = "collective.easyform: Add Content"
    portal.manage_permission(permission, roles=["Manager", "Owner"], acquire=True)
    setup_tool.setLastVersionForProfile(PROFILE, "1036")
    setup_tool.upgradeProfile(PROFILE)
    assert "DepartmentEditor" in roles_with(portal, permission)
    reached = setup_tool.getLastVersionForProfile(PROFILE)
    assert reached == (current_version(setup_tool),)
