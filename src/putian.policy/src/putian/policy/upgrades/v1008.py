from plone import api
from putian.policy.setuphandlers.applications import prepare_applications
from putian.policy.upgrades import PROFILE_ID


def add_applications(setup_tool):
    """Case types and workflows, case roles, indexes; a case folder per
    department.  Existing content keeps its workflow state."""
    for step in ("rolemap", "typeinfo", "workflow", "catalog"):
        setup_tool.runImportStepFromProfile(PROFILE_ID, step)
    prepare_applications(api.portal.get())
