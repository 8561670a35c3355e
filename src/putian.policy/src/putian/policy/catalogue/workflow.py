"""Rules of putian_catalogue_workflow that a guard cannot express."""

from Products.CMFCore.WorkflowCore import WorkflowException
from putian.policy.vocabularies.terms import wants_english


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
