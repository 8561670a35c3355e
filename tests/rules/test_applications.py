"""R12: what a submitted application holds; which materials are asked for."""

from datetime import date
from datetime import datetime
from datetime import time
from decimal import Decimal
from hypothesis import given
from hypothesis import strategies as st
from putian.policy.rules.cases.applications import APPLICANT_KINDS
from putian.policy.rules.cases.applications import APPLICATION_CHANNELS
from putian.policy.rules.cases.applications import canonical_applicant
from putian.policy.rules.cases.applications import check_applicant_id
from putian.policy.rules.cases.applications import check_application
from putian.policy.rules.cases.applications import check_email
from putian.policy.rules.cases.applications import DELIVERY_METHODS
from putian.policy.rules.cases.applications import form_data_texts
from putian.policy.rules.cases.applications import FormField
from putian.policy.rules.cases.applications import material_field
from putian.policy.rules.cases.applications import MAX_ADDRESS_LENGTH
from putian.policy.rules.cases.applications import MAX_FORM_LINE_LENGTH
from putian.policy.rules.cases.applications import MAX_FORM_TEXT_LENGTH
from putian.policy.rules.cases.applications import MAX_NAME_LENGTH
from putian.policy.rules.cases.applications import requested_materials
from putian.policy.rules.cases.applications import RequestedMaterial
from putian.policy.rules.catalogue.terms import tokens
from putian.policy.rules.common.errors import RuleInputError
from tests.rules.samples import food_materials

import pytest


RESIDENT_ID = "350302199001011239"
USCC = "91350300MA2Y0E4X4Y"


def person(**changes) -> dict:
    data = {
        "applicant_kind": "person",
        "applicant_name": "林小梅",
        "id_number": RESIDENT_ID,
        "phone": "13905940000",
        "email": "lin@example.cn",
        "channel": "online",
        "delivery": "window",
        "postal_address": None,
    }
    data.update(changes)
    return data


REQUESTED = [
    RequestedMaterial("material_1", "食品经营许可申请书", True),
    RequestedMaterial("material_2", "法定代表人授权委托书", False),
]
ALL_UPLOADED = {"material_1": True, "material_2": True}


def codes(findings) -> list[str]:
    return [finding.code for finding in findings]


def fields(findings) -> list[str]:
    return [finding.field for finding in findings]


def test_the_vocabularies():
    assert tokens(APPLICANT_KINDS) == ("person", "organisation")
    assert tokens(APPLICATION_CHANNELS) == (
        "online",
        "window",
        "mobile",
        "self_service",
    )
    assert tokens(DELIVERY_METHODS) == ("window", "post")


def test_a_complete_application_of_a_person():
    assert check_application(person(), REQUESTED, ALL_UPLOADED) == []


def test_an_organisation_gives_its_credit_code():
    from stdnum.cn import uscc

    assert uscc.is_valid(USCC)
    data = person(applicant_kind="organisation", applicant_name="莆田某食品有限公司")
    assert codes(check_application(data, REQUESTED, ALL_UPLOADED)) != []
    data["id_number"] = USCC
    assert check_application(data, REQUESTED, ALL_UPLOADED) == []


def test_a_person_with_a_credit_code_is_refused():
    findings = check_application(person(id_number=USCC), REQUESTED, ALL_UPLOADED)
    assert fields(findings) == ["id_number"]
    assert findings[0].rule == "R12"


@pytest.mark.parametrize(
    "id_number", ["350302199001011238", "35030219900101123", "", None]
)
def test_bad_or_missing_resident_ids(id_number):
    findings = check_application(person(id_number=id_number), REQUESTED, ALL_UPLOADED)
    assert fields(findings) == ["id_number"]


