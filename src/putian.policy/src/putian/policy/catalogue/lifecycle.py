"""R1: every change of an item's catalogue status is logged, with its paper.

The edit form and REST PATCH change ``lifecycle_status`` and give the
reason and document number of that change; the validator checks the change
against the core's rules and this subscriber writes the log entry.
"""

from Acquisition import aq_base
from putian.policy.content.approval_item import IApprovalItem
from putian.policy.rules.calendar.clock import today
from putian.policy.rules.catalogue.lifecycle import LifecycleChange


RECORDED = "_recorded_lifecycle_status"


def recorded_status(item) -> str | None:
    """The status of the last logged change (or of creation)."""
    return getattr(aq_base(item), RECORDED, None)


def record_initial_status(item, event):
    setattr(aq_base(item), RECORDED, item.lifecycle_status)


def log_status_change(item, event):
    before = recorded_status(item)
    after = item.lifecycle_status
    if before is None:
        setattr(aq_base(item), RECORDED, after)
        return
    if before == after:
        return
    change = LifecycleChange(
        date=today(),
        from_status=before,
        to_status=after,
        reason=item.lifecycle_reason or "",
        document_number=item.lifecycle_document or "",
    )
    item.lifecycle_log = (*item.lifecycle_log, change.as_dict())
    setattr(aq_base(item), RECORDED, after)
    # The reason and document belong to this change; the next one needs its own.
    item.lifecycle_reason = None
    item.lifecycle_document = None


def carry_log_to_working_copy(baseline, event):
    """A working copy starts from the original's status history."""
    copy_log(baseline, event.working_copy)


def carry_log_to_original(working_copy, event):
    """Checking in keeps the changes logged on the working copy, with their
    reasons and documents, instead of logging the merge as a new change."""
    copy_log(working_copy, event.baseline)


def copy_log(source, target):
    if not IApprovalItem.providedBy(source) or not IApprovalItem.providedBy(target):
        return
    target.lifecycle_log = tuple(dict(entry) for entry in source.lifecycle_log)
    setattr(aq_base(target), RECORDED, recorded_status(source))
