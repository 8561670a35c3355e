"""The supervision lines and the open cases' lights, read from the catalog.

Each accepted case's facts are a metadata column (``supervision_facts``):
the lines are the core's (``rules.supervision.lines``), computed from the
brains without waking a case.
"""

from dataclasses import dataclass
from datetime import date
from plone import api
from putian.policy.rules.calendar.deadlines import GREEN
from putian.policy.rules.calendar.deadlines import RED
from putian.policy.rules.calendar.deadlines import YELLOW
from putian.policy.rules.supervision.lines import case_light
from putian.policy.rules.supervision.lines import judge
from putian.policy.rules.supervision.lines import LINE_KINDS
from putian.policy.rules.supervision.lines import supervision_lines
from putian.policy.supervision.facts import facts_from_record
from putian.policy.supervision.filters import LineFilters
from putian.policy.workcalendar.storage import working_calendar


# A case has facts once accepted; withdrawn ones have none (facts.py).
SUPERVISED_STATES = (
    "accepted",
    "in_review",
    "suspended",
    "approved",
    "denied",
    "delivered",
)
LIGHTS = (RED, YELLOW, GREEN)
_KIND_ORDER = {kind: number for number, kind in enumerate(LINE_KINDS)}


@dataclass(frozen=True)
class CaseLine:
    """One line of one case, with what a reader needs to find the case."""

    case_url: str
    case_uid: str
    receipt_number: str | None
    department_uid: str | None
    department_title: str
    accepted_on: date
    kind: str
    light: str
    rule: str
    source: str
    message_zh: str
    message_en: str

    @property
    def trail_url(self) -> str:
        return f"{self.case_url}/@@audit-trail"


@dataclass
class Report:
    lines: list
    # department UID -> {"title", "red", "yellow", "green"}, open cases only
    lights: dict


def _brains(filters: LineFilters):
    catalog = api.portal.get_tool("portal_catalog")
    query = {"portal_type": "Application", "review_state": SUPERVISED_STATES}
    if filters.department_uids is not None:
        if not filters.department_uids:
            return []
        query["department_uid"] = sorted(filters.department_uids)
    return catalog.unrestrictedSearchResults(**query)


def _record(brain, filters: LineFilters) -> dict | None:
    record = brain.supervision_facts
    if not isinstance(record, dict):
        return None
    if filters.item_uid and record["item_uid"] != filters.item_uid:
        return None
    accepted_on = record["accepted_on"]
    if filters.start and accepted_on < filters.start:
        return None
    if filters.end and accepted_on > filters.end:
        return None
    return record


def special_days_of_items() -> dict:
    """Item UID -> the working days its flow's special steps take, from the
    flows' catalog column (supervision/indexers.py)."""
    catalog = api.portal.get_tool("portal_catalog")
    items = {
        brain.getPath(): brain.UID
        for brain in catalog.unrestrictedSearchResults(portal_type="ApprovalItem")
    }
    days = {}
    for brain in catalog.unrestrictedSearchResults(portal_type="ApprovalFlow"):
        total = brain.special_days_total
        item_uid = items.get(brain.getPath().rpartition("/")[0])
        if item_uid and isinstance(total, int):
            days[item_uid] = total
    return days


def supervision_report(filters: LineFilters, on: date) -> Report:
    """Every line of the cases ``filters`` select as of ``on``, ordered by
    kind, department and receipt number; and their open cases' lights."""
    calendar = working_calendar()
    special_days = None
    lines, lights = [], {}
    for brain in _brains(filters):
        record = _record(brain, filters)
        if record is None:
            continue
        days = 0
        if record["decision"] is not None:
            if special_days is None:
                special_days = special_days_of_items()
            days = special_days.get(record["item_uid"], 0)
        facts = facts_from_record(record, days)
        department = brain.department_uid
        if facts.is_open:
            light = case_light(judge(facts, calendar, on))
            if light in LIGHTS:
                counts = lights.setdefault(
                    department,
                    {"title": brain.department_title or "", **dict.fromkeys(LIGHTS, 0)},
                )
                counts[light] += 1
        for line in supervision_lines(facts, calendar, on):
            if filters.kind and line.kind != filters.kind:
                continue
            lines.append(
                CaseLine(
                    case_url=brain.getURL(),
                    case_uid=brain.UID,
                    receipt_number=record["receipt_number"],
                    department_uid=department,
                    department_title=brain.department_title or "",
                    accepted_on=record["accepted_on"],
                    kind=line.kind,
                    light=line.light,
                    rule=line.rule,
                    source=line.source,
                    message_zh=line.message_zh,
                    message_en=line.message_en,
                )
            )
    lines.sort(
        key=lambda line: (
            _KIND_ORDER[line.kind],
            line.department_title,
            line.receipt_number or "",
        )
    )
    return Report(lines, lights)