def test_the_resident_id_never_appears_whole_in_a_message():
    bad = "350302199001011238"
    findings = check_application(person(id_number=bad), REQUESTED, ALL_UPLOADED)
    assert bad not in findings[0].message_zh


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"applicant_kind": None}, "applicant_kind", "applicant_kind_missing"),
        ({"applicant_kind": "alien"}, "applicant_kind", "applicant_kind_unknown"),
        ({"applicant_name": "  "}, "applicant_name", "applicant_name_missing"),
        (
            {"applicant_name": "林" * (MAX_NAME_LENGTH + 1)},
            "applicant_name",
            "applicant_name_too_long",
        ),
        ({"phone": "12"}, "phone", None),
        ({"phone": None}, "phone", "phone_missing"),
        ({"email": "lin@"}, "email", "email_invalid"),
        ({"channel": "fax"}, "channel", "channel_unknown"),
        ({"delivery": None}, "delivery", "delivery_missing"),
        ({"delivery": "post"}, "postal_address", "postal_address_missing"),
        (
            {"delivery": "post", "postal_address": "路" * (MAX_ADDRESS_LENGTH + 1)},
            "postal_address",
            "postal_address_too_long",
        ),
    ],
)
def test_each_bad_answer_names_its_field(changes, field, code):
    findings = check_application(person(**changes), REQUESTED, ALL_UPLOADED)
    assert fields(findings) == [field]
    if code:
        assert codes(findings) == [code]
    assert findings[0].message_zh
    assert findings[0].message_en


def test_email_is_optional_and_post_with_address_is_fine():
    data = person(email=None, delivery="post", postal_address="莆田市城厢区东岩路1号")
    assert check_application(data, REQUESTED, ALL_UPLOADED) == []


def test_a_missing_required_material_is_named():
    findings = check_application(person(), REQUESTED, {"material_2": True})
    assert codes(findings) == ["material_missing"]
    assert fields(findings) == ["material_1"]
    assert "食品经营许可申请书" in findings[0].message_zh


def test_a_conditional_material_may_be_left_out():
    assert check_application(person(), REQUESTED, {"material_1": True}) == []


def test_every_problem_at_once():
    findings = check_application(
        person(applicant_name="", phone="", delivery="post"), REQUESTED, {}
    )
    assert set(fields(findings)) == {
        "applicant_name",
        "phone",
        "postal_address",
        "material_1",
    }


def test_shared_materials_are_not_asked_for():
    materials = food_materials()
    materials[1]["obtained_by_sharing"] = True
    requested = requested_materials(materials)
    names = [material.name for material in requested]
    assert materials[1]["name"] not in names
    assert [material.field for material in requested] == [
        material_field(number) for number in range(1, len(requested) + 1)
    ]


def test_conditional_materials_are_requested_but_optional():
    materials = [
        {"name": "申请书", "requirement": "required"},
        {"name": "委托书", "requirement": "conditional", "condition": "委托代理时"},
        {"name": "营业执照", "requirement": "required", "obtained_by_sharing": True},
        {"name": "  "},
    ]
    assert requested_materials(materials) == [
        RequestedMaterial("material_1", "申请书", True),
        RequestedMaterial("material_2", "委托书", False),
    ]


def test_no_materials():
    assert requested_materials(None) == []
    assert requested_materials([]) == []


def test_delivery_by_window_or_by_post_with_tracking_number():
    from putian.policy.rules.cases.applications import check_delivery

    assert check_delivery("window", None) == []
    assert check_delivery("post", "SF1234567890") == []
    assert codes(check_delivery("post", " ")) == ["tracking_number_missing"]
    assert codes(check_delivery(None, None)) == ["delivery_method_missing"]
    assert codes(check_delivery("drone", None)) == ["delivery_method_unknown"]


def test_every_state_tells_the_applicant_what_next():
    from putian.policy.rules.cases.applications import NEXT_STEPS
    from putian.policy.rules.cases.workflow import CASE_STATES

    assert set(NEXT_STEPS) == set(tokens(CASE_STATES))
    assert all(zh and en for zh, en in NEXT_STEPS.values())


@pytest.mark.parametrize(
    ("from_level", "to_level", "code"),
    [
        ("township", "county", None),
        ("township", "city", None),
        ("county", "city", None),
        ("village", "township", None),
        ("city", "city", "forwarding_not_lower_level"),
        ("county", "county", "forwarding_not_upper_level"),
        ("county", "township", "forwarding_not_upper_level"),
        ("township", None, "forwarding_not_upper_level"),
        (None, "city", "forwarding_not_lower_level"),
    ],
)
def test_forwarding_goes_up_from_a_lower_level(from_level, to_level, code):
    from putian.policy.rules.cases.applications import check_forwarding_target

    assert codes(check_forwarding_target(from_level, to_level)) == (
        [code] if code else []
    )


