from plone.dexterity.content import Container
from plone.supermodel import model
from zope.interface import implementer


# Every department keeps its cases in a folder of this id.
CASE_FOLDER_ID = "cases"


class ICaseFolder(model.Schema):
    """A department's cases (办件); never shown to the public."""


@implementer(ICaseFolder)
class CaseFolder(Container):
    """Holds Applications; its workflow keeps it to the department's case workers.

    Unordered: an explicit order is one list that every concurrent
    submission would write, and conflict on.  Cases list by receipt number.
    """

    _ordering = "unordered"

    def notifyModified(self):
        """A case filed in the folder does not change the folder: stamping
        it modified would make concurrent submissions conflict on it."""
