"""The item, its guide and its online form named in the visitor's language
in the browser's title and in the breadcrumbs.

Plone names a page after its content's stored title, the Chinese: an item
is named by its English name for an English visitor (``title_in_language``),
a guide with the title it is made with (办事指南) by the message of that
name, the generated form by its heading (``form_heading``).  A title an
editor wrote stays as written.
"""

from collective.easyform.interfaces import IEasyForm
from html import escape
from plone.app.layout.viewlets.common import TitleViewlet
from Products.CMFPlone.browser.navigation import PhysicalNavigationBreadcrumbs
from putian.policy import _
from putian.policy.applications.form_heading import form_heading
from putian.policy.behaviors.english_name import title_in_language
from putian.policy.content.approval_item import IApprovalItem
from putian.policy.content.service_guide import IServiceGuide
from zope.i18n import translate


# The title a guide is made with.
GUIDE_STORED_TITLE = "办事指南"
GUIDE_TITLE = _("title_service_guide", default="Service guide")


def content_name(obj, request) -> str:
    """``obj``'s name in the visitor's language."""
    if IApprovalItem.providedBy(obj):
        return title_in_language(obj, request)
    if IServiceGuide.providedBy(obj) and obj.Title() == GUIDE_STORED_TITLE:
        return translate(GUIDE_TITLE, context=request)
    if IEasyForm.providedBy(obj):
        return form_heading(obj, request) or obj.Title()
    return obj.Title()


class ContentTitle(TitleViewlet):
    """``<title>``: the content's name, then the site's."""

    @property
    def page_title(self):
        return escape(content_name(self.context, self.request))


class ContentBreadcrumbs(PhysicalNavigationBreadcrumbs):
    """The content's own breadcrumb (the ones above come from their own
    breadcrumbs views)."""

    def customize_entry(self, entry, context=None):
        entry["Title"] = content_name(context or self.context, self.request)
