"""The guide, flow and review rules go through review with their item.

When an item takes a step of putian_catalogue_workflow (submitted, approved,
sent back with a reason, published, retired), each of its parts that stood
in the item's state before the step takes the same step, under the same
user and with the same comment: its own guards apply (the rules that guard
publishing among them), its history and the audit trail record it. A part
the workflow refuses stays where it is, with a log line; nothing is forced.

A part in step with its item offers no step of its own (the guard
``@@catalogue-step-open`` on every step), so it cannot drift away from its
item. A part out of step (added to an item already under review) takes its
own steps to catch up or to be sent back, never past its item; and the item
is not approved or published while a part stands behind it (the same
guard; ``rules.catalogue.parts_in_step``).

What is not a part, and keeps its own review:

- a sub-item (an ``ApprovalItem`` inside its main item): an item of its
  own, reviewed and published by itself;
- a working copy (plone.app.iterate) of a guide, flow or review rules: it
  goes through its own review and replaces the original at check-in
  (catalogue/iterate.py), the original keeping its state;
- a working copy of an item is an item: the parts created inside it follow
  it; at check-in they move into the original item as they stand and catch
  up with it by their own steps.
"""

from Acquisition import aq_inner
from Acquisition import aq_parent
from plone import api
from plone.app.iterate.interfaces import IWorkingCopy
from Products.CMFCore.WorkflowCore import WorkflowException
from Products.Five.browser import BrowserView
from putian.policy.content.approval_flow import IApprovalFlow
from putian.policy.content.approval_item import IApprovalItem
from putian.policy.content.review_rules import IReviewRules
from putian.policy.content.service_guide import IServiceGuide
from putian.policy.rules.catalogue.parts_in_step import item_may_step
from putian.policy.rules.catalogue.parts_in_step import part_may_step
from putian.policy.rules.catalogue.parts_in_step import parts_behind_findings
from putian.policy.rules.catalogue.parts_in_step import review_order
from putian.policy.rules.catalogue.parts_in_step import way
from zope.i18n import translate

import logging


logger = logging.getLogger("putian.policy.catalogue")

# Each kind of part by the key the core names it with.
PART_KINDS = {"guide": IServiceGuide, "flow": IApprovalFlow, "rules": IReviewRules}
PART_INTERFACES = tuple(PART_KINDS.values())


def is_part(obj) -> bool:
    """A guide, flow or review rules in force (not a working copy)."""
    return any(
        interface.providedBy(obj) for interface in PART_INTERFACES
    ) and not IWorkingCopy.providedBy(obj)


def parts_of(item) -> list:
    """The item's guide, flow and review rules in force."""
    return [child for child in item.objectValues() if is_part(child)]


def item_of_part(obj):
    """The item a part belongs to (None for anything else)."""
    if not is_part(obj):
        return None
    parent = aq_parent(aq_inner(obj))
    return parent if IApprovalItem.providedBy(parent) else None


def _workflow(obj):
    chain = api.portal.get_tool("portal_workflow").getWorkflowsFor(obj)
    return chain[0] if chain else None


def _state(workflow, obj):
    return workflow._getWorkflowStateOf(obj, id_only=True)


def _path(obj) -> str:
    return "/".join(obj.getPhysicalPath())


def graph_of(workflow) -> dict[str, dict[str, str]]:
    """A DCWorkflow definition as the core's graph: state -> step -> state."""
    graph = {}
    for state in workflow.states.objectValues():
        graph[state.getId()] = {
            transition_id: workflow.transitions[transition_id].new_state_id
            for transition_id in state.transitions
            if transition_id in workflow.transitions
            and workflow.transitions[transition_id].new_state_id
        }
    return graph


def _order(workflow) -> dict[str, int]:
    return review_order(graph_of(workflow), workflow.initial_state)


def part_kind(obj) -> str | None:
    """The core's key of a part ("guide", "flow", "rules"), else None."""
    for kind, interface in PART_KINDS.items():
        if interface.providedBy(obj):
            return kind
    return None


