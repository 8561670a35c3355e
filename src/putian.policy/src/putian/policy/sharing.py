"""Department roles on the sharing tab of a department (local roles)."""

from plone.app.workflow.interfaces import ISharingPageRole
from putian.policy import _
from putian.policy.content.department import IDepartment
from zope.interface import implementer


@implementer(ISharingPageRole)
class DepartmentEditorRole:
    title = _("title_department_editor", default="Department editor")
    required_permission = "Manage portal"
    required_interface = IDepartment


@implementer(ISharingPageRole)
class DepartmentReviewerRole:
    title = _("title_department_reviewer", default="Department reviewer")
    required_permission = "Manage portal"
    required_interface = IDepartment


@implementer(ISharingPageRole)
class WindowClerkRole:
    title = _("title_window_clerk", default="Window clerk")
    required_permission = "Manage portal"
    required_interface = IDepartment


@implementer(ISharingPageRole)
class CaseReviewerRole:
    title = _("title_case_reviewer", default="Case reviewer")
    required_permission = "Manage portal"
    required_interface = IDepartment


@implementer(ISharingPageRole)
class CaseDeciderRole:
    title = _("title_case_decider", default="Case decider")
    required_permission = "Manage portal"
    required_interface = IDepartment
