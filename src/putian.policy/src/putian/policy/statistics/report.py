"""One month's public figures: a line per department and the portal's total.

Read from the counters only (statistics.store): no case is woken, and no
line names a person or a case.
"""

from plone import api
from putian.policy.rules.calendar.clock import today
from putian.policy.rules.common.errors import RuleInputError
from putian.policy.rules.supervision.statistics import add_counters
from putian.policy.rules.supervision.statistics import month_figures
from putian.policy.rules.supervision.statistics import month_key
from putian.policy.rules.supervision.statistics import parse_month
from putian.policy.statistics.store import statistics_store


def departments(site=None) -> dict[str, str]:
    """{id: title} of the site's departments, in the catalog's title order."""
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog.unrestrictedSearchResults(
        portal_type="Department", sort_on="sortable_title"
    )
    return {brain.getId: brain.Title for brain in brains}


def parse_department(value, known: dict[str, str]) -> str | None:
    """The department asked for (None: all); RuleInputError if unknown."""
    if value in (None, ""):
        return None
    if not isinstance(value, str) or value not in known:
        raise RuleInputError(
            "unknown_department",
            f"没有编号为“{value}”的部门",
            f"No department with the id {value!r}",
        )
    return value


def month_report(month=None, department=None, site=None) -> dict:
    """{"month", "months", "departments": [{"id", "title", "figures"}],
    "total": figures}; ``month`` defaults to the current one."""
    month = parse_month(month) if month not in (None, "") else month_key(today())
    known = departments(site)
    chosen = parse_department(department, known)
    store = statistics_store(site, create=False)
    counted = store.month(month) if store is not None else {}
    ids = [chosen] if chosen else list(known)
    lines, total = [], {}
    for department_id in ids:
        counters = counted.get(department_id, {})
        add_counters(total, counters)
        lines.append(
            {
                "id": department_id,
                "title": known[department_id],
                "figures": month_figures(counters),
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
    }
