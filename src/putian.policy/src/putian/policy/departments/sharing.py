"""Department roles on the sharing tab of a department (local roles).

Each is given on a department and acts only inside it: editing and
reviewing its catalogue, and handling its cases.
"""

from plone.app.workflow.interfaces import ISharingPageRole
from putian.policy import _
from putian.policy.content.department import IDepartment
from zope.interface import implementer


def _department_role(role_title):
    @implementer(ISharingPageRole)
    class DepartmentRole:
        title = role_title
        required_permission = "Manage portal"
        required_interface = IDepartment

    return DepartmentRole


DepartmentEditorRole = _department_role(
    _("title_department_editor", default="Department editor")
)
DepartmentReviewerRole = _department_role(
    _("title_department_reviewer", default="Department reviewer")
)
WindowClerkRole = _department_role(_("title_window_clerk", default="Window clerk"))
CaseReviewerRole = _department_role(_("title_case_reviewer", default="Case reviewer"))
CaseDeciderRole = _department_role(_("title_case_decider", default="Case decider"))
