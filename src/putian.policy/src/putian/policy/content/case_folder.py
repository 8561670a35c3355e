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

    def _setOb(self, id, object):
        """Store the case, without BTreeFolder2's index by meta type.

        That index is a second tree of the case ids under one key, in
        receipt-number order: the first two concurrent submissions to an
        empty folder both create its key, and later every new id goes to
        its last bucket, whose splits conflict with concurrent inserts.
        Nothing lists cases by meta type (``objectIds(spec)`` finds none
        here); the catalog lists them.
        """
        tree = self._tree
        if id in tree:
            raise KeyError(f'There is already an item named "{id}".')
        tree[id] = object
        self._count.change(1)
        self.getOrdering().notifyAdded(id)
