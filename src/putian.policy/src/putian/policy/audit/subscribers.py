"""The catalogue's steps in the audit trail: transitions, and edits of
published content (directly or by checking in a working copy).

An edit is recorded when the transaction commits, not when the modified
event arrives: other subscribers still change fields after ours (the
lifecycle log, for one) and one save may send several events, and the
entry should hold the whole change once, by whoever made it.
"""

from dataclasses import dataclass
from plone import api
from putian.policy.audit.recording import current_actor
from putian.policy.audit.recording import record
from putian.policy.audit.snapshot import field_values
from putian.policy.audit.snapshot import keep_snapshot
from putian.policy.audit.snapshot import stored_snapshot
from putian.policy.rules.cases.audit import changed_fields
from putian.policy.rules.cases.audit import EDIT_ACTION
from zope.component.hooks import site as site_hook

import transaction


PUBLISHED = "published"


@dataclass
class PendingEdit:
    obj: object
    site: object
    actor: str
    before: dict
    comment: str


class _PendingEdits:
    """Key of this transaction's pending edits (uid -> PendingEdit)."""


_PENDING = _PendingEdits()


def _pending(create: bool = False) -> dict | None:
    current = transaction.get()
    try:
        return current.data(_PENDING)
    except KeyError:
        if not create:
            return None
    edits = {}
    current.set_data(_PENDING, edits)
    current.addBeforeCommitHook(record_pending_edits)
    return edits


def _note_edit(obj, before: dict, comment: str = "") -> None:
    edits = _pending(create=True)
    uid = api.content.get_uuid(obj)
    if uid in edits:
        edits[uid].comment = edits[uid].comment or comment
        return
    edits[uid] = PendingEdit(
        obj=obj,
        site=api.portal.get(),
        actor=current_actor(),
        before=before,
        comment=comment or "",
    )


def _record_edit(pending: PendingEdit) -> None:
    with site_hook(pending.site):
        after = field_values(pending.obj)
        before_changed, after_changed = changed_fields(pending.before, after)
        if before_changed or after_changed:
            record(
                pending.obj,
                EDIT_ACTION,
                before=before_changed,
                after=after_changed,
                comment=pending.comment,
                actor=pending.actor,
            )
        keep_snapshot(pending.obj, after)


def record_pending_edits() -> None:
    """Before commit: one "edit" entry per changed object."""
    edits = _pending() or {}
    while edits:
        _uid, pending = edits.popitem()
        _record_edit(pending)


def flush_edit(obj) -> None:
    """Record a pending edit of ``obj`` now, ahead of what follows it."""
    edits = _pending()
    if not edits:
        return
    pending = edits.pop(api.content.get_uuid(obj), None)
    if pending is not None:
        _record_edit(pending)


def record_transition(obj, event):
    """IAfterTransitionEvent: every catalogue transition, with its comment."""
    if event.transition is None:  # the initial state of new content
        return
    flush_edit(obj)
    record(
        obj,
        event.transition.id,
        before={"state": event.old_state.id},
        after={"state": event.new_state.id},
        comment=(event.kwargs or {}).get("comment") or "",
    )
    keep_snapshot(obj, field_values(obj))


def note_published_edit(obj, event):
    """IObjectModifiedEvent: published content changed in place."""
    if api.content.get_state(obj, default=None) != PUBLISHED:
        return
    _note_edit(obj, stored_snapshot(obj))


def note_coming_edit(obj, comment: str = "") -> None:
    """``obj`` is about to be changed by code, not by its edit form: the
    change from its present values is recorded when the transaction commits
    (a part's content replaced at its item's check-in)."""
    flush_edit(obj)
    _note_edit(obj, field_values(obj), comment)


def note_checkin(working_copy, event):
    """ICheckinEvent, before the merge: the original's values as they were
    (the merge overwrites the snapshot with the working copy's)."""
    baseline = event.baseline
    flush_edit(baseline)
    _note_edit(baseline, field_values(baseline), _checkin_message(event))


def note_checked_in(baseline, event):
    """IAfterCheckinEvent: the published original has changed."""
    _note_edit(baseline, stored_snapshot(baseline), _checkin_message(event))


def _checkin_message(event) -> str:
    # The interfaces name it checkin_message; plone.app.iterate's events
    # carry it as message.
    return getattr(event, "message", None) or getattr(event, "checkin_message", "")
