"""R12: what a submitted application holds; which materials are asked for."""

from putian.policy.rules.applications import APPLICANT_KINDS
from putian.policy.rules.applications import APPLICATION_CHANNELS
from putian.policy.rules.applications import check_application
from putian.policy.rules.applications import DELIVERY_METHODS
from putian.policy.rules.applications import material_field
from putian.policy.rules.applications import MAX_ADDRESS_LENGTH
from putian.policy.rules.applications import MAX_NAME_LENGTH
from putian.policy.rules.applications import requested_materials
from putian.policy.rules.applications import RequestedMaterial
from putian.policy.rules.terms import tokens
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
    from putian.policy.rules.applications import check_delivery

    assert check_delivery("window", None) == []
    assert check_delivery("post", "SF1234567890") == []
    assert codes(check_delivery("post", " ")) == ["tracking_number_missing"]
    assert codes(check_delivery(None, None)) == ["delivery_method_missing"]
    assert codes(check_delivery("drone", None)) == ["delivery_method_unknown"]


def test_every_state_tells_the_applicant_what_next():
    from putian.policy.rules.applications import NEXT_STEPS
    from putian.policy.rules.cases import CASE_STATES

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
    from putian.policy.rules.applications import check_forwarding_target

    assert codes(check_forwarding_target(from_level, to_level)) == (
        [code] if code else []
    )
