"""Upgrade 1018: what concurrent submissions and first readers wrote.

- Cases and their files leave the full-text indexes (SearchableText,
  Title, Description) and the lexicon loses their words; the Title and
  Description indexes read their own sources, so cases keep their Title
  and Description metadata.
- The audit log's time lines are keyed by shard.
- Case folders stop filing case ids by meta type and get their content
  rules annotation now, not from the first submission.
- Portlet assignments get their settings now, not from the first reader.
"""

from BTrees.OOBTree import OOBTree
from plone import api
from putian.policy.applications.folders import prepare_for_cases
from putian.policy.applications.fulltext import mark_case_documents
from putian.policy.applications.fulltext import rebuild_full_text
from putian.policy.audit.storage import audit_log
from putian.policy.setuphandlers.portlets import settle_portlet_assignments

import logging


logger = logging.getLogger("putian.policy.upgrades")


def clear_case_folder_type_index(folder) -> None:
    if len(folder._mt_index):
        folder._mt_index = OOBTree()


def keep_concurrent_writers_apart(setup_tool):
    site = api.portal.get()
    marked = mark_case_documents(site)
    indexed = rebuild_full_text(site)
    log = audit_log(site, create=False)
    entries = log.reindex() if log is not None else 0
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(portal_type="CaseFolder"):
        folder = brain._unrestrictedGetObject()
        clear_case_folder_type_index(folder)
        prepare_for_cases(folder)
    settled = settle_portlet_assignments(site)
    logger.info(
        "1018: %d case documents marked, full text rebuilt from %d objects, "
        "%d audit entries indexed again, %d portlet settings made",
        marked,
        indexed,
        entries,
        settled,
    )