# -- what the public may send in each field (issue 20) ----------------------

APPLICANT_FIELDS = (
    "applicant_kind",
    "applicant_name",
    "id_number",
    "phone",
    "email",
    "channel",
    "delivery",
    "postal_address",
)


def test_every_applicant_field_has_its_limit():
    from putian.policy.rules.cases.applications import APPLICANT_TEXT_FIELDS

    assert tuple(APPLICANT_TEXT_FIELDS) == APPLICANT_FIELDS
    assert all(
        what_zh and what_en and 0 < limit <= 254
        for what_zh, what_en, limit in APPLICANT_TEXT_FIELDS.values()
    )


@pytest.mark.parametrize("field", APPLICANT_FIELDS)
@pytest.mark.parametrize("value", [42, 4.2, True, ["林小梅"], {"name": "林"}])
def test_a_value_that_is_not_text_is_a_finding_of_its_field(field, value):
    findings = check_application(person(**{field: value}), REQUESTED, ALL_UPLOADED)
    assert fields(findings) == [field]
    assert codes(findings) == [f"{field}_not_text"]
    assert findings[0].message_zh.endswith("必须是文本")


@pytest.mark.parametrize("field", APPLICANT_FIELDS)
@pytest.mark.parametrize(
    "bad", ["\x00", "\x1b[2J", "\r\n", "\n", "\ud800", "\u202e", "\x07"]
)
def test_a_refused_character_in_any_field_is_a_finding_of_that_field(field, bad):
    good = person(delivery="post", postal_address="莆田市城厢区东岩路1号")
    value = good[field][:2] + bad + good[field][2:]
    findings = check_application(dict(good, **{field: value}), REQUESTED, ALL_UPLOADED)
    assert fields(findings) == [field]
    assert codes(findings) == [f"{field}_invalid_characters"]


@pytest.mark.parametrize(
    ("field", "limit_name"),
    [
        ("applicant_kind", "MAX_TOKEN_LENGTH"),
        ("applicant_name", "MAX_NAME_LENGTH"),
        ("id_number", "MAX_ID_NUMBER_LENGTH"),
        ("phone", "MAX_PHONE_LENGTH"),
        ("email", "MAX_EMAIL_LENGTH"),
        ("channel", "MAX_TOKEN_LENGTH"),
        ("delivery", "MAX_TOKEN_LENGTH"),
        ("postal_address", "MAX_ADDRESS_LENGTH"),
    ],
)
def test_an_overlong_value_in_any_field_is_refused_and_not_repeated(field, limit_name):
    from putian.policy.rules.cases import applications

    limit = getattr(applications, limit_name)
    value = "1" * (limit + 1)
    data = person(delivery="post", postal_address="莆田市城厢区东岩路1号")
    data[field] = value
    findings = check_application(data, REQUESTED, ALL_UPLOADED)
    assert fields(findings) == [field]
    assert codes(findings) == [f"{field}_too_long"]
    assert value not in findings[0].message_zh + findings[0].message_en


def test_a_megabyte_email_address_is_refused():
    findings = check_application(
        person(email="a" * 1024 * 1024 + "@example.cn"), REQUESTED, ALL_UPLOADED
    )
    assert codes(findings) == ["email_too_long"]
    assert len(findings[0].message_en) < 100


def test_the_longest_email_address_allowed():
    from putian.policy.rules.cases.applications import MAX_EMAIL_LENGTH

    address = "a" * (MAX_EMAIL_LENGTH - len("@example.cn")) + "@example.cn"
    assert check_application(person(email=address), REQUESTED, ALL_UPLOADED) == []


def test_a_resident_id_born_tomorrow_is_refused():
    from datetime import timedelta
    from putian.policy.rules.calendar.clock import today
    from stdnum.cn import ric

    born = (today() + timedelta(days=1)).strftime("%Y%m%d")
    body = f"350302{born}123"
    findings = check_application(
        person(id_number=body + ric.calc_check_digit(body + "0")),
        REQUESTED,
        ALL_UPLOADED,
    )
    assert codes(findings) == ["resident_id_birth_date_in_future"]


def test_a_refused_field_is_not_reported_twice():
    # A postal address too long is not also "missing" for delivery by post.
    findings = check_application(
        person(delivery="post", postal_address=["莆田"]), REQUESTED, ALL_UPLOADED
    )
    assert codes(findings) == ["postal_address_not_text"]


