"""Keeping cases out of the site's full-text indexes, on an existing site.

New cases and their files are never indexed in full text (see
``indexers.not_full_text``).  A site that indexed them before keeps their
words: the text indexes keep their documents when the indexer stops giving
text, and a ZCTextIndex lexicon never forgets a word (receipt numbers, and
on the oldest sites the applicants' names and ID numbers).  Rebuilding
starts the lexicon and its indexes afresh from the content that belongs
there.
"""

from plone import api
from putian.policy.applications.indexers import FULL_TEXT_SOURCES
from putian.policy.applications.interfaces import ICaseDocument
from zope.interface import alsoProvides

import logging


logger = logging.getLogger("putian.policy.fulltext")

LEXICON_ID = "plone_lexicon"


def mark_case_documents(site) -> int:
    """Everything inside a case is a case document (files filed before the
    marker existed are not marked yet); how many were marked now."""
    catalog = api.portal.get_tool("portal_catalog")
    marked = 0
    for brain in catalog.unrestrictedSearchResults(portal_type="Application"):
        case = brain._unrestrictedGetObject()
        for path, obj in _descendants(case):
            if not ICaseDocument.providedBy(obj):
                alsoProvides(obj, ICaseDocument)
                catalog.catalog_object(obj, path, idxs=["object_provides"])
                marked += 1
    return marked


def _descendants(container):
    for obj in container.objectValues():
        yield "/".join(obj.getPhysicalPath()), obj
        if hasattr(obj.aq_base, "objectValues"):
            yield from _descendants(obj)


def text_indexes(catalog) -> list:
    """The ZCTextIndexes that share the lexicon."""
    indexes = (catalog._catalog.getIndex(name) for name in catalog.indexes())
    return [
        index
        for index in indexes
        if index.meta_type == "ZCTextIndex"
        and getattr(index, "lexicon_id", None) == LEXICON_ID
    ]


def rebuild_full_text(site) -> int:
    """Empty the lexicon and its text indexes, point Title and Description
    at their full-text sources and index again everything but case
    documents; the number of objects indexed."""
    catalog = api.portal.get_tool("portal_catalog")
    indexes = text_indexes(catalog)
    for index in indexes:
        source = FULL_TEXT_SOURCES.get(index.getId())
        if source is not None:
            index._indexed_attrs = [source]
        index.clear()
    getattr(catalog, LEXICON_ID).clear()
    names = [index.getId() for index in indexes]
    indexed = 0
    for path, obj in catalogued(site, catalog):
        if ICaseDocument.providedBy(obj):
            continue
        catalog.catalog_object(obj, path, idxs=names, update_metadata=0)
        indexed += 1
    logger.info("full-text indexes %s rebuilt from %d objects", names, indexed)
    return indexed


def catalogued(site, catalog, skip=frozenset()):
    """(path, object) of everything in the catalog, but the rids in ``skip``
    (an empty query finds nothing)."""
    for path, rid in list(catalog._catalog.uids.items()):
        if rid in skip:
            continue
        obj = site.unrestrictedTraverse(path, None)
        if obj is None:
            logger.warning("catalogued, not found: %s", path)
            continue
        yield path, obj
