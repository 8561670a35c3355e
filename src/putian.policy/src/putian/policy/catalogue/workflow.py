"""Rules of putian_catalogue_workflow that a guard cannot express."""

from AccessControl import Unauthorized
from plone import api
from Products.CMFCore.WorkflowCore import WorkflowException
from putian.policy.catalogue.compliance import change_is_publishable
from putian.policy.catalogue.parts import item_parts_behind
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
    if item_parts_behind(working_copy):
        raise Unauthorized(
            "A part of this working copy has not been reviewed with it; take it "
            "through review first."
            if wants_english()
            else "工作副本中有组成部分（办事指南、流程图或审查细则）尚未随之审核，"
            "请先提交审核。"
        )
    if change_is_publishable(working_copy, event.baseline):
        return
    raise Unauthorized(
        "With this change the item would break the catalogue rules; record an "
        "exemption or correct the working copy."
        if wants_english()
        else "按此修改，事项将不符合规范要求；请修改工作副本或由改革办记录豁免理由。"
    )