def test_the_application_must_be_a_mapping():
    from putian.policy.rules.common.errors import RuleInputError

    with pytest.raises(RuleInputError):
        check_application([("applicant_name", "林")], REQUESTED, ALL_UPLOADED)


@pytest.mark.parametrize(
    ("value", "code"),
    [
        (None, None),
        ("", None),
        ("第一行\r\n第二行", None),
        ("补" * 500, None),
        ("补" * 501, "comment_too_long"),
        (5, "comment_not_text"),
        (["补正"], "comment_not_text"),
        ("补正\x00", "comment_invalid_characters"),
        ("补正\x1b]0;title\x07", "comment_invalid_characters"),
        ("\ud83d补正", "comment_invalid_characters"),
    ],
)
def test_what_the_applicant_writes_with_a_resubmission(value, code):
    from putian.policy.rules.cases.applications import check_applicant_note

    findings = check_applicant_note(value, "comment", ("补正说明", "note"))
    assert codes(findings) == ([code] if code else [])
    assert all(finding.field == "comment" for finding in findings)


@given(
    field=st.sampled_from(APPLICANT_FIELDS),
    bad=st.one_of(
        st.characters(max_codepoint=0x1F),
        st.characters(min_codepoint=0x7F, max_codepoint=0x9F),
        st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF),
    ),
    # Inside the value: blanks at either end (some controls count) are
    # stripped and never stored.
    at=st.integers(min_value=1, max_value=2),
)
def test_any_control_character_in_any_field_is_refused(field, bad, at):
    data = person(delivery="post", postal_address="莆田市城厢区东岩路1号")
    data[field] = data[field][:at] + bad + data[field][at:]
    findings = check_application(data, REQUESTED, ALL_UPLOADED)
    assert f"{field}_invalid_characters" in codes(findings)
    assert set(fields(findings)) == {field}


# -- fields an editor adds to the application form ------------------------


@pytest.mark.parametrize(
    ("value", "stored"),
    [
        ("  粮油零售 ", "粮油零售"),
        (None, ""),
        ("", ""),
        (True, "是"),
        (False, "否"),
        (12, "12"),
        (0, "0"),
        (Decimal("1.50"), "1.50"),
        (Decimal("1E+3"), "1000"),
        (2.5, "2.5"),
        (1e16, "10000000000000000"),
        (date(2025, 1, 24), "2025-01-24"),
        (datetime(2025, 1, 24, 9, 30), "2025-01-24 09:30"),
        (datetime(2025, 1, 24, 9, 30, 15), "2025-01-24 09:30:15"),
        (time(14, 30), "14:30"),
        (["早餐", "正餐"], "早餐、正餐"),
        ({"正餐", "早餐", "饮品"}, "早餐、正餐、饮品"),
        (frozenset(), ""),
        ((1, True), "1、是"),
    ],
)
def test_an_extra_fields_value_is_stored_as_text(value, stored):
    texts, findings = form_data_texts({"extra": FormField("经营项目", value)})
    assert findings == []
    assert texts == {"extra": stored}


def test_a_plain_value_is_an_extra_field_of_one_line_named_by_its_id():
    texts, findings = form_data_texts({"shop": "粮油店", "staff": 3})
    assert (texts, findings) == ({"shop": "粮油店", "staff": "3"}, [])
    (finding,) = form_data_texts({"shop": "x" * (MAX_FORM_LINE_LENGTH + 1)})[1]
    assert finding.field == "shop"
    assert "shop" in finding.message_zh


