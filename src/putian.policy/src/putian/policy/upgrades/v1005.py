from plone import api
from putian.policy.upgrades import PROFILE_ID


def add_approval_flows(setup_tool):
    """The ApprovalFlow type inside items, under the catalogue workflow, and
    the catalog column the department report reads."""
    for step in ("rolemap", "typeinfo", "workflow", "catalog"):
        setup_tool.runImportStepFromProfile(PROFILE_ID, step)
    setup_tool.portal_workflow.updateRoleMappings()
    for brain in api.content.find(portal_type="ApprovalItem", unrestricted=True):
        brain._unrestrictedGetObject().reindexObject(idxs=["getId"])
