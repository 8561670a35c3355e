"""The refused case steps a supervisor is shown, read from the audit trail:
those out of order or beyond the actor's authority, with who tried, what,
from which state and why (``rules.supervision.refusals`` says which).

``from`` and ``to`` select the day of the attempt; ``department`` and
``item`` the case's.
"""

from dataclasses import dataclass
from plone import api
from putian.policy.audit.storage import audit_log
from putian.policy.rules.cases.audit import REFUSED_ACTION
from putian.policy.rules.supervision.refusals import refusal_kind
from putian.policy.rules.supervision.refusals import REFUSAL_TITLES
from putian.policy.supervision.filters import LineFilters


@dataclass(frozen=True)
class RefusedAttempt:
    kind: str
    timestamp: str
    actor: str
    attempted: str
    state: str | None
    case_url: str
    case_uid: str
    department_uid: str | None
    department_title: str
    reasons_zh: tuple
    reasons_en: tuple

    @property
    def trail_url(self) -> str:
        return f"{self.case_url}/@@audit-trail"


def _reasons(entry) -> tuple[tuple, tuple]:
    findings = entry.after.get("findings") or ()
    zh = tuple(
        f["message_zh"] for f in findings if isinstance(f, dict) and "message_zh" in f
    )
    en = tuple(
        f["message_en"] for f in findings if isinstance(f, dict) and "message_en" in f
    )
    # Entries from before the reasons were kept in both languages.
    if not zh and entry.comment:
        zh = en = (entry.comment,)
    return zh, en


def _codes(entry) -> list:
    return [
        finding if isinstance(finding, str) else finding.get("code")
        for finding in entry.after.get("findings") or ()
    ]


def _cases_of_item(item_uid: str) -> set:
    catalog = api.portal.get_tool("portal_catalog")
    return {
        brain.UID
        for brain in catalog.unrestrictedSearchResults(portal_type="Application")
        if isinstance(brain.supervision_facts, dict)
        and brain.supervision_facts["item_uid"] == item_uid
    }


def refused_attempts(filters: LineFilters) -> list[RefusedAttempt]:
    """Out-of-order and beyond-authority attempts on cases, newest first."""
    if filters.kind and filters.kind not in REFUSAL_TITLES:
        return []
    log = audit_log(create=False)
    if log is None:
        return []
    site = api.portal.get()
    catalog = api.portal.get_tool("portal_catalog")
    titles = {
        brain.UID: brain.Title
        for brain in catalog.unrestrictedSearchResults(portal_type="Department")
    }
    departments = (
        [None] if filters.department_uids is None else sorted(filters.department_uids)
    )
    item_cases = _cases_of_item(filters.item_uid) if filters.item_uid else None
    attempts = []
    for department in departments:
        for entry in log.query(
            department=department,
            action=REFUSED_ACTION,
            start=filters.start,
            end=filters.end,
        ):
            kind = refusal_kind(_codes(entry))
            if kind is None or (filters.kind and kind != filters.kind):
                continue
            if item_cases is not None and entry.object_uid not in item_cases:
                continue
            zh, en = _reasons(entry)
            attempts.append(
                RefusedAttempt(
                    kind=kind,
                    timestamp=entry.timestamp,
                    actor=entry.actor,
                    attempted=entry.after.get("transition", ""),
                    state=entry.before.get("state"),
                    case_url=site.absolute_url() + entry.object_path,
                    case_uid=entry.object_uid,
                    department_uid=entry.department,
                    department_title=titles.get(entry.department, ""),
                    reasons_zh=zh,
                    reasons_en=en,
                )
            )
    attempts.sort(key=lambda attempt: attempt.timestamp, reverse=True)
    return attempts
