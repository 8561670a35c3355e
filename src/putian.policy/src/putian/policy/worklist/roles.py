"""Which work roles the signed-in person holds, and where.

Department roles are local roles on a Department (the sharing page); a
site-wide grant holds everywhere.  Departments are few (tens), so they are
asked one by one; the answer is kept until the catalog changes (granting
a local role reindexes the department's security) or the person's groups do.
"""

from plone import api
from plone.memoize import ram
from putian.policy.rules.cases.worklists import CASE_ROLES
from putian.policy.rules.cases.worklists import CATALOGUE_TASKS


WORK_ROLES = (*CATALOGUE_TASKS, *CASE_ROLES)
# A role held site-wide: every department's work.
EVERYWHERE = None


def _cache_key(function, user):
    catalog = api.portal.get_tool("portal_catalog")
    return (
        user.getId(),
        tuple(sorted(user.getGroups() or ())),
        tuple(sorted(user.getRoles() or ())),
        catalog.getCounter(),
    )


@ram.cache(_cache_key)
def _held(user) -> tuple:
    site_wide = set(user.getRoles() or ()) & set(WORK_ROLES)
    local = {role: set() for role in WORK_ROLES if role not in site_wide}
    if local:
        catalog = api.portal.get_tool("portal_catalog")
        for brain in catalog.unrestrictedSearchResults(portal_type="Department"):
            department = brain._unrestrictedGetObject()
            for role in set(user.getRolesInContext(department)) & set(local):
                local[role].add(brain.UID)
    held = dict.fromkeys(site_wide, EVERYWHERE)
    held.update({role: frozenset(uids) for role, uids in local.items() if uids})
    return tuple(sorted(held.items(), key=lambda pair: WORK_ROLES.index(pair[0])))


def work_roles(user=None) -> dict:
    """role -> the UIDs of the departments where ``user`` (default: the
    signed-in person) holds it, or EVERYWHERE; only the roles held."""
    if user is None:
        if api.user.is_anonymous():
            return {}
        user = api.user.get_current()
    return dict(_held(user))
