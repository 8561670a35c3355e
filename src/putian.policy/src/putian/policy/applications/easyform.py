"""The easyform action that files an application, and the form it serves.

An item's guide gets an EasyForm ("apply") generated from its materials:
the applicant's fields, then one upload per material asked of the
applicant.  Editors may adjust it like any easyform; the action files
whatever the form submits through ``intake.submit``.
"""

from Acquisition import aq_parent
from collective.easyform.actions import Action
from collective.easyform.actions import ActionFactory
from collective.easyform.api import get_context
from collective.easyform.api import get_schema
from collective.easyform.config import FORM_ERROR_MARKER
from collective.easyform.interfaces import IAction
from plone import api
from plone.app.textfield.interfaces import IRichTextValue
from plone.supermodel.exportimport import BaseHandler
from putian.policy import _
from putian.policy.applications.intake import APPLICANT_FIELDS
from putian.policy.applications.intake import requested_for
from putian.policy.applications.intake import submit
from putian.policy.applications.intake import Upload
from putian.policy.applications.turns import take_turn
from putian.policy.content.approval_item import IApprovalItem
from putian.policy.rules.cases.applications import APPLICANT_KINDS
from putian.policy.rules.cases.applications import APPLICATION_CHANNELS
from putian.policy.rules.cases.applications import DELIVERY_METHODS
from putian.policy.rules.cases.applications import FormField
from putian.policy.validation import finding_message
from putian.policy.vocabularies.terms import wants_english
from urllib.parse import urlparse
from xml.sax.saxutils import escape
from xml.sax.saxutils import quoteattr
from zope.interface import implementer
from zope.schema import Text
from zope.schema import TextLine


FORM_ID = "apply"
ACTION_TYPE = "putian.policy.actions.CreateApplication"
# The cookie that carries the receipt number and query code to the page
# shown after submitting (easyform redirects there).
SUBMITTED_COOKIE = "putian_submitted"
SUBMITTED_SECONDS = 600
SUBMITTED_PAGE = "@@application-submitted"


def submitted_page_path() -> str:
    """The path of the thanks page as the browser sees it (virtual hosting too).

    The cookie holds the query code: sent with every request under ``/`` it
    would stand in the error log of any page that fails meanwhile, so it is
    scoped to the one page that shows it (a reload still shows it).
    """
    return f"{urlparse(api.portal.get().absolute_url()).path}/{SUBMITTED_PAGE}"


class ICreateApplication(IAction):
    """File the submission as an Application in the department's cases."""


def item_of_form(form):
    """The approval item whose guide holds ``form`` (None for a form elsewhere)."""
    for parent in (aq_parent(form), aq_parent(aq_parent(form))):
        if IApprovalItem.providedBy(parent):
            return parent
    return None


def _added_fields(form, fields) -> dict:
    """The fields an editor added to the form, as the core reads them
    (``rules.cases.applications.form_data_texts``): title, value, several lines."""
    schema = get_schema(form)
    added = {}
    for name, value in fields.items():
        if name in APPLICANT_FIELDS or name.startswith("material_"):
            continue
        field = schema.get(name)
        multiline = isinstance(field, Text) and not isinstance(field, TextLine)
        if IRichTextValue.providedBy(value):
            value, multiline = value.raw, True
        title = str(getattr(field, "title", "") or name)
        added[name] = FormField(title, value, multiline)
    return added


@implementer(ICreateApplication)
class CreateApplication(Action):
    __doc__ = ICreateApplication.__doc__

    def onSuccess(self, fields, request):
        form = get_context(self)
        item = item_of_form(form)
        if item is None:
            # A form copied away from its item: nothing to file a case of.
            return {
                FORM_ERROR_MARKER: "This form belongs to no approval item."
                if wants_english()
                else "该表单不属于任何审批事项，无法提交申请。"
            }
        data = {name: fields.get(name) for name in APPLICANT_FIELDS}
        data.setdefault("channel", None)
        data["channel"] = data["channel"] or "online"
        uploads = []
        for material in requested_for(item):
            value = fields.get(material.field)
            if value is not None and getattr(value, "data", None):
                uploads.append(Upload(material.field, value.filename, value.data))
        extra = _added_fields(form, fields)
        take_turn()
        with api.env.adopt_roles(["Manager"]):
            submitted, findings = submit(item, data, uploads, form_data=extra)
        if findings:
            errors = {}
            for finding in findings:
                key = finding.field if finding.field in fields else FORM_ERROR_MARKER
                errors.setdefault(key, finding_message(finding))
            return errors
        request.response.setCookie(
            SUBMITTED_COOKIE,
            f"{submitted.receipt_number}|{submitted.query_code}",
            path=submitted_page_path(),
            max_age=SUBMITTED_SECONDS,
            http_only=True,
            same_site="Strict",
        )
        return None


CreateApplicationAction = ActionFactory(
    CreateApplication,
    _("label_create_application_action", default="File an application (办件)"),
    "collective.easyform.AddCustomScripts",
)
CreateApplicationHandler = BaseHandler(CreateApplication)


# -- the generated form ---------------------------------------------------

I18N_NAMESPACE = "http://xml.zope.org/namespaces/i18n"
_MODEL = (
    '<model xmlns="http://namespaces.plone.org/supermodel/schema" '
    'xmlns:easyform="http://namespaces.plone.org/supermodel/easyform" '
    f'xmlns:i18n="{I18N_NAMESPACE}" i18n:domain="putian.policy">'
    "<schema>{fields}</schema></model>"
)

