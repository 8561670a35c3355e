"""Rules of putian_catalogue_workflow that a guard cannot express."""

from AccessControl import Unauthorized
from collections import deque
from DateTime import DateTime
from plone import api
from plone.app.iterate.interfaces import IWorkingCopy
from Products.CMFCore.WorkflowCore import WorkflowException
from putian.policy.catalogue.compliance import change_is_publishable
from putian.policy.content.approval_flow import IApprovalFlow
from putian.policy.content.review_rules import IReviewRules
from putian.policy.content.service_guide import IServiceGuide
from putian.policy.vocabularies.terms import wants_english


# The state in which the reform office decides on a change.
REVIEWED = "pending_office"


def require_reason_to_reject(obj, event):
    """Sending content back needs a written reason for the department."""
    if event.transition is None or event.transition.id != "reject":
        return
    comment = (event.kwargs or {}).get("comment") or ""
    if not comment.strip():
        raise WorkflowException(
            "Sending back needs a reason in the comment."
            if wants_english()
            else "退回修改必须在备注中写明理由。"
        )


def require_review_before_checkin(event):
    """A working copy replaces the published original only once the
    department has reviewed it (pending_office) and the item would still
    pass the rules that guard publishing."""
    working_copy = event.object
    if api.content.get_state(working_copy, default=None) != REVIEWED:
        raise Unauthorized(
            "The change must be reviewed by the department and the reform office "
            "before it is checked in."
            if wants_english()
            else "修改须经部门审核并报改革办后，方可替换已发布内容。"
        )
    if change_is_publishable(working_copy, event.baseline):
        return
    raise Unauthorized(
        "With this change the item would break the catalogue rules; record an "
        "exemption or correct the working copy."
        if wants_english()
        else "按此修改，事项将不符合规范要求；请修改工作副本或由改革办记录豁免理由。"
    )


# The parts of an item that are reviewed and published with it.
PART_INTERFACES = (IServiceGuide, IApprovalFlow, IReviewRules)


def parts_of(item):
    """The item's guide, flow and review rules in force (not working copies,
    not sub-items, which are items of their own)."""
    return [
        child
        for child in item.objectValues()
        if any(part.providedBy(child) for part in PART_INTERFACES)
        and not IWorkingCopy.providedBy(child)
    ]


def _path(workflow, start, goal):
    """The shortest list of transition ids leading from state ``start`` to
    ``goal`` (None if there is none)."""
    paths = {start: []}
    queue = deque([start])
    while queue:
        state = queue.popleft()
        if state == goal:
            return paths[state]
        definition = workflow.states.get(state)
        for transition_id in definition.transitions if definition else ():
            transition = workflow.transitions.get(transition_id)
            following = transition.new_state_id if transition else None
            if following and following not in paths:
                paths[following] = [*paths[state], transition_id]
                queue.append(following)
    return None


def bring_to_state(obj, state, transition_id=None, comment=""):
    """Move ``obj`` through the catalogue workflow into ``state``.

    The step its item took (``transition_id``) comes first when it leads
    there; otherwise the shortest way. Each step is a real transition, in the
    history and the audit trail under the user's name; the user's right was
    checked on the item, so the steps run with the site's roles. When the
    guards still refuse (a step to 已发布 of an item retired with findings),
    the state is set directly, the history saying so.
    """
    tool = api.portal.get_tool("portal_workflow")
    chain = tool.getWorkflowsFor(obj)
    if not chain:
        return
    workflow = chain[0]
    current = tool.getInfoFor(obj, "review_state", None)
    if current == state:
        return
    steps = None
    definition = workflow.states.get(current)
    if transition_id and definition and transition_id in definition.transitions:
        transition = workflow.transitions.get(transition_id)
        if transition is not None and transition.new_state_id == state:
            steps = [transition_id]
    if steps is None:
        steps = _path(workflow, current, state)
    note = comment or (
        "Follows its item." if wants_english() else "随所属事项一并流转。"
    )
    with api.env.adopt_roles(["Manager"]):
        try:
            for step in steps or ():
                tool.doActionFor(obj, step, comment=note)
        except WorkflowException:
            pass
        if tool.getInfoFor(obj, "review_state", None) != state:
            _set_state(tool, workflow, obj, state, transition_id, note)


def _set_state(tool, workflow, obj, state, transition_id, comment):
    tool.setStatusOf(
        workflow.getId(),
        obj,
        {
            workflow.state_var: state,
            "action": transition_id,
            "actor": api.user.get_current().getId(),
            "comments": comment,
            "time": DateTime(),
        },
    )
    workflow.updateRoleMappingsFor(obj)
    obj.reindexObject()


def carry_parts_along(item, event):
    """The guide, flow and review rules go where their item goes: submitted,
    approved, sent back, published and retired with it, never left behind
    as drafts of a published item."""
    if event.transition is None or IWorkingCopy.providedBy(item):
        return
    comment = (event.kwargs or {}).get("comment") or ""
    for part in parts_of(item):
        bring_to_state(part, event.new_state.id, event.transition.id, comment)
