"""One month's public figures: a line per department and the portal's total.

Read from the counters only (statistics.store): no case is woken, and no
line names a person or a case.
"""

from plone import api
from putian.policy.departments.lookup import find_department
from putian.policy.departments.lookup import unknown_department
from putian.policy.rules.calendar.clock import today
from putian.policy.rules.supervision.statistics import add_counters
from putian.policy.rules.supervision.statistics import month_figures
from putian.policy.rules.supervision.statistics import month_key
from putian.policy.rules.supervision.statistics import parse_month
from putian.policy.statistics.catalogue_figures import catalogue_figures
from putian.policy.statistics.store import statistics_store


def departments(site=None) -> dict[str, tuple[str, str]]:
    """{UID: (id, title)} of the site's departments, in title order."""
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog.unrestrictedSearchResults(
        portal_type="Department", sort_on="sortable_title"
    )
    return {brain.UID: (brain.getId, brain.Title) for brain in brains}


def parse_department(value) -> str | None:
    """The UID of the department asked for by UID, id or path (None: all);
    RuleInputError if it names none."""
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise unknown_department(value)
    department = find_department(value, unrestricted=True)
    if department is None:
        raise unknown_department(value)
    return api.content.get_uuid(department)


def month_report(month=None, department=None, site=None) -> dict:
    """{"month", "months", "departments": [{"id", "uid", "title", "figures",
    "catalogue"}], "total": figures, "catalogue": the catalogue's figures
    over them}; ``month`` defaults to the current one. The catalogue's
    figures are the published items as they stand, whatever the month."""
    month = parse_month(month) if month not in (None, "") else month_key(today())
    known = departments(site)
    chosen = parse_department(department)
    store = statistics_store(site, create=False)
    counted = store.month(month) if store is not None else {}
    ids = [chosen] if chosen else list(known)
    in_catalogue, catalogue_total = catalogue_figures(ids)
    lines, total = [], {}
    for uid in ids:
        counters = counted.get(uid, {})
        add_counters(total, counters)
        department_id, title = known[uid]
        lines.append(
            {
                "id": department_id,
                "uid": uid,
                "title": title,
                "figures": month_figures(counters),
                "catalogue": in_catalogue[uid],
            }
        )
    months = store.months() if store is not None else []
    if month not in months:
        months = sorted({*months, month}, reverse=True)
    return {
        "month": month,
        "months": months,
        "departments": lines,
        "total": month_figures(total),
        "catalogue": catalogue_total,
    }
