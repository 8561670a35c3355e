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


# A case has facts once accepted or forwarded; withdrawn ones have none
# (facts.py).
SUPERVISED_STATES = (
    "submitted",
    "correction",
    "accepted",
    "in_review",
    "suspended",
    "approved",
    "denied",
    "delivered",
)
LIGHTS = (RED, YELLOW, GREEN)
_KIND_ORDER = {kind: number for number, kind in enumerate(LINE_KINDS)}
# What is judged of a case forwarded before acceptance (R12).
FORWARDING_KINDS = frozenset({"forwarding_late", "forwarding_unacknowledged"})


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


def _count_light(lights: dict, brain, light) -> None:
    if light not in LIGHTS:
        return
    counts = lights.setdefault(
        brain.department_uid,
        {"title": brain.department_title or "", **dict.fromkeys(LIGHTS, 0)},
    )
    counts[light] += 1


def _shown(line, filters: LineFilters, accepted: bool) -> bool:
    if filters.kind and line.kind != filters.kind:
        return False
    return accepted or line.kind in FORWARDING_KINDS


def _case_line(brain, record: dict, line) -> CaseLine:
    return CaseLine(
        case_url=brain.getURL(),
        case_uid=brain.UID,
        receipt_number=record["receipt_number"],
        department_uid=brain.department_uid,
        department_title=brain.department_title or "",
        accepted_on=record["accepted_on"],
        kind=line.kind,
        light=line.light,
        rule=line.rule,
        source=line.source,
        message_zh=line.message_zh,
        message_en=line.message_en,
    )


class _SpecialDays:
    """The items' special days, read from the catalog once, when needed."""

    def __init__(self) -> None:
        self._days = None

    def of(self, record: dict) -> int:
        if record["decision"] is None:
            return 0
        if self._days is None:
            self._days = special_days_of_items()
        return self._days.get(record["item_uid"], 0)


def supervision_report(filters: LineFilters, on: date) -> Report:
    """Every line of the cases ``filters`` select as of ``on``, ordered by
    kind, department and receipt number; and their open cases' lights."""
    calendar = working_calendar()
    special_days = _SpecialDays()
    lines, lights = [], {}
    for brain in _brains(filters):
        record = _record(brain, filters)
        # The core judges a case by its limits (case_without_time_limit).
        if record is None or (
            record["statutory_days"] is None and record["committed_days"] is None
        ):
            continue
        facts = facts_from_record(record, special_days.of(record))
        accepted = record.get("accepted", True)
        if facts.is_open and accepted:
            _count_light(lights, brain, case_light(judge(facts, calendar, on)))
        lines.extend(
            _case_line(brain, record, line)
            for line in supervision_lines(facts, calendar, on)
            if _shown(line, filters, accepted)
        )
    lines.sort(
        key=lambda line: (
            _KIND_ORDER[line.kind],
            line.department_title,
            line.receipt_number or "",
        )
    )
    return Report(lines, lights)