def part_states(item, workflow) -> dict[str, str]:
    """The state of each of the item's parts under ``workflow``, by kind."""
    return {
        part_kind(part): _state(workflow, part)
        for part in parts_of(item)
        if _workflow(part) is not None and _workflow(part).getId() == workflow.getId()
    }


def state_titles(workflow) -> dict[str, tuple[str, str]]:
    """Each state's title in Chinese and in English (the msgid is English)."""
    return {
        state.getId(): tuple(
            translate(state.title, domain="putian.policy", target_language=language)
            for language in ("zh_CN", "en")
        )
        for state in workflow.states.objectValues()
    }


def item_parts_behind(item) -> list:
    """The core's findings for the item's parts standing behind it (an item
    is not approved or published while one does)."""
    workflow = _workflow(item)
    if workflow is None or not IApprovalItem.providedBy(item):
        return []
    return parts_behind_findings(
        _state(workflow, item),
        part_states(item, workflow),
        _order(workflow),
        state_titles(workflow),
    )


def _item_step_open(item, transition_id) -> bool:
    workflow = _workflow(item)
    transition = workflow.transitions.get(transition_id) if workflow else None
    if transition is None or IWorkingCopy.providedBy(item):
        return True
    return item_may_step(
        _state(workflow, item),
        transition.new_state_id,
        part_states(item, workflow),
        _order(workflow),
    )


def part_step_open(obj, transition_id) -> bool:
    """May ``obj`` take ``transition_id`` by itself? A part in step with its
    item moves only with it; an item does not move on along the review
    while one of its parts stands behind it."""
    if IApprovalItem.providedBy(obj):
        return _item_step_open(obj, transition_id)
    item = item_of_part(obj)
    if item is None:
        return True
    workflow = _workflow(obj)
    item_workflow = _workflow(item)
    if workflow is None or item_workflow is None:
        return True
    if item_workflow.getId() != workflow.getId():
        return True
    transition = workflow.transitions.get(transition_id)
    if transition is None:
        return True
    return part_may_step(
        _state(workflow, obj),
        _state(workflow, item),
        transition.new_state_id,
        _order(workflow),
    )


def moves_with_its_item(obj) -> bool:
    """A part standing in its item's state: its steps are its item's."""
    item = item_of_part(obj)
    if item is None:
        return False
    workflow = _workflow(obj)
    return workflow is not None and _state(workflow, obj) == _state(workflow, item)


class PartStepOpen(BrowserView):
    """Guard of every step of putian_catalogue_workflow (called with the
    step's id)."""

    def __call__(self, transition_id):
        return part_step_open(self.context, transition_id)


def carry_parts_along(item, event):
    """The parts in the item's state before its step take the same step."""
    if event.transition is None:
        return
    tool = api.portal.get_tool("portal_workflow")
    comment = (event.kwargs or {}).get("comment") or ""
    for part in parts_of(item):
        state = api.content.get_state(part, default=None)
        if state != event.old_state.id:
            logger.info(
                "%s stays %s: out of step with its item, which went %s -> %s",
                _path(part),
                state,
                event.old_state.id,
                event.new_state.id,
            )
            continue
        try:
            tool.doActionFor(part, event.transition.id, comment=comment)
        except WorkflowException as refusal:
            logger.warning(
                "%s stays %s: the workflow refuses it %s with its item (%s)",
                _path(part),
                state,
                event.transition.id,
                refusal,
            )


def bring_to_state(obj, state, comment="") -> tuple[str, ...] | None:
    """Move ``obj`` through the catalogue workflow into ``state`` by the
    fewest steps, each a real transition under the current user (its guards
    apply). Where the workflow refuses a step, ``obj`` stays where it got.

    Returns the steps taken, or None when ``state`` was not reached.
    """
    workflow = _workflow(obj)
    if workflow is None:
        return None
    steps = way(graph_of(workflow), _state(workflow, obj), state)
    if steps is None:
        return None
    tool = api.portal.get_tool("portal_workflow")
    taken = []
    for step in steps:
        try:
            tool.doActionFor(obj, step, comment=comment)
        except WorkflowException:
            break
        taken.append(step)
    return tuple(taken) if _state(workflow, obj) == state else None
