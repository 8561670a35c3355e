"""The application form generated from a guide, and its easyform action."""

from collective.easyform.api import get_actions
from collective.easyform.api import get_schema
from collective.easyform.config import FORM_ERROR_MARKER
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.namedfile.file import NamedBlobFile
from putian.policy.applications.easyform import make_application_form
from putian.policy.applications.easyform import SUBMITTED_COOKIE
from tests.fixtures.applications import APPLICANT
from tests.fixtures.applications import PDF
from tests.fixtures.applications import publish
from tests.fixtures.catalogue import create_people
from tests.fixtures.testbrowser import browser_for
from zope.schema import getFieldNamesInOrder

import pytest
import transaction


@pytest.fixture
def form(item_a):
    with api.env.adopt_user(SITE_OWNER_NAME):
        publish(item_a)
        return make_application_form(item_a.guide)


def action(form):
    return get_actions(form)["create_application"]


def test_the_form_asks_for_the_applicant_and_each_material(form):
    schema = get_schema(form)
    assert getFieldNamesInOrder(schema) == [
        "applicant_kind",
        "applicant_name",
        "id_number",
        "phone",
        "email",
        "channel",
        "delivery",
        "postal_address",
        "material_1",
    ]
    assert schema["material_1"].title == "食品经营许可申请书"
    assert schema["material_1"].required
    kinds = schema["applicant_kind"].bind(form).vocabulary
    assert [term.title for term in kinds] == [
        "自然人",
        "法人或其他组织",
    ]


def test_regenerating_follows_the_guides_materials(form, item_a):
    item_a.guide.materials = [
        *item_a.guide.materials,
        {"name": "授权委托书", "requirement": "conditional"},
    ]
    with api.env.adopt_user(SITE_OWNER_NAME):
        again = make_application_form(item_a.guide)
    assert again == form
    schema = get_schema(form)
    assert schema["material_2"].title == "授权委托书"
    assert not schema["material_2"].required


def fields(**changes):
    values = dict(APPLICANT)
    values["material_1"] = NamedBlobFile(data=PDF, filename="申请书.pdf")
    values.update(changes)
    return values


def test_a_valid_submission_files_a_case(form, departments, request_):
    assert action(form).onSuccess(fields(), request_) is None
    cookie = request_.response.cookies[SUBMITTED_COOKIE]
    receipt, code = cookie["value"].split("|")
    assert receipt.startswith("003632104-")
    assert len(code) == 8
    assert cookie.get("http_only") or cookie.get("HttpOnly")
    cases = departments["a"]["cases"].objectValues()
    assert [case.receipt_number for case in cases] == [receipt]


def test_the_code_is_sent_back_to_the_thanks_page_only(form, request_):
    """Sent with every page under "/", the code would stand in error logs."""
    assert action(form).onSuccess(fields(), request_) is None
    cookie = request_.response.cookies[SUBMITTED_COOKIE]
    assert cookie["Path"] == "/plone/@@application-submitted"


def test_errors_go_next_to_their_fields(form, departments, request_):
    errors = action(form).onSuccess(
        fields(id_number="350302199001011238", material_1=None), request_
    )
    assert set(errors) == {"id_number", "material_1"}
    assert "食品经营许可申请书" in errors["material_1"]
    assert list(departments["a"]["cases"].objectIds()) == []


def test_a_wrong_file_type_is_refused_with_a_message(form, departments, request_):
    exe = NamedBlobFile(data=b"MZ\x90\x00" * 10, filename="申请书.exe")
    errors = action(form).onSuccess(fields(material_1=exe), request_)
    assert "PDF" in errors["material_1"]


@pytest.fixture
def request_(portal):
    return portal.REQUEST


def test_no_applications_for_a_retired_item(form, item_a, departments, request_):
    with api.env.adopt_user(SITE_OWNER_NAME):
        api.content.transition(item_a, "retire")
    errors = action(form).onSuccess(fields(), request_)
    assert list(errors) == [FORM_ERROR_MARKER]
    assert "不再受理" in errors[FORM_ERROR_MARKER]
    assert list(departments["a"]["cases"].objectIds()) == []


def test_no_applications_for_an_item_not_offered_online(
    form, item_a, departments, request_
):
    """The form passes the same gate as REST (rules.intake), not a check of
    its own: an item whose online handling is not offered takes none."""
    item_a.online_depth = "0"
    errors = action(form).onSuccess(fields(), request_)
    assert list(errors) == [FORM_ERROR_MARKER]
    assert "不提供网上申报" in errors[FORM_ERROR_MARKER]
    assert list(departments["a"]["cases"].objectIds()) == []


