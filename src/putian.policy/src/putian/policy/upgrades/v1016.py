from plone import api
from putian.policy.upgrades import PROFILE_ID


OFFICE_RECORDS = ("ServiceCenter", "LifeEvent")


def let_the_reform_office_keep_its_records(setup_tool):
    """Service centres and life events move to the office record workflow:
    any member of the reform office may edit them, not only their creator."""
    setup_tool.runImportStepFromProfile(PROFILE_ID, "workflow")
    workflow = api.portal.get_tool("portal_workflow")["putian_office_record_workflow"]
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(portal_type=list(OFFICE_RECORDS)):
        obj = brain._unrestrictedGetObject()
        workflow.updateRoleMappingsFor(obj)
        obj.reindexObjectSecurity()
