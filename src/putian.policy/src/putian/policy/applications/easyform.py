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
from putian.policy.rules.applications import APPLICANT_KINDS
from putian.policy.rules.applications import APPLICATION_CHANNELS
from putian.policy.rules.applications import DELIVERY_METHODS
from putian.policy.rules.applications import FormField
from putian.policy.rules.uploads import MAX_UPLOAD_BYTES
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


def _item_of(form):
    for parent in (aq_parent(form), aq_parent(aq_parent(form))):
        if IApprovalItem.providedBy(parent):
            return parent
    return None


def _added_fields(form, fields) -> dict:
    """The fields an editor added to the form, as the core reads them
    (``rules.applications.form_data_texts``): title, value, several lines."""
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
        item = _item_of(form)
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

_MODEL = (
    '<model xmlns="http://namespaces.plone.org/supermodel/schema" '
    'xmlns:easyform="http://namespaces.plone.org/supermodel/easyform">'
    "<schema>{fields}</schema></model>"
)


def _field(name, type_, title, description="", required=True, extra=""):
    return (
        f'<field name="{name}" type="{type_}">'
        f"<title>{escape(title)}</title>"
        f"<description>{escape(description)}</description>"
        f"<required>{'True' if required else 'False'}</required>"
        f"{extra}</field>"
    )


def _choice(name, title, terms, default):
    values = "".join(
        f"<element key={quoteattr(entry.token)}>{escape(entry.title_zh)}</element>"
        for entry in terms
    )
    return _field(
        name,
        "zope.schema.Choice",
        title,
        extra=f"<default>{default}</default><values>{values}</values>",
    )


def fields_model(item) -> str:
    """The form's fields: who applies, contact, delivery, then each material."""
    limit = MAX_UPLOAD_BYTES // (1024 * 1024)
    fields = [
        _choice("applicant_kind", "申请人类型", APPLICANT_KINDS, "person"),
        _field("applicant_name", "zope.schema.TextLine", "申请人姓名或单位名称"),
        _field(
            "id_number",
            "zope.schema.TextLine",
            "身份证号码或统一社会信用代码",
            "自然人填写18位居民身份证号码；法人或其他组织填写18位统一社会信用代码",
        ),
        _field("phone", "zope.schema.TextLine", "联系电话", "手机号码或固定电话"),
        _field("email", "zope.schema.TextLine", "电子邮箱", required=False),
        _choice("channel", "申请渠道", APPLICATION_CHANNELS, "online"),
        _choice("delivery", "结果送达方式", DELIVERY_METHODS, "window"),
        _field(
            "postal_address",
            "zope.schema.TextLine",
            "邮寄地址",
            "选择邮寄送达时必填",
            required=False,
        ),
    ]
    for material in requested_for(item):
        fields.append(
            _field(
                material.field,
                "plone.namedfile.field.NamedBlobFile",
                material.name,
                f"PDF、OFD、JPG、PNG或DOCX格式，不超过{limit}MB"
                + ("" if material.required else "；特定情形下提交"),
                required=material.required,
            )
        )
    return _MODEL.format(fields="".join(fields))


def actions_model() -> str:
    return _MODEL.format(
        fields=f'<field name="create_application" type="{ACTION_TYPE}">'
        "<title>生成办件</title><required>True</required></field>"
    )


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
            title=f"{item.Title()} 网上申报",
            safe_id=False,
        )
    form.fields_model = fields_model(item)
    form.actions_model = actions_model()
    form.submitLabel = "提交申请"
    form.thanksPageOverrideAction = "redirect_to"
    form.thanksPageOverride = f"string:${{portal_url}}/{SUBMITTED_PAGE}"
    form.reindexObject()
    return form
