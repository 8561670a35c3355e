"""The item, its department, its guide and its online form named in the
visitor's language in the browser's title, in the breadcrumbs and in the
navigation portlet.

Plone names a page after its content's stored title, the Chinese: an item
or a department is named by its English name for an English visitor
(``title_in_language``), a guide with the title it is made with (办事指南) by
the message of that name, the generated form by its heading
(``form_heading``).  A title an
editor wrote stays as written.
"""

from collective.easyform.interfaces import IEasyForm
from html import escape
from plone.app.layout.viewlets.common import TitleViewlet
from plone.app.portlets.portlets.navigation import NavtreeStrategy
from Products.CMFPlone.browser.navigation import PhysicalNavigationBreadcrumbs
from putian.policy import _
from putian.policy.applications.form_heading import form_heading
from putian.policy.behaviors.english_name import IEnglishName
from putian.policy.behaviors.english_name import title_in_language
from putian.policy.content.service_guide import IServiceGuide
from putian.policy.vocabularies.terms import wants_english
from zope.globalrequest import getRequest
from zope.i18n import translate


# The types whose content has an English name (behaviour english_name).
NAMED_IN_ENGLISH = ("ApprovalItem", "LifeEvent", "Department")

# The title a guide is made with.
GUIDE_STORED_TITLE = "办事指南"
GUIDE_TITLE = _("title_service_guide", default="Service guide")


def content_name(obj, request) -> str:
    """``obj``'s name in the visitor's language."""
    if IEnglishName.providedBy(obj):
        return title_in_language(obj, request)
    if IServiceGuide.providedBy(obj) and obj.Title() == GUIDE_STORED_TITLE:
        return translate(GUIDE_TITLE, context=request)
    if IEasyForm.providedBy(obj):
        return form_heading(obj, request) or obj.Title()
    return obj.Title()


def catalog_name(brain, request) -> str:
    """The name of the content of ``brain`` in the visitor's language; the
    object is woken for a generated form alone (its heading needs its item)."""
    portal_type = brain.portal_type
    if portal_type in NAMED_IN_ENGLISH:
        return title_in_language(brain, request)
    if portal_type == "ServiceGuide" and brain.Title == GUIDE_STORED_TITLE:
        return translate(GUIDE_TITLE, context=request)
    if portal_type == "EasyForm":
        return content_name(brain.getObject(), request)
    return brain.Title


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


class ContentNavtreeStrategy(NavtreeStrategy):
    """The navigation portlet's entries: an English visitor reads the names
    ``catalog_name`` gives (the Chinese visitor the stored titles)."""

    def decoratorFactory(self, node):
        node = super().decoratorFactory(node)
        request = getRequest()
        if wants_english(request):
            node["Title"] = catalog_name(node["item"], request) or node["Title"]
        return node
