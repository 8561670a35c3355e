"""Portlet settings made before anyone reads a page.

plone.portlets makes an assignment's settings (an annotation) the first
time the assignment is rendered: the first GET of a page with portlets
(the site's front page: the navigation and events portlets of Plone's
profile) would write a transaction, and concurrent first readers would
conflict on it.  They are made at install and by upgrade 1018 instead, and
for each assignment added later when it is added.
"""

from plone import api
from plone.portlets.constants import ASSIGNMENT_SETTINGS_KEY
from plone.portlets.constants import CONTEXT_ASSIGNMENT_KEY
from plone.portlets.interfaces import IPortletAssignmentSettings
from plone.portlets.interfaces import IPortletManager
from putian.policy.applications.fulltext import catalogued
from putian.policy.applications.interfaces import ICaseDocument
from zope.annotation.interfaces import IAnnotations
from zope.component import getUtilitiesFor


def _settle(assignments) -> int:
    made = 0
    for assignment in assignments:
        if _has_settings(assignment):
            continue
        IPortletAssignmentSettings(assignment)
        made += 1
    return made


def _has_settings(assignment) -> bool:
    annotations = IAnnotations(assignment, None)
    return annotations is None or ASSIGNMENT_SETTINGS_KEY in annotations


def _context_assignments(obj):
    """The portlets assigned on ``obj`` itself, without making storage for
    them where there is none."""
    annotations = IAnnotations(obj, None)
    local = annotations.get(CONTEXT_ASSIGNMENT_KEY) if annotations else None
    for mapping in (local or {}).values():
        yield from mapping.values()


def _category_assignments():
    """Portlets assigned per group or per content type."""
    for _name, manager in getUtilitiesFor(IPortletManager):
        for category in ("group", "content_type"):
            for mapping in (manager.get(category) or {}).values():
                yield from mapping.values()


def settle_portlet_assignments(site) -> int:
    """Make the settings of every assignment that lacks them; how many."""
    made = _settle(_context_assignments(site)) + _settle(_category_assignments())
    catalog = api.portal.get_tool("portal_catalog")
    # Cases never carry portlets: no need to wake them all.
    case_documents = {
        brain.getRID()
        for brain in catalog.unrestrictedSearchResults(
            object_provides=ICaseDocument.__identifier__
        )
    }
    for _path, obj in catalogued(site, catalog, skip=case_documents):
        made += _settle(_context_assignments(obj))
    return made


def settle_new_assignment(assignment, event):
    """IObjectAddedEvent of an assignment: its settings now, not on first view."""
    IPortletAssignmentSettings(assignment)
