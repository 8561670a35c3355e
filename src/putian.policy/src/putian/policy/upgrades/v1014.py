from plone import api
from putian.policy.halls.places import department_places
from putian.policy.rules.cases.halls import inferred_division

import logging


logger = logging.getLogger("putian.policy")


def infer_center_divisions(setup_tool):
    """Service centres made before 1011 recorded no division. A county or
    township centre learns it from the departments its windows name;
    one that names none of its level is logged for an editor to set."""
    places = department_places()
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(portal_type="ServiceCenter"):
        center = brain._unrestrictedGetObject()
        if center.division_code:
            continue
        named = [
            places[uid]
            for row in center.windows or ()
            for uid in row.get("handled_departments") or ()
            if uid in places
        ]
        division = inferred_division(center.level, named)
        if division:
            center.division_code = division
            logger.info("%s: division %s", brain.getPath(), division)
        elif center.level != "city":
            logger.warning(
                "%s records no division and names no department of its level: "
                "its comprehensive windows list nothing until an editor sets it",
                brain.getPath(),
            )
