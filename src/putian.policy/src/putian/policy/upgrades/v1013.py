from plone import api
from putian.policy.rules.cases.halls import departments_named

import logging


logger = logging.getLogger("putian.policy")


def name_window_departments(setup_tool):
    """Windows described in words only get the departments their words name
    (莆田市市场监督管理局 → that department); words that name none, such as
    各进驻部门, leave a comprehensive window."""
    catalog = api.portal.get_tool("portal_catalog")
    titles = {
        brain.UID: brain.Title
        for brain in catalog.unrestrictedSearchResults(portal_type="Department")
    }
    for brain in catalog.unrestrictedSearchResults(portal_type="ServiceCenter"):
        center = brain._unrestrictedGetObject()
        windows = []
        for row in center.windows or ():
            row = dict(row)
            if not row.get("handled_departments"):
                row["handled_departments"] = departments_named(
                    row.get("departments"), titles
                )
                if row.get("departments") and not row["handled_departments"]:
                    # 各进驻部门 is meant; 住建局 is a short name to check.
                    logger.info(
                        "%s window %s: %r names no department by its full "
                        "name; it handles everything the centre serves",
                        brain.getPath(),
                        row.get("number"),
                        row["departments"],
                    )
            windows.append(row)
        center.windows = windows
