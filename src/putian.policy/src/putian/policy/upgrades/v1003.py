from Products.GenericSetup.tool import UNKNOWN
from putian.policy.upgrades import PROFILE_ID


DATAGRID_PROFILE = "profile-collective.z3cform.datagridfield:default"


def add_catalogue(setup_tool):
    """Types, roles, the catalogue workflow and its catalog indexes."""
    if setup_tool.getLastVersionForProfile(DATAGRID_PROFILE) == UNKNOWN:
        setup_tool.runAllImportStepsFromProfile(DATAGRID_PROFILE)
    for step in ("rolemap", "typeinfo", "workflow", "catalog"):
        setup_tool.runImportStepFromProfile(PROFILE_ID, step)
