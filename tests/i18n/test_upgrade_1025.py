"""Upgrade 1022 -> 1025: the browser's language followed, Beijing time
kept, and the application forms generated before 1025 translated."""

from collective.easyform.api import get_actions
from collective.easyform.api import get_schema
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from putian.policy.applications.easyform import make_application_form
from putian.policy.upgrades.v1025 import translatable_fields_model
from zope.i18n import translate
from zope.i18nmessageid import Message

import pytest


PROFILE = "putian.policy:default"
# What the generator wrote before 1025 (one material, conditional), with
# one label an editor had changed.
MODEL_BEFORE = (
    '<model xmlns="http://namespaces.plone.org/supermodel/schema" '
    'xmlns:easyform="http://namespaces.plone.org/supermodel/easyform"><schema>'
    '<field name="applicant_kind" type="zope.schema.Choice"><title>申请人类型</title>'
    "<description></description><required>True</required><default>person</default>"
    '<values><element key="person">自然人</element>'
    '<element key="organisation">法人或其他组织</element></values></field>'
    '<field name="applicant_name" type="zope.schema.TextLine">'
    "<title>经营者姓名或名称</title><description></description>"
    "<required>True</required></field>"
    '<field name="phone" type="zope.schema.TextLine"><title>联系电话</title>'
    "<description>手机号码或固定电话</description><required>True</required></field>"
    '<field name="material_1" type="plone.namedfile.field.NamedBlobFile">'
    "<title>食品经营许可申请书</title>"
    "<description>PDF、OFD、JPG、PNG或DOCX格式，不超过20MB；特定情形下提交</description>"
    "<required>False</required></field>"
    "</schema></model>"
)
ACTIONS_BEFORE = (
    '<model xmlns="http://namespaces.plone.org/supermodel/schema" '
    'xmlns:easyform="http://namespaces.plone.org/supermodel/easyform"><schema>'
    '<field name="create_application" type="putian.policy.actions.CreateApplication">'
    "<title>生成办件</title><required>True</required></field></schema></model>"
)


@pytest.fixture
def form_before(portal, item_a):
    with api.env.adopt_user(SITE_OWNER_NAME):
        form = make_application_form(item_a.guide)
    form.fields_model = MODEL_BEFORE
    form.actions_model = ACTIONS_BEFORE
    form.submitLabel = "提交申请"
    api.portal.set_registry_record("plone.use_request_negotiation", False)
    api.portal.set_registry_record("plone.portal_timezone", "UTC")
    api.portal.set_registry_record("plone.available_timezones", ["UTC"])
    setup_tool = api.portal.get_tool("portal_setup")
    setup_tool.setLastVersionForProfile(PROFILE, "1022")
    return form


def both(text):
    return (
        translate(text, target_language="en"),
        translate(text, target_language="zh_CN"),
    )


def test_the_upgrade_follows_the_browser_and_keeps_beijing_time(form_before):
    setup_tool = api.portal.get_tool("portal_setup")
    setup_tool.upgradeProfile(PROFILE, dest="1025")
    assert setup_tool.getLastVersionForProfile(PROFILE) == ("1025",)
    assert api.portal.get_registry_record("plone.use_request_negotiation") is True
    assert api.portal.get_registry_record("plone.portal_timezone") == "Asia/Shanghai"
    assert api.portal.get_registry_record("plone.available_timezones") == [
        "Asia/Shanghai"
    ]


def test_the_upgrade_translates_what_the_generator_wrote(form_before):
    setup_tool = api.portal.get_tool("portal_setup")
    setup_tool.upgradeProfile(PROFILE, dest="1025")
    schema = get_schema(form_before)
    assert both(schema["applicant_kind"].title) == ("Applicant type", "申请人类型")
    assert both(schema["phone"].description) == (
        "Mobile or landline number",
        "手机号码或固定电话",
    )
    assert both(schema["material_1"].description) == (
        "PDF, OFD, JPG, PNG or DOCX, at most 20 MB; only in the cases the guide names",
        "PDF、OFD、JPG、PNG或DOCX格式，不超过20MB；特定情形下提交",
    )
    # The options come from our vocabulary, in the visitor's language.
    assert schema["applicant_kind"].vocabularyName == "putian.policy.ApplicantKinds"
    kinds = schema["applicant_kind"].bind(form_before).vocabulary
    assert [term.token for term in kinds] == ["person", "organisation"]
    assert isinstance(form_before.submitLabel, Message)
    assert both(form_before.submitLabel) == ("Submit the application", "提交申请")
    action = get_actions(form_before)["create_application"]
    assert both(action.title) == ("File the application", "生成办件")


def test_the_editors_words_stay(form_before):
    setup_tool = api.portal.get_tool("portal_setup")
    setup_tool.upgradeProfile(PROFILE, dest="1025")
    schema = get_schema(form_before)
    assert schema["applicant_name"].title == "经营者姓名或名称"
    assert not isinstance(schema["applicant_name"].title, Message)
    assert schema["material_1"].title == "食品经营许可申请书"


def test_an_options_list_an_editor_changed_stays():
    changed = MODEL_BEFORE.replace(">自然人<", ">个人<")
    upgraded = translatable_fields_model(changed)
    assert "<values>" in upgraded
    assert ">个人<" in upgraded
    assert "putian.policy.ApplicantKinds" not in upgraded


def test_a_model_with_nothing_of_the_generator_is_left_alone():
    own = (
        MODEL_BEFORE.replace("申请人类型", "类型")
        .replace("手机号码或固定电话", "手机")
        .replace(">联系电话<", ">电话<")
        .replace("；特定情形下提交", "（可选）")
    )
    own = own.replace(">自然人<", ">个人<")
    assert translatable_fields_model(own) == own


def test_a_generated_form_needs_no_upgrade(portal, item_a):
    with api.env.adopt_user(SITE_OWNER_NAME):
        form = make_application_form(item_a.guide)
    assert translatable_fields_model(form.fields_model) == form.fields_model
