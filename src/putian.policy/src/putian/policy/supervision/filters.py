"""Which supervision lines a request asks for, and which departments the
signed-in person may see them for.

Filters: ``department`` (UID, id or path), ``item`` (UID or path), ``from``
and ``to`` (YYYY-MM-DD: the day the case was accepted, both included) and
``kind`` (a kind of ``rules.supervision.lines.LINE_KINDS``, or of refused
attempt, ``rules.supervision.refusals``). Each refusal is
a RuleInputError in Chinese and English.
"""

from AccessControl import Unauthorized
from dataclasses import dataclass
from datetime import date
from plone import api
from putian.policy.audit.query import department_uid
from putian.policy.departments.lookup import content_at
from putian.policy.rules.calendar.parsing import parse_date
from putian.policy.rules.common.errors import RuleInputError
from putian.policy.rules.supervision.lines import LINE_KINDS
from putian.policy.rules.supervision.refusals import REFUSAL_TITLES

import re


# Site-wide roles that supervise every department (R20).
SUPERVISING_ROLES = frozenset(
    {"Manager", "Site Administrator", "Supervisor", "ReformOffice"}
)
# A department's own staff see their department's lines.
DEPARTMENT_ROLES = frozenset(
    {
        "DepartmentEditor",
        "DepartmentReviewer",
        "WindowClerk",
        "CaseReviewer",
        "CaseDecider",
    }
)
_UID = re.compile(r"^[0-9a-f]{32}$")


@dataclass(frozen=True)
class LineFilters:
    department_uids: frozenset | None  # None: every department
    item_uid: str | None = None
    start: date | None = None
    end: date | None = None
    kind: str | None = None


def visible_departments() -> frozenset | None:
    """The UIDs of the departments whose lines the signed-in person sees;
    None for every one. Unauthorized for an anonymous visitor."""
    if api.user.is_anonymous():
        raise Unauthorized("supervision lines")
    user = api.user.get_current()
    if SUPERVISING_ROLES & set(user.getRoles()):
        return None
    catalog = api.portal.get_tool("portal_catalog")
    return frozenset(
        brain.UID
        for brain in catalog.unrestrictedSearchResults(portal_type="Department")
        if DEPARTMENT_ROLES
        & set(user.getRolesInContext(brain._unrestrictedGetObject()))
    )


def line_filters(form, visible: frozenset | None) -> LineFilters:
    """The filters ``form`` asks for, within the ``visible`` departments."""
    asked = department_uid(form.get("department"))
    if asked is None:
        departments = visible
    elif visible is None or asked in visible:
        departments = frozenset({asked})
    else:
        raise RuleInputError(
            "department_not_supervised",
            "您无权查看该部门的监察信息",
            "You may not see the supervision lines of this department",
        )
    filters = LineFilters(
        department_uids=departments,
        item_uid=_item_uid(form.get("item")),
        start=_day(form.get("from"), "开始日期", "from date"),
        end=_day(form.get("to"), "结束日期", "to date"),
        kind=_kind(form.get("kind")),
    )
    if filters.start and filters.end and filters.start > filters.end:
        raise RuleInputError(
            "invalid_date_range",
            "开始日期晚于结束日期",
            "The from date is after the to date",
        )
    return filters


def _day(value, what_zh: str, what_en: str) -> date | None:
    if value in (None, ""):
        return None
    return parse_date(value, what_zh, what_en)


# The kinds a filter may name: the lines' and the refused attempts'.
KINDS = (*LINE_KINDS, *REFUSAL_TITLES)


def _kind(value) -> str | None:
    if not value:
        return None
    if value not in KINDS:
        raise RuleInputError(
            "unknown_line_kind",
            f"未知的监察类型：{value}（可选：{'、'.join(KINDS)}）",
            f"Unknown kind of line: {value} (one of: {', '.join(KINDS)})",
        )
    return value


def _item_uid(reference) -> str | None:
    if not reference:
        return None
    if _UID.match(reference):
        return reference
    found = content_at(reference, unrestricted=True) if "/" in reference else None
    if getattr(found, "portal_type", None) != "ApprovalItem":
        raise RuleInputError(
            "unknown_item",
            f"没有这个审批事项：{reference}",
            f"No such approval item: {reference}",
        )
    return api.content.get_uuid(found)
