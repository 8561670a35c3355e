"""Every department keeps its cases in its own CaseFolder."""

from plone.contentrules.engine.interfaces import IRuleAssignmentManager
from plone.dexterity.utils import createContentInContainer
from putian.policy import _
from putian.policy.content.case_folder import CASE_FOLDER_ID
from zope.i18n import translate


def case_folder(department):
    """The department's CaseFolder, made when it is missing."""
    folder = department.get(CASE_FOLDER_ID)
    if folder is None:
        # Made by the system, whoever adds the department.
        folder = createContentInContainer(
            department,
            "CaseFolder",
            checkConstraints=False,
            id=CASE_FOLDER_ID,
            title=translate(
                _("title_case_folder", default="Cases"),
                target_language="zh_CN",
            ),
            exclude_from_nav=True,
        )
        prepare_for_cases(folder)
    return folder


def prepare_for_cases(folder) -> None:
    """What Plone would make in the folder when its first case is filed.

    Content rules keep their assignments in an annotation made the first
    time an event reaches the folder: the first two concurrent submissions
    would both make it, and conflict.
    """
    IRuleAssignmentManager(folder)


def add_case_folder(department, event):
    case_folder(department)
