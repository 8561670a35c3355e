"""A department as a caller names it: its UID, its id or its path.

The one way every service (``@compliance``, ``@forward``, ``@audit``) finds
the department a request names.
"""

from plone import api
from putian.policy.rules.common.errors import RuleInputError


def content_at(path: str, unrestricted: bool = False):
    """Content at ``path``, absolute or below the site, or None (also the
    audit trail's object filter)."""
    site = api.portal.get()
    site_path = "/".join(site.getPhysicalPath())
    path = path.rstrip("/")
    if not path.startswith(site_path + "/"):
        path = f"{site_path}/{path.lstrip('/')}"
    if unrestricted:
        return site.unrestrictedTraverse(path, None)
    return site.restrictedTraverse(path, None)


def find_department(reference, unrestricted: bool = False):
    """The department ``reference`` names, or None.

    A UID is unique; an id may repeat across counties, and then the caller
    is asked for the UID (RuleInputError ``ambiguous_department``).
    ``unrestricted`` also finds departments the user may not view (for
    supervisors reading the audit trail).
    """
    if not reference:
        return None
    if "/" in reference:
        found = content_at(reference, unrestricted)
        return found if getattr(found, "portal_type", None) == "Department" else None
    catalog = api.portal.get_tool("portal_catalog")
    search = (
        catalog.unrestrictedSearchResults if unrestricted else catalog.searchResults
    )
    brains = search(portal_type="Department", UID=reference) or search(
        portal_type="Department", getId=reference
    )
    if len(brains) > 1:
        raise RuleInputError(
            "ambiguous_department",
            f"有多个部门的标识为{reference}，请使用UID",
            f"Several departments have the id {reference}: use the UID",
        )
    if not brains:
        return None
    return brains[0]._unrestrictedGetObject() if unrestricted else brains[0].getObject()


def unknown_department(reference) -> RuleInputError:
    """The refusal of a reference that names no department."""
    return RuleInputError(
        "unknown_department",
        f"没有这个部门：{reference}",
        f"No such department: {reference}",
    )
