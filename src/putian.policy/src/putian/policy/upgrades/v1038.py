"""Upgrade 1038: departments have an English name (issue 13, English).

The behaviour ``english_name`` on Department and the catalog column
``department_title_en`` (types and catalog imported again); a demo
department still without an English name gets the demo's
(``demo/department_names.py``), and every department's items are
reindexed so that the column is filled. A name an editor gave is kept.
"""

from plone import api
from putian.policy.catalogue.indexing import reindex_department_items
from putian.policy.demo.department_names import DEPARTMENT_NAMES_EN
from putian.policy.upgrades import PROFILE_ID

import logging


logger = logging.getLogger("putian.policy.upgrades")


def name_departments_in_english(setup_tool):
    for step in ("typeinfo", "catalog"):
        setup_tool.runImportStepFromProfile(PROFILE_ID, step)
    named = 0
    brains = api.content.find(portal_type="Department", unrestricted=True)
    for brain in brains:
        department = brain._unrestrictedGetObject()
        if not (getattr(department, "title_en", None) or "").strip():
            english = DEPARTMENT_NAMES_EN.get(department.Title())
            if english:
                department.title_en = english
                named += 1
        department.reindexObject()
        reindex_department_items(department, None)
    logger.info(
        "1038: %d of %d departments named in English; their items reindexed",
        named,
        len(brains),
    )
    return named