def test_the_form_is_open_to_the_public(form):
    with api.env.adopt_roles(["Anonymous"]):
        assert api.user.has_permission("View", obj=form)


# -- fields an editor adds to the form --------------------------------------

EXTRA_FIELDS = (
    '<field name="shop_name" type="zope.schema.TextLine">'
    "<title>店铺名称</title><required>False</required></field>"
    '<field name="business_scope" type="zope.schema.Text">'
    "<title>经营范围说明</title><required>False</required></field>"
    '<field name="opening_day" type="zope.schema.Date">'
    "<title>拟开业日期</title><required>False</required></field>"
    '<field name="staff" type="zope.schema.Int">'
    "<title>从业人员数</title><required>False</required></field>"
    '<field name="chain" type="zope.schema.Bool">'
    "<title>是否连锁经营</title><required>False</required></field>"
    '<field name="meals" type="zope.schema.Set">'
    "<title>经营项目</title><required>False</required>"
    '<value_type type="zope.schema.Choice"><values>'
    "<element>早餐</element><element>正餐</element><element>饮品</element>"
    "</values></value_type></field>"
)


@pytest.fixture
def extended_form(form):
    """The generated form with the fields an editor might add."""
    form.fields_model = form.fields_model.replace(
        "</schema>", f"{EXTRA_FIELDS}</schema>"
    )
    return form


def test_the_added_fields_are_stored_as_normalised_text(
    extended_form, departments, request_
):
    from datetime import date

    submission = fields(
        shop_name=" 林记粮油店 ",
        business_scope="预包装食品销售\n散装食品销售",
        opening_day=date(2025, 3, 1),
        staff=3,
        chain=False,
        meals={"正餐", "早餐"},
    )
    assert action(extended_form).onSuccess(submission, request_) is None
    (case,) = departments["a"]["cases"].objectValues()
    assert case.form_data == {
        "shop_name": "林记粮油店",
        "business_scope": "预包装食品销售\n散装食品销售",
        "opening_day": "2025-03-01",
        "staff": "3",
        "chain": "否",
        "meals": "早餐、正餐",
    }


@pytest.mark.parametrize(
    ("name", "value", "words"),
    [
        ("shop_name", "粮" * 201, "不能超过200字"),
        ("business_scope", "粮" * 2001, "不能超过2000字"),
        ("shop_name", "林记\n粮油店", "换行符"),
        ("shop_name", "林记\x00粮油店", "控制字符"),
        ("shop_name", "\x1b[2J林记粮油店", "控制字符"),
        ("business_scope", "林记\ud800粮油店", "代理码位"),
        ("meals", {"早餐", "正\x1b餐"}, "控制字符"),
    ],
)
def test_a_bad_added_field_is_refused_next_to_it(
    extended_form, departments, request_, name, value, words
):
    errors = action(extended_form).onSuccess(fields(**{name: value}), request_)
    assert list(errors) == [name]
    assert words in errors[name]
    title = get_schema(extended_form)[name].title
    assert title in errors[name]
    assert list(departments["a"]["cases"].objectIds()) == []


def test_added_fields_and_applicant_fields_are_refused_together(
    extended_form, departments, request_
):
    errors = action(extended_form).onSuccess(
        fields(id_number="350302199001011238", shop_name="粮" * 500), request_
    )
    assert set(errors) == {"id_number", "shop_name"}
    assert list(departments["a"]["cases"].objectIds()) == []


def test_the_departments_editor_generates_the_form(functional, site):
    """Not only the guide's owner: the department's editor, who did not
    create the guide, generates its form with 生成申报表单 on the item page."""
    create_people(site, {"editor_m": ("a", "DepartmentEditor")})
    guide = site.a.food.guide
    assert "editor_m" not in guide.users_with_local_role("Owner")
    transaction.commit()
    editor = browser_for(functional, "editor_m")
    editor.raiseHttpErrors = True
    editor.open(site.a.food.absolute_url())
    editor.getForm(action=f"{guide.absolute_url()}/@@make-application-form").submit()
    assert editor.url.endswith("/a/food/guide/apply")
    transaction.begin()
    assert "apply" in site.a.food.guide.objectIds()
