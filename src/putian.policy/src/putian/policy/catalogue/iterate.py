"""Working copies under the catalogue workflow.

Plone's check-in needs "Modify portal content" on the published original,
which only managers hold there; in this portal the reform office decides
on a change once the department has reviewed it (pending_office), and
needs no right to edit published content directly.

Plone's working copy of an item holds none of its children; the guide, flow
or review rules a department puts in it go through review with it.
plone.app.iterate would move them in beside the original's parts at
check-in (with the checking-in user's rights, which the reform office does
not hold there): here, before that, each reviewed part of the copy replaces
the content of the original's part of the same kind (an edit in the audit
trail, with the check-in message), and a part the original lacks moves into
it and is brought to its state by real steps (``parts.bring_to_state``).
Nothing edited in a working copy is lost.
"""

from AccessControl import getSecurityManager
from Acquisition import aq_inner
from plone import api
from plone.app.iterate.browser.control import Control
from plone.app.iterate.interfaces import ICheckinCheckoutPolicy
from plone.app.iterate.interfaces import IWorkingCopy
from plone.app.iterate.permissions import CheckinPermission
from plone.dexterity.utils import iterSchemata
from putian.policy.audit.subscribers import note_coming_edit
from putian.policy.catalogue.compliance import change_is_publishable
from putian.policy.catalogue.compliance import current_child
from putian.policy.catalogue.parts import bring_to_state
from putian.policy.catalogue.parts import item_parts_behind
from putian.policy.catalogue.parts import part_kind
from putian.policy.catalogue.parts import PART_KINDS
from putian.policy.catalogue.workflow import require_review_before_checkin
from putian.policy.catalogue.workflow import REVIEWED
from zope.event import notify
from zope.lifecycleevent import ObjectModifiedEvent
from zope.schema import getFieldsInOrder

import logging


logger = logging.getLogger("putian.policy.catalogue")


class CatalogueControl(Control):
    def checkin_allowed(self):
        context = aq_inner(self.context)
        if not IWorkingCopy.providedBy(context) or not self._can_lock():
            return False
        if api.content.get_state(context, default=None) != REVIEWED:
            return False
        policy = ICheckinCheckoutPolicy(context, None)
        original = policy.getBaseline() if policy is not None else None
        if original is None:
            return False
        if not getSecurityManager().checkPermission(CheckinPermission, original):
            return False
        # Checking in publishes the change: the publish guard's rules apply,
        # and no part of it may stand behind it.
        if item_parts_behind(context):
            return False
        return change_is_publishable(context, original)


def copy_fields(source, target) -> None:
    """Every writable field of ``target``'s schemata takes ``source``'s
    value, as plone.app.iterate merges a working copy into its original."""
    for schema in iterSchemata(target):
        for name, field in getFieldsInOrder(schema):
            if field.readonly or name == "id":
                continue
            try:
                value = field.get(schema(source))
            except (AttributeError, TypeError):
                continue
            field.set(schema(target), value)


def _message(event) -> str:
    return getattr(event, "message", None) or getattr(event, "checkin_message", "")


def check_in_parts(working_copy, event):
    """ICheckinEvent of an item's working copy, before the merge: its parts
    take their place in the original item."""
    # The check-in's own conditions first: nothing moves for a refused one.
    require_review_before_checkin(event)
    original = event.baseline
    message = _message(event)
    newcomers = []
    for part in list(working_copy.objectValues()):
        kind = part_kind(part)
        if kind is None or api.content.get_state(part, default=None) != REVIEWED:
            continue
        target = current_child(original, PART_KINDS[kind])
        if target is None:
            newcomers.append(part)
            continue
        note_coming_edit(target, message)
        copy_fields(part, target)
        notify(ObjectModifiedEvent(target))
        target.reindexObject()
        # Merged: plone.app.iterate would move it in beside the original.
        working_copy._delObject(part.getId())
    state = api.content.get_state(original, default=None)
    for part in newcomers:
        # Part of the check-in the user was allowed: as plone.app.iterate
        # deletes the working copy without asking, the part is placed so.
        with api.env.adopt_roles(["Manager"]):
            moved = api.content.move(source=part, target=original, safe_id=True)
        if bring_to_state(moved, state, comment=message) is None:
            logger.warning(
                "%s stays %s: it could not be brought to its item's state %s",
                "/".join(moved.getPhysicalPath()),
                api.content.get_state(moved, default=None),
                state,
            )