# The labels and help texts of the generated fields, translated when the
# form is shown (supermodel reads i18n:translate into messages of our
# domain): the Chinese is in locales/zh_CN, in the words the form had before.
FIELD_TEXTS = {
    "applicant_kind": (_("label_apply_applicant_kind", default="Applicant type"),),
    "applicant_name": (
        _(
            "label_apply_applicant_name",
            default="Name of the applicant (person or organisation)",
        ),
    ),
    "id_number": (
        _(
            "label_apply_id_number",
            default="ID card number or unified social credit code",
        ),
        _(
            "help_apply_id_number",
            default="A person gives the 18-character resident ID card number; "
            "an organisation its 18-character unified social credit code",
        ),
    ),
    "phone": (
        _("label_apply_phone", default="Telephone"),
        _("help_apply_phone", default="Mobile or landline number"),
    ),
    "email": (_("label_apply_email", default="Email"),),
    "channel": (_("label_apply_channel", default="Channel of application"),),
    "delivery": (_("label_apply_delivery", default="Delivery of the result"),),
    "postal_address": (
        _("label_apply_postal_address", default="Postal address"),
        _("help_apply_postal_address", default="Required for delivery by post"),
    ),
}
# Each material's label is its name in the guide (the department's words).
MATERIAL_HELP = _(
    "help_apply_material_upload",
    default="PDF, OFD, JPG, PNG or DOCX, at most 20 MB",
)
CONDITIONAL_MATERIAL_HELP = _(
    "help_apply_material_upload_conditional",
    default="PDF, OFD, JPG, PNG or DOCX, at most 20 MB; only in the cases "
    "the guide names",
)
# The options of the choices are the core's bilingual tables, served by our
# vocabularies in the visitor's language.
CHOICE_VOCABULARIES = {
    "applicant_kind": ("putian.policy.ApplicantKinds", APPLICANT_KINDS, "person"),
    "channel": ("putian.policy.ApplicationChannels", APPLICATION_CHANNELS, "online"),
    "delivery": ("putian.policy.DeliveryMethods", DELIVERY_METHODS, "window"),
}
SUBMIT_LABEL = _("label_apply_submit", default="Submit the application")
ACTION_TITLE = _("label_apply_action", default="File the application")


def _text(tag, text):
    """An element whose text is ``text``; a message of ours is written with
    its msgid (i18n:translate) and its English default."""
    msgid = getattr(text, "domain", None) and str(text)
    if msgid:
        return (
            f"<{tag} i18n:translate={quoteattr(msgid)}>{escape(text.default)}</{tag}>"
        )
    return f"<{tag}>{escape(text)}</{tag}>"


def _field(name, type_, title, description="", required=True, extra=""):
    return (
        f'<field name="{name}" type="{type_}">'
        f"{_text('title', title)}"
        f"{_text('description', description)}"
        f"<required>{'True' if required else 'False'}</required>"
        f"{extra}</field>"
    )


def _texts(name):
    title, *description = FIELD_TEXTS[name]
    return title, (description[0] if description else "")


def _applicant_field(name, required=True):
    title, description = _texts(name)
    return _field(name, "zope.schema.TextLine", title, description, required)


def _choice(name):
    vocabulary, _terms, default = CHOICE_VOCABULARIES[name]
    title, description = _texts(name)
    return _field(
        name,
        "zope.schema.Choice",
        title,
        description,
        extra=f"<default>{default}</default><vocabulary>{vocabulary}</vocabulary>",
    )


def fields_model(item) -> str:
    """The form's fields: who applies, contact, delivery, then each material."""
    fields = [
        _choice("applicant_kind"),
        _applicant_field("applicant_name"),
        _applicant_field("id_number"),
        _applicant_field("phone"),
        _applicant_field("email", required=False),
        _choice("channel"),
        _choice("delivery"),
        _applicant_field("postal_address", required=False),
    ]
    for material in requested_for(item):
        fields.append(
            _field(
                material.field,
                "plone.namedfile.field.NamedBlobFile",
                material.name,
                MATERIAL_HELP if material.required else CONDITIONAL_MATERIAL_HELP,
                required=material.required,
            )
        )
    return _MODEL.format(fields="".join(fields))


def actions_model() -> str:
    return _MODEL.format(
        fields=f'<field name="create_application" type="{ACTION_TYPE}">'
        f"{_text('title', ACTION_TITLE)}<required>True</required></field>"
    )


def stored_form_title(item) -> str:
    """The title the form is made with: the item's Chinese name.  An English
    visitor reads the heading ``form_heading`` makes of it."""
    return f"{item.Title()} 网上申报"


def make_application_form(guide):
    """The guide's application form, generated (or regenerated) from its
    materials.  Returns the EasyForm."""
    item = aq_parent(guide)
    form = guide.get(FORM_ID)
    if form is None:
        form = api.content.create(
            container=guide,
            type="EasyForm",
            id=FORM_ID,
            title=stored_form_title(item),
            safe_id=False,
        )
    form.fields_model = fields_model(item)
    form.actions_model = actions_model()
    # A message: the button is labelled in the visitor's language.
    form.submitLabel = SUBMIT_LABEL
    form.thanksPageOverrideAction = "redirect_to"
    form.thanksPageOverride = f"string:${{portal_url}}/{SUBMITTED_PAGE}"
    form.reindexObject()
    return form
