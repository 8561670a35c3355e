"""The case types, workflows and roles, and the upgrade that adds them."""

from plone.app.workflow.interfaces import ISharingPageRole
from putian.policy.rules.cases.workflow import CASE_STATES
from putian.policy.rules.cases.workflow import CASE_TRANSITIONS
from putian.policy.rules.catalogue.terms import tokens
from zope.component import getUtility

import pytest


PROFILE = "putian.policy:default"


def test_the_workflow_is_the_cores(portal):
    workflow = portal.portal_workflow["putian_application_workflow"]
    assert set(workflow.states.objectIds()) == set(tokens(CASE_STATES))
    assert set(workflow.transitions.objectIds()) == set(CASE_TRANSITIONS)
    for transition_id, spec in CASE_TRANSITIONS.items():
        transition = workflow.transitions[transition_id]
        assert transition.new_state_id == spec.target
        assert transition.guard.roles == (spec.role,)
        sources = {
            state.id
            for state in workflow.states.objectValues()
            if transition_id in state.transitions
        }
        assert sources == set(spec.sources), transition_id


def test_chains(portal):
    chain = portal.portal_workflow.getChainForPortalType
    assert chain("Application") == ("putian_application_workflow",)
    assert chain("CaseFolder") == ("putian_case_folder_workflow",)
    assert chain("Certificate") == ()


@pytest.mark.parametrize("role", ["WindowClerk", "CaseReviewer", "CaseDecider"])
def test_case_roles_are_given_on_a_departments_sharing_tab(portal, role):
    assert getUtility(ISharingPageRole, name=role).required_interface.__name__ == (
        "IDepartment"
    )


def test_cases_and_certificates_are_indexed(portal):
    indexes = portal.portal_catalog.indexes()
    assert "receipt_number" in indexes
    assert "certificate_number" in indexes


@pytest.fixture
def site_at_1007(portal, setup_tool, departments):
    """A site as 1007 left it: departments without case folders, no case types."""
    for department in departments.values():
        department._delObject("cases", suppress_events=True)
    portal.portal_types.manage_delObjects(["CaseFolder", "Application", "Certificate"])
    portal.portal_workflow.manage_delObjects(["putian_application_workflow"])
    portal.portal_catalog.delIndex("receipt_number")
    setup_tool.setLastVersionForProfile(PROFILE, "1007")
    return portal


def test_upgrade_from_1007_adds_applications(site_at_1007, setup_tool, departments):
    setup_tool.upgradeProfile(PROFILE)
    last = setup_tool.getLastVersionForProfile(PROFILE)
    assert last == (setup_tool.getVersionForProfile(PROFILE),)
    assert "Application" in site_at_1007.portal_types.objectIds()
    assert "putian_application_workflow" in site_at_1007.portal_workflow.objectIds()
    assert "receipt_number" in site_at_1007.portal_catalog.indexes()
    for department in departments.values():
        assert department["cases"].portal_type == "CaseFolder"
    assert "EasyForm" in site_at_1007.portal_types.ServiceGuide.allowed_content_types


def test_the_site_has_its_audit_log_and_query_code_key(portal):
    from putian.policy.applications.numbering import QUERY_CODE_KEY_ANNOTATION
    from putian.policy.audit.storage import ANNOTATION_KEY
    from zope.annotation.interfaces import IAnnotations

    annotations = IAnnotations(portal)
    assert ANNOTATION_KEY in annotations
    assert len(annotations[QUERY_CODE_KEY_ANNOTATION]["key"]) == 64
