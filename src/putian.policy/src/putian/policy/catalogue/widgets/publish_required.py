"""A badge "发布必填" beside the label of each field publishing requires.

Which fields those are is the core's answer
(``rules.catalogue.publish_requirements``); this module only finds them among the
widgets of the item, guide, flow and review-rules add and edit forms and
renders them with the badge, distinct from Plone's required-field dot (a
required field cannot be saved empty; these can, but are not published).
"""

from Acquisition import aq_base
from plone.app.z3cform.views import RenderWidget
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from putian.policy.rules.catalogue.publish_requirements import required_for_publishing
from putian.policy.validation import finding_message
from z3c.form.interfaces import IAddForm
from z3c.form.interfaces import IAfterWidgetUpdateEvent
from z3c.form.interfaces import IForm
from z3c.form.interfaces import INPUT_MODE
from zope.component import adapter
from zope.interface import alsoProvides
from zope.interface import Interface


# The part of an item each catalogue type is (as catalogue.refusal names them).
PART_OF_TYPE = {
    "ApprovalItem": "item",
    "ServiceGuide": "guide",
    "ApprovalFlow": "flow",
    "ReviewRules": "rules",
}


class IPublishRequiredWidget(Interface):
    """A widget of a field that publishing requires."""


def _portal_type(form):
    main = getattr(form, "parentForm", None) or form
    if IAddForm.providedBy(main):
        return getattr(main, "portal_type", None)
    return getattr(aq_base(getattr(main, "context", None)), "portal_type", None)


def publish_finding(widget):
    """The core's finding for ``widget``'s field left empty, when publishing
    requires the field (None for every other widget)."""
    form = getattr(widget, "form", None)
    field = getattr(widget, "field", None)
    if form is None or field is None or not IForm.providedBy(form):
        return None
    part = PART_OF_TYPE.get(_portal_type(form))
    if part is None:
        return None
    return required_for_publishing(part).get(field.__name__)


@adapter(IAfterWidgetUpdateEvent)
def mark_publish_required(event):
    widget = event.widget
    if getattr(widget, "mode", None) != INPUT_MODE:
        return
    finding = publish_finding(widget)
    if finding is None:
        return
    widget.publish_required = finding_message(finding)
    alsoProvides(widget, IPublishRequiredWidget)


class RenderPublishRequiredWidget(RenderWidget):
    index = ViewPageTemplateFile("publish_required_widget.pt")
