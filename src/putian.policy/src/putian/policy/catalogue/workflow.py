"""Rules of putian_catalogue_workflow that a guard cannot express."""

from AccessControl import Unauthorized
from plone import api
from Products.CMFCore.WorkflowCore import WorkflowException
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
    department and the reform office have reviewed it (pending_office)."""
    working_copy = event.object
    if api.content.get_state(working_copy, default=None) == REVIEWED:
        return
    raise Unauthorized(
        "The change must be reviewed by the department and the reform office "
        "before it is checked in."
        if wants_english()
        else "修改须经部门审核并报改革办后，方可替换已发布内容。"
    )