@pytest.mark.parametrize(
    ("field", "code"),
    [
        (
            FormField("店铺名称", "x" * (MAX_FORM_LINE_LENGTH + 1)),
            "form_field_too_long",
        ),
        (FormField("店铺名称", "x" * MAX_FORM_LINE_LENGTH), None),
        (
            FormField("经营范围说明", "x" * (MAX_FORM_TEXT_LENGTH + 1), multiline=True),
            "form_field_too_long",
        ),
        (FormField("经营范围说明", "第一行\n第二行", multiline=True), None),
        (FormField("店铺名称", "第一行\n第二行"), "form_field_invalid_characters"),
        (FormField("店铺名称", "粮油\x00店"), "form_field_invalid_characters"),
        (FormField("店铺名称", "\x1b[31m粮油店"), "form_field_invalid_characters"),
        (FormField("店铺名称", "粮油\ud800店"), "form_field_invalid_characters"),
        (FormField("店铺名称", "申请书\u202efdp.exe"), "form_field_invalid_characters"),
        (FormField("经营项目", ["早餐", "正\x07餐"]), "form_field_invalid_characters"),
        (FormField("经营项目", ["早餐"] * 100), "form_field_too_long"),
        (FormField("面积", float("nan")), "form_field_not_text"),
        (FormField("面积", Decimal("Infinity")), "form_field_not_text"),
        (FormField("营业执照", b"%PDF-1.4"), "form_field_not_text"),
        (FormField("营业执照", object()), "form_field_not_text"),
        (FormField("经营项目", [["早餐"]]), "form_field_not_text"),
        (FormField("经营项目", {"k": "v"}), "form_field_not_text"),
    ],
)
def test_an_extra_field_follows_the_applicant_text_rules(field, code):
    texts, findings = form_data_texts({"extra": field, "shop": "粮油店"})
    if code is None:
        assert findings == []
        return
    (finding,) = findings
    assert (finding.code, finding.field, finding.severity) == (code, "extra", "error")
    assert finding.rule == "R12"
    assert field.title in finding.message_zh
    assert field.title in finding.message_en
    # Messages never repeat the value (it may be huge or hold escapes).
    assert "xxxx" not in finding.message_zh + finding.message_en
    assert texts == {}


def test_every_refused_extra_field_has_its_finding():
    findings = form_data_texts(
        {
            "a": FormField("甲", "\x00"),
            "b": FormField("乙", "好"),
            "c": FormField("丙", "x" * 1000),
        }
    )[1]
    assert [finding.field for finding in findings] == ["a", "c"]


def test_the_extra_fields_must_be_a_mapping():
    with pytest.raises(RuleInputError):
        form_data_texts([("a", "b")])


@pytest.mark.parametrize(
    ("kind", "typed", "stored"),
    [
        ("person", "３５０３０２１９９００１０１１２３９", RESIDENT_ID),
        ("person", " 350302199001011239 ", RESIDENT_ID),
        ("organisation", USCC.lower(), USCC),
        ("organisation", "９１３５０３００ＭＡ２Ｙ０Ｅ４Ｘ４Ｙ", USCC),
        ("organisation", "91350300 MA2Y0E4X4Y", USCC),
    ],
)
def test_the_id_number_is_stored_in_its_canonical_form(kind, typed, stored):
    data = person(applicant_kind=kind, id_number=typed)
    assert check_application(data, REQUESTED, ALL_UPLOADED) == []
    assert canonical_applicant(data)["id_number"] == stored


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("（０５９４）２６９５０００", "0594-2695000"),
        (" 139 0594 0000 ", "13905940000"),
        ("12345", "12345"),
    ],
)
def test_the_phone_is_stored_in_its_canonical_form(typed, stored):
    data = person(phone=typed)
    assert check_application(data, REQUESTED, ALL_UPLOADED) == []
    assert canonical_applicant(data)["phone"] == stored


@pytest.mark.parametrize(
    ("value", "kind", "code"),
    [
        (RESIDENT_ID, None, None),
        (USCC, None, None),
        (RESIDENT_ID, "person", None),
        (USCC, "organisation", None),
        (USCC, "person", "resident_id_invalid_format"),
        (RESIDENT_ID, "organisation", "uscc_invalid_checksum"),
        ("350302199001011230", None, "resident_id_invalid_checksum"),
        ("91350300MA2Y0E4X4X", None, "uscc_invalid_checksum"),
    ],
)
def test_an_applicant_id_of_a_kind_or_of_either(value, kind, code):
    findings = check_applicant_id(value, kind)
    assert [finding.code for finding in findings] == ([code] if code else [])
    assert all(finding.field == "id_number" for finding in findings)


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        (None, True),
        ("", True),
        ("lin@example.cn", True),
        ("lin.example.cn", False),
        ("lin@example.cn\r\nBcc: all@example.cn", False),
    ],
)
def test_an_email_address_when_given(value, ok):
    assert (check_email(value) == []) is ok
