from plone import api
from putian.policy.content.department import fill_remedy_organs

import logging


logger = logging.getLogger("putian.policy.upgrades")


def record_remedy_organs(setup_tool):
    """Departments made before 1017 record their reconsideration organ and
    court, as the core proposes them from level and division (R13); a
    department whose record already names them keeps its names."""
    catalog = api.portal.get_tool("portal_catalog")
    filled = unknown = 0
    for brain in catalog.unrestrictedSearchResults(portal_type="Department"):
        department = brain._unrestrictedGetObject()
        if fill_remedy_organs(department):
            filled += 1
        elif not (department.reconsideration_organ and department.litigation_court):
            unknown += 1
            logger.warning(
                "1017: no reconsideration organ or court proposed for %s "
                "(level %r, division %r); enter them on the department",
                "/".join(department.getPhysicalPath()),
                department.level,
                department.division_code,
            )
    logger.info("1017: remedy organs recorded on %d departments", filled)
    return filled, unknown
