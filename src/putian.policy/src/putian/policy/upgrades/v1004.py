from Products.GenericSetup.tool import UNKNOWN
from putian.policy.upgrades import PROFILE_ID


ITERATE_PROFILE = "profile-plone.app.iterate:default"


def add_working_copies(setup_tool):
    """Working copies of published catalogue content (plone.app.iterate)."""
    if setup_tool.getLastVersionForProfile(ITERATE_PROFILE) == UNKNOWN:
        setup_tool.runAllImportStepsFromProfile(ITERATE_PROFILE)
    setup_tool.runImportStepFromProfile(PROFILE_ID, "workflow")
    # Existing content takes the new check-out and check-in permissions.
    setup_tool.portal_workflow.updateRoleMappings()
