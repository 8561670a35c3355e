"""Upgrade 1025: English for a visitor whose browser asks for it.

- The registry: the browser's language (Accept-Language) is followed when
  the visitor has not chosen one (the selector's cookie still wins); the
  portal keeps Beijing time (Asia/Shanghai, the only time zone offered).
- Each generated application form ("apply" in a guide) speaks the visitor's
  language: the labels and help texts the generator wrote in Chinese before
  1025 become our messages (the same Chinese, with their English), its
  choices read our bilingual vocabularies, the button is our message.
  What an editor changed or added keeps the editor's words.
"""

from collective.easyform.interfaces import IEasyForm
from lxml import etree
from plone import api
from putian.policy.applications.easyform import ACTION_TITLE
from putian.policy.applications.easyform import CHOICE_VOCABULARIES
from putian.policy.applications.easyform import CONDITIONAL_MATERIAL_HELP
from putian.policy.applications.easyform import FIELD_TEXTS
from putian.policy.applications.easyform import FORM_ID
from putian.policy.applications.easyform import I18N_NAMESPACE
from putian.policy.applications.easyform import MATERIAL_HELP
from putian.policy.applications.easyform import SUBMIT_LABEL

import logging


logger = logging.getLogger("putian.policy.upgrades")
PROFILE = "profile-putian.policy:default"
SCHEMA_NAMESPACE = "http://namespaces.plone.org/supermodel/schema"

# What the generator wrote before 1025, field by field: (title, help).
FIELDS_BEFORE = {
    "applicant_kind": ("申请人类型", ""),
    "applicant_name": ("申请人姓名或单位名称", ""),
    "id_number": (
        "身份证号码或统一社会信用代码",
        "自然人填写18位居民身份证号码；法人或其他组织填写18位统一社会信用代码",
    ),
    "phone": ("联系电话", "手机号码或固定电话"),
    "email": ("电子邮箱", ""),
    "channel": ("申请渠道", ""),
    "delivery": ("结果送达方式", ""),
    "postal_address": ("邮寄地址", "选择邮寄送达时必填"),
}
MATERIAL_HELP_BEFORE = {
    "PDF、OFD、JPG、PNG或DOCX格式，不超过20MB": MATERIAL_HELP,
    "PDF、OFD、JPG、PNG或DOCX格式，不超过20MB；特定情形下提交": (
        CONDITIONAL_MATERIAL_HELP
    ),
}
ACTION_TITLE_BEFORE = "生成办件"
SUBMIT_LABEL_BEFORE = "提交申请"


def _tag(name: str) -> str:
    return f"{{{SCHEMA_NAMESPACE}}}{name}"


def _translatable(element, message) -> None:
    element.set(f"{{{I18N_NAMESPACE}}}translate", str(message))
    element.text = message.default


def _text(element) -> str:
    return (element.text or "").strip() if element is not None else ""


def _with_our_domain(root):
    """The model root with the i18n namespace and our domain declared."""
    nsmap = dict(root.nsmap)
    nsmap["i18n"] = I18N_NAMESPACE
    model = etree.Element(root.tag, attrib=dict(root.attrib), nsmap=nsmap)
    model.set(f"{{{I18N_NAMESPACE}}}domain", "putian.policy")
    model.text = root.text
    model.extend(list(root))
    return model


def _translate_field(field) -> bool:
    name = field.get("name", "")
    title = field.find(_tag("title"))
    description = field.find(_tag("description"))
    changed = False
    if name in FIELDS_BEFORE:
        title_before, help_before = FIELDS_BEFORE[name]
        title_now, *help_now = FIELD_TEXTS[name]
        if title is not None and _text(title) == title_before:
            _translatable(title, title_now)
            changed = True
        if help_now and description is not None and _text(description) == help_before:
            _translatable(description, help_now[0])
            changed = True
    elif name.startswith("material_") and description is not None:
        message = MATERIAL_HELP_BEFORE.get(_text(description))
        if message is not None:
            _translatable(description, message)
            changed = True
    if name in CHOICE_VOCABULARIES:
        changed = _use_vocabulary(field, *CHOICE_VOCABULARIES[name]) or changed
    return changed


def _use_vocabulary(field, vocabulary, terms, default) -> bool:
    """The generator's option list (Chinese titles) becomes our vocabulary;
    a list an editor changed stays."""
    values = field.find(_tag("values"))
    if values is None:
        return False
    options = {
        element.get("key"): _text(element) for element in values.iter(_tag("element"))
    }
    if options != {term.token: term.title_zh for term in terms}:
        return False
    named = etree.Element(_tag("vocabulary"))
    named.text = vocabulary
    named.tail = values.tail
    field.replace(values, named)
    return True


def translatable_fields_model(model: str) -> str:
    """The model with the generator's Chinese labels, help texts and option
    lists made translatable; unchanged when it has none of them."""
    root = etree.fromstring(model.encode("utf-8"))
    changed = [_translate_field(field) for field in root.iter(_tag("field"))]
    if not any(changed):
        return model
    return etree.tostring(_with_our_domain(root), encoding="unicode")


def translatable_actions_model(model: str) -> str:
    root = etree.fromstring(model.encode("utf-8"))
    changed = False
    for field in root.iter(_tag("field")):
        title = field.find(_tag("title"))
        if field.get("name") == "create_application" and _text(title) == (
            ACTION_TITLE_BEFORE
        ):
            _translatable(title, ACTION_TITLE)
            changed = True
    if not changed:
        return model
    return etree.tostring(_with_our_domain(root), encoding="unicode")


def translate_application_form(form) -> bool:
    before = (form.fields_model, form.actions_model, form.submitLabel)
    if form.fields_model:
        form.fields_model = translatable_fields_model(form.fields_model)
    if form.actions_model:
        form.actions_model = translatable_actions_model(form.actions_model)
    if form.submitLabel == SUBMIT_LABEL_BEFORE:
        form.submitLabel = SUBMIT_LABEL
    return (form.fields_model, form.actions_model, form.submitLabel) != before


def application_forms():
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(portal_type="ServiceGuide"):
        guide = brain._unrestrictedGetObject()
        form = guide.get(FORM_ID)
        if form is not None and IEasyForm.providedBy(form):
            yield form


def speak_the_visitors_language(setup_tool):
    setup_tool.runImportStepFromProfile(PROFILE, "plone.app.registry")
    translated = 0
    for form in application_forms():
        if translate_application_form(form):
            translated += 1
    logger.info("1025: %d application forms made translatable", translated)
