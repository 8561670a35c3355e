"""Writing one step of an object's trail (R23)."""

from plone import api
from putian.policy.audit.storage import audit_log
from putian.policy.content.department import department_of
from putian.policy.rules.cases.audit import AuditEntry
from putian.policy.rules.cases.audit import make_entry
from putian.policy.rules.cases.audit import REFUSED_ACTION


ANONYMOUS = "anonymous"


def current_actor() -> str:
    user = api.user.get_current()
    user_id = user.getId() if user is not None else None
    return user_id or ANONYMOUS


def site_path(obj) -> str:
    """The object's path below the site (``/a/food``): it survives a
    rename of the site and reads the same in every deployment."""
    site_length = len(api.portal.get().getPhysicalPath())
    return "/" + "/".join(obj.getPhysicalPath()[site_length:])


def record(
    obj,
    action: str,
    *,
    before: dict | None = None,
    after: dict | None = None,
    comment: str | None = "",
    actor: str | None = None,
) -> AuditEntry:
    """Append a step to ``obj``'s trail: ``action`` is a transition id,
    "edit" or "refused"; the actor defaults to the current user."""
    log = audit_log()
    uid = api.content.get_uuid(obj)
    department = department_of(obj)
    entry = make_entry(
        log.last(uid),
        actor=actor or current_actor(),
        action=action,
        object_uid=uid,
        object_path=site_path(obj),
        department=department.UID() if department is not None else None,
        before=before,
        after=after,
        comment=comment,
    )
    log.append(entry)
    return entry


def recorded_finding(finding) -> dict:
    """A finding as the trail keeps it: its code and its message in both
    languages, so the entry (and its hash) is the same whichever language
    the actor's interface speaks, and each reader sees their own."""
    return {
        "code": finding.code,
        "message_zh": finding.message_zh,
        "message_en": finding.message_en,
    }


def record_refusal(
    obj, attempted: str, state, findings, comment: str = "", actor=None
) -> AuditEntry:
    """A refused attempt (out of order, beyond authority, paper missing):
    what was attempted, from which state, and every reason.

    Entries written before the reasons were kept in both languages hold
    the codes in ``findings`` and the reasons, in the actor's language,
    in the comment; they stay as they are (their hashes cover them)."""
    return record(
        obj,
        REFUSED_ACTION,
        before={"state": state},
        after={
            "transition": str(attempted),
            "findings": [recorded_finding(finding) for finding in findings],
        },
        comment=comment or "",
        actor=actor,
    )
