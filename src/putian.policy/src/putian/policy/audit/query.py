"""R23: which entries of the audit trail a supervisor asks for.

Filters: ``department`` (UID, id or path), ``object`` (UID or path),
``user``, ``action``, ``start`` and ``end`` (YYYY-MM-DD, Beijing days,
both included); ``b_start``/``b_size`` page them. Each refusal is a
RuleInputError in Chinese and English.
"""

from datetime import date
from plone import api
from plone.restapi.batching import DEFAULT_BATCH_SIZE
from putian.policy.departments.lookup import content_at
from putian.policy.departments.lookup import find_department
from putian.policy.departments.lookup import unknown_department
from putian.policy.rules.calendar.parsing import parse_date
from putian.policy.rules.common.errors import RuleInputError

import re


MAX_BATCH_SIZE = 1000
UID = re.compile(r"^[0-9a-f]{32}$")


def trail_filters(form) -> dict:
    """The keyword arguments of ``AuditLog.query`` that ``form`` asks for."""
    filters = {
        "department": department_uid(form.get("department")),
        "object_uid": object_uid(form.get("object")),
        "actor": form.get("user") or None,
        "action": form.get("action") or None,
        "start": _day(form.get("start"), "开始日期", "start date"),
        "end": _day(form.get("end"), "结束日期", "end date"),
    }
    if filters["start"] and filters["end"] and filters["start"] > filters["end"]:
        raise RuleInputError(
            "invalid_date_range",
            "开始日期晚于结束日期",
            "The start date is after the end date",
        )
    return filters


def _day(value, what_zh: str, what_en: str) -> date | None:
    if value in (None, ""):
        return None
    return parse_date(value, what_zh, what_en)


def department_uid(reference) -> str | None:
    """The UID of the department; supervisors query trails of departments
    they may not view, and of removed ones by their UID."""
    if not reference:
        return None
    department = find_department(reference, unrestricted=True)
    if department is not None:
        return department.UID()
    if UID.match(reference):
        return reference
    raise unknown_department(reference)


def object_uid(reference) -> str | None:
    """The UID itself, or the UID of the content at a path."""
    if not reference:
        return None
    if "/" not in reference:
        return reference
    found = content_at(reference, unrestricted=True)
    if found is None:
        raise RuleInputError(
            "unknown_object",
            f"没有这个对象：{reference}",
            f"No such object: {reference}",
        )
    return api.content.get_uuid(found)


def batch_window(form) -> tuple[int, int]:
    """``b_start`` ≥ 0 and 1 ≤ ``b_size`` ≤ MAX_BATCH_SIZE (plone.restapi's
    default size when not given)."""
    try:
        b_start = int(form.get("b_start") or 0)
        b_size = int(form.get("b_size") or DEFAULT_BATCH_SIZE)
    except (TypeError, ValueError):
        b_start = b_size = -1
    if b_start < 0 or not 0 < b_size <= MAX_BATCH_SIZE:
        raise RuleInputError(
            "invalid_batch",
            f"分页参数应为b_start ≥ 0，1 ≤ b_size ≤ {MAX_BATCH_SIZE}",
            f"Batching needs b_start ≥ 0 and 1 ≤ b_size ≤ {MAX_BATCH_SIZE}",
        )
    return b_start, b_size


class TrailPage(list):
    """The keys of one page of matching entries, and how many match in all.

    plone.batching reads a page held alone, and the total, from a sequence
    with ``actual_result_count`` (as the catalogue's batched results give
    them): the whole trail is counted but only the page is kept.
    """

    def __init__(self, keys, b_start: int, b_size: int) -> None:
        super().__init__()
        total = 0
        for total, key in enumerate(keys, 1):
            if b_start < total <= b_start + b_size:
                self.append(key)
        self.actual_result_count = total
