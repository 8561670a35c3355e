"""A page of the site root that has a name of its own (the work list, the
catalogue): its name in the browser's title and in the breadcrumbs.

Plone names a view of the site root by the site alone: the title is the
site's name, the breadcrumbs 首页 alone.  A view that provides
``INamedPage`` is named after its ``page_title`` instead (its heading).
"""

from html import escape
from plone.app.layout.viewlets.common import PathBarViewlet
from plone.app.layout.viewlets.common import TitleViewlet
from zope.i18n import translate
from zope.interface import Interface


class INamedPage(Interface):
    """A view with a name of its own."""

    def page_title():
        """The page's name (a message or text), as its heading says it."""


def page_name(view) -> str:
    return translate(view.page_title(), context=view.request)


class NamedPageTitle(TitleViewlet):
    """``<title>``: the page's name, then the site's."""

    def update(self):
        super().update()
        self.site_title = self.sep.join([escape(page_name(self.view)), self.site_title])


class NamedPageBreadcrumbs(PathBarViewlet):
    """The breadcrumbs: 首页, then the page."""

    def update(self):
        super().update()
        self.breadcrumbs = (
            {
                "absolute_url": self.view.request.getURL(),
                "Title": page_name(self.view),
            },
        )
