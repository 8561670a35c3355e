from plone import api
from putian.policy.life_events.taxonomy import life_event_folder
from putian.policy.upgrades import PROFILE_ID


NEW_INDEXES = ("life_events", "life_event_audience")


def add_life_events_and_windows(setup_tool):
    """Life events (type, item behavior, indexes, the themes folder) and what
    each service-centre window handles. Existing items get the new catalog
    columns; existing windows handle what their hall serves until an editor
    names their departments."""
    for step in ("rolemap", "typeinfo", "workflow", "catalog"):
        setup_tool.runImportStepFromProfile(PROFILE_ID, step)
    site = api.portal.get()
    life_event_folder(site)
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(portal_type="ApprovalItem"):
        brain._unrestrictedGetObject().reindexObject(idxs=list(NEW_INDEXES))
