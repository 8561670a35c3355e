"""The work list page (@@worklist), the dashboard that leads to it, and the
待办 count in the toolbar."""

from plone import api
from plone.app.layout.viewlets.common import ViewletBase
from Products.Five.browser import BrowserView
from putian.policy import _
from putian.policy.portal.named_pages import INamedPage
from putian.policy.worklist.roles import work_roles
from putian.policy.worklist.sections import SHOWN_PER_SECTION
from putian.policy.worklist.sections import WorkList
from zope.interface import implementer


WORKLIST_VIEW = "@@worklist"


def worklist_url() -> str:
    return f"{api.portal.get().absolute_url()}/{WORKLIST_VIEW}"


@implementer(INamedPage)
class WorklistView(BrowserView):
    """What waits for the signed-in person, one section per task of the
    roles they hold."""

    shown_per_section = SHOWN_PER_SECTION

    def __call__(self):
        self.worklist = WorkList(work_roles(), self.request)
        return self.index()

    def sections(self) -> list[dict]:
        return [
            {
                "section": section,
                "count": self.worklist.count(section),
                "lines": self.worklist.lines(section),
            }
            for section in self.worklist.sections()
        ]

    def page_title(self):
        return _("heading_worklist", default="My work list")

    def fullname(self) -> str:
        user = api.user.get_current()
        return user.getProperty("fullname", "") or user.getUserName()


class DashboardRedirect(BrowserView):
    """Plone's personal dashboard (recent changes in portlets) is replaced by
    the work list: its link and old bookmarks lead there."""

    def __call__(self):
        return self.request.response.redirect(worklist_url())


class WorklistBadge(ViewletBase):
    """待办 with the number of things waiting, for a holder of a work role;
    catalog counts only."""

    def update(self):
        super().update()
        self.roles = {} if self.portal_state.anonymous() else work_roles()
        self.total = WorkList(self.roles, self.request).total() if self.roles else 0
        self.url = worklist_url()

    def render(self):
        return self.index() if self.roles else ""
