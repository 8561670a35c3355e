"""R4/R5: the service guide (办事指南) and its application materials."""

from putian.policy.rules.catalogue.guide import check_guide
from putian.policy.rules.catalogue.guide import guide_element
from putian.policy.rules.catalogue.guide import GUIDE_ELEMENTS
from putian.policy.rules.catalogue.guide import guide_sections
from putian.policy.rules.catalogue.guide import is_free
from putian.policy.rules.catalogue.materials import check_materials
from putian.policy.rules.catalogue.materials import materials_asked_of_applicant
from putian.policy.rules.common.errors import RuleInputError
from tests.rules.samples import food_guide
from tests.rules.samples import food_licence
from tests.rules.samples import food_material
from tests.rules.samples import food_materials
from tests.rules.samples import FOOD_SAFETY_LAW
from tests.rules.samples import LICENSING_MEASURES
from tests.rules.samples import MUNICIPAL_NOTICE

import pytest


def codes(findings) -> list[str]:
    return [finding.code for finding in findings]


# The guide's elements in the standard order; the first six are the item's.
ORDER = [
    "title",
    "category",
    "legal_basis",
    "implementing_organ",
    "statutory_limit_days",
    "committed_limit_days",
    "result_name",
    "result_sample",
    "fee_standard",
    "fee_basis",
    "materials",
    "procedure",
    "handling_forms",
    "review_criteria",
    "cross_area_scope",
    "appointment",
    "online_payment",
    "courier_delivery",
    "location",
    "office_hours",
    "consultation_phone",
    "supervision_phone",
]


def test_guide_elements_in_the_standard_order():
    assert [element.name for element in GUIDE_ELEMENTS] == ORDER


def test_item_level_elements_come_from_the_item():
    assert [e.name for e in GUIDE_ELEMENTS if e.source == "item"] == ORDER[:6]
    assert {e.source for e in GUIDE_ELEMENTS} == {"item", "guide"}


def test_guide_element_labels():
    for element in GUIDE_ELEMENTS:
        assert element.title_zh.strip()
        assert element.title_en.strip()
    assert guide_element("legal_basis").title_zh == "设定依据"
    assert guide_element("implementing_organ").title_zh == "实施机构"
    assert guide_element("statutory_limit_days").title_zh == "法定办结时限"
    assert guide_element("committed_limit_days").title_zh == "承诺办结时限"
    assert guide_element("cross_area_scope").title_zh == "通办范围"
    with pytest.raises(KeyError):
        guide_element("notes")


def test_a_complete_guide_is_fine():
    assert check_guide(food_guide(), food_licence()) == []


@pytest.mark.parametrize("element", GUIDE_ELEMENTS, ids=lambda element: element.name)
def test_each_element_missing(element):
    guide, item = food_guide(), food_licence()
    del (item if element.source == "item" else guide)[element.name]
    found = check_guide(guide, item)
    if element.name == "statutory_limit_days":
        # No statutory limit is a fact about the law; the item's limit check
        # then requires a committed one.
        assert found == []
        return
    (finding,) = found
    assert finding.code == "guide_element_missing"
    assert (finding.rule, finding.severity, finding.field) == (
        "R4",
        "error",
        element.name,
    )
    assert element.title_zh in finding.message_zh


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("result_name", "   "),
        ("result_sample", ""),
        ("materials", []),
        ("handling_forms", []),
        ("location", "\n"),
        ("appointment", None),
        ("online_payment", None),
        ("consultation_phone", " "),
    ],
)
def test_blank_counts_as_missing(name, value):
    (finding,) = check_guide(food_guide(**{name: value}), food_licence())
    assert (finding.code, finding.field) == ("guide_element_missing", name)


def test_item_element_missing_says_where_to_fill_it_in():
    (finding,) = check_guide(food_guide(), food_licence(implementing_organ=""))
    assert finding.message_zh == "办事指南缺少“实施机构”（请在事项信息中填写）"


@pytest.mark.parametrize("name", ["appointment", "online_payment", "courier_delivery"])
def test_no_is_an_answer(name):
    assert check_guide(food_guide(**{name: False}), food_licence()) == []


@pytest.mark.parametrize("value", ["是", 1, "false"])
def test_yes_no_elements_must_be_booleans(value):
    with pytest.raises(RuleInputError):
        check_guide(food_guide(appointment=value), food_licence())


def test_zero_days_is_a_limit():
    item = food_licence(statutory_limit_days=0, committed_limit_days=0)
    assert check_guide(food_guide(), item) == []


def test_no_statutory_limit_is_fine():
    assert check_guide(food_guide(), food_licence(statutory_limit_days=None)) == []


@pytest.mark.parametrize("fee", ["不收费", " 不收费 "])
def test_free_items_need_no_fee_basis(fee):
    guide = food_guide(fee_standard=fee, fee_basis=None)
    assert check_guide(guide, food_licence()) == []
    assert is_free(fee)


def test_free_items_may_still_cite_a_fee_basis():
    assert check_guide(food_guide(fee_standard="不收费"), food_licence()) == []


@pytest.mark.parametrize("fee", ["免费", "不收费用", "0元"])
def test_only_the_standard_wording_means_free(fee):
    (finding,) = check_guide(food_guide(fee_standard=fee, fee_basis=""), food_licence())
    assert finding.field == "fee_basis"
    assert not is_free(fee)


@pytest.mark.parametrize("name", ["consultation_phone", "supervision_phone"])
def test_phones_are_validated(name):
    (finding,) = check_guide(food_guide(**{name: "0594-234"}), food_licence())
    assert (finding.rule, finding.field) == ("R4", name)
    assert finding.code.startswith("phone_")


def test_unknown_handling_form():
    guide = food_guide(handling_forms=["window", "fax", "online"])
    (finding,) = check_guide(guide, food_licence())
    assert (finding.code, finding.rule, finding.field) == (
        "handling_forms_unknown",
        "R3",
        "handling_forms",
    )
    assert "fax" in finding.message_zh


def test_handling_forms_as_a_set():
    assert (
        check_guide(food_guide(handling_forms={"mail", "window"}), food_licence()) == []
    )


def test_unknown_cross_area_scope():
    (finding,) = check_guide(food_guide(cross_area_scope="全省"), food_licence())
    assert (finding.code, finding.field) == (
        "cross_area_scope_unknown",
        "cross_area_scope",
    )


@pytest.mark.parametrize(
    ("name", "value"),
    [("handling_forms", "window"), ("cross_area_scope", 1), ("materials", "申请书")],
)
def test_mistyped_elements_raise(name, value):
    with pytest.raises(RuleInputError):
        check_guide(food_guide(**{name: value}), food_licence())


@pytest.mark.parametrize(("guide", "item"), [(None, {}), ({}, None), ([], {})])
def test_guide_and_item_must_be_mappings(guide, item):
    with pytest.raises(RuleInputError):
        check_guide(guide, item)


def test_guide_sections_follow_the_standard_order():
    sections = guide_sections(food_guide(), food_licence())
    assert [element for element, _ in sections] == list(GUIDE_ELEMENTS)
    values = {element.name: value for element, value in sections}
    assert values["title"] == "食品经营许可"
    assert values["implementing_organ"] == "莆田市市场监督管理局"
    assert values["supervision_phone"] == "12345"


def test_item_values_are_never_read_from_the_guide():
    guide = food_guide(title="另一个名称")
    sections = dict(guide_sections(guide, food_licence(title=None)))
    assert sections[guide_element("title")] is None


def test_no_materials_at_all_is_an_r4_error():
    (finding,) = check_guide(food_guide(materials=None), food_licence())
    assert (finding.rule, finding.code, finding.field) == (
        "R4",
        "guide_element_missing",
        "materials",
    )


def test_complete_materials_are_fine():
    assert check_materials(food_materials()) == []
    assert check_materials([]) == []
    assert check_materials(None) == []


@pytest.mark.parametrize(
    "basis",
    [
        None,
        [],
        [MUNICIPAL_NOTICE],
        [{**MUNICIPAL_NOTICE, "level": "other"}],
        [{"level": "law", "name": "", "article": "第一条"}],
    ],
)
def test_material_without_basis_must_be_removed(basis):
    found = check_materials([food_material(name="房屋产权证明", legal_basis=basis)])
    assert "material_without_basis" in codes(found)
    finding = found[codes(found).index("material_without_basis")]
    assert (finding.rule, finding.severity, finding.field) == (
        "R5",
        "error",
        "materials",
    )
    assert finding.message_zh == (
        "材料“房屋产权证明”没有法律、法规、规章或省级以上规范性文件依据，应予取消"
    )
    assert "房屋产权证明" in finding.message_en


@pytest.mark.parametrize(
    "level",
    [
        "law",
        "administrative_regulation",
        "local_regulation",
        "ministry_rule",
        "local_government_rule",
        "ministry_normative",
        "provincial_normative",
    ],
)
def test_material_basis_at_an_accepted_level(level):
    basis = [{**LICENSING_MEASURES, "level": level}, MUNICIPAL_NOTICE]
    assert check_materials([food_material(legal_basis=basis)]) == []


def test_flaws_in_a_materials_basis_name_the_material():
    basis = [LICENSING_MEASURES, {**FOOD_SAFETY_LAW, "article": ""}]
    (finding,) = check_materials([food_material(name="健康证明", legal_basis=basis)])
    assert (finding.rule, finding.code) == ("R4", "legal_basis_article_missing")
    assert finding.field == "materials"
    assert finding.message_zh.startswith("材料“健康证明”：")


def test_shareable_material_asked_of_the_applicant():
    material = food_material(name="营业执照", shareable=True, obtained_by_sharing=False)
    (finding,) = check_materials([material])
    assert (finding.rule, finding.severity, finding.code) == (
        "R5",
        "error",
        "material_shareable_but_asked",
    )
    assert "营业执照" in finding.message_zh
    assert "数据共享" in finding.message_zh


@pytest.mark.parametrize("fetched", [None, False])
def test_shareable_material_not_fetched(fetched):
    material = food_material(shareable=True, obtained_by_sharing=fetched)
    assert codes(check_materials([material])) == ["material_shareable_but_asked"]


def test_conditional_material_needs_its_situation():
    material = food_material(
        name="授权委托书", requirement="conditional", condition=" "
    )
    (finding,) = check_materials([material])
    assert (finding.rule, finding.code) == ("R3", "material_condition_missing")
    assert "授权委托书" in finding.message_zh


@pytest.mark.parametrize(
    "second_name",
    ["食品经营许可申请书", " 食品经营许可申请书", "食品经营 许可申请书"],
)
def test_duplicate_materials_are_a_warning(second_name):
    materials = [food_material(), food_material(name=second_name)]
    (finding,) = check_materials(materials)
    assert (finding.rule, finding.severity, finding.code) == (
        "R5",
        "warning",
        "material_duplicate",
    )


def test_duplicates_match_full_width_brackets():
    materials = [
        food_material(name="身份证（复印件）"),
        food_material(name="身份证(复印件)"),
        food_material(name="身份证(复印件)"),
    ]
    assert codes(check_materials(materials)) == ["material_duplicate"] * 2


@pytest.mark.parametrize(
    ("changes", "error"),
    [
        ({"name": None}, "material_name_missing"),
        ({"name": " "}, "material_name_missing"),
        ({"requirement": None}, "material_requirement_missing"),
        ({"requirement": "optional"}, "material_requirement_unknown"),
        ({"form": None, "copies": None}, "material_form_missing"),
        ({"form": "scan"}, "material_form_unknown"),
        ({"copies": None}, "material_copies_missing"),
        ({"form": "copy", "copies": None}, "material_copies_missing"),
        ({"copies": -1}, "material_copies_negative"),
    ],
)
def test_material_normalization(changes, error):
    (finding,) = check_materials([food_material(**changes)])
    assert (finding.rule, finding.severity, finding.code) == ("R3", "error", error)


def test_unnamed_material_is_named_by_position():
    found = check_materials([food_material(), food_material(name=None, form="")])
    assert codes(found) == ["material_name_missing", "material_form_missing"]
    assert all(finding.message_zh.startswith("第2项材料") for finding in found)


@pytest.mark.parametrize("copies", [0, 1, 3])
def test_copies_may_be_zero(copies):
    # 0: the original is only shown and handed back (核验原件).
    assert check_materials([food_material(copies=copies)]) == []


def test_electronic_material_needs_no_copies():
    assert check_materials([food_material(form="electronic", copies=None)]) == []


@pytest.mark.parametrize(
    ("changes"),
    [
        {"copies": "1"},
        {"copies": 1.5},
        {"copies": True},
        {"shareable": "是"},
        {"obtained_by_sharing": 1},
        {"name": 3},
        {"legal_basis": "《中华人民共和国食品安全法》"},
    ],
)
def test_mistyped_material_values_raise(changes):
    with pytest.raises(RuleInputError):
        check_materials([food_material(**changes)])


@pytest.mark.parametrize("materials", ["申请书", [["申请书"]], {"name": "申请书"}])
def test_materials_must_be_a_list_of_mappings(materials):
    with pytest.raises(RuleInputError):
        check_materials(materials)


def test_materials_with_several_problems_come_in_order():
    materials = [
        food_material(name="房屋产权证明", legal_basis=[MUNICIPAL_NOTICE]),
        food_material(name="营业执照", shareable=True),
        food_material(name="房屋产权证明", legal_basis=[LICENSING_MEASURES]),
    ]
    assert codes(check_materials(materials)) == [
        "material_without_basis",
        "material_shareable_but_asked",
        "material_duplicate",
    ]


def test_materials_asked_of_the_applicant():
    asked = materials_asked_of_applicant(food_materials())
    assert [material["name"] for material in asked] == [
        "食品经营许可申请书",
        "法定代表人授权委托书",
        "食品安全管理制度",
    ]
    assert materials_asked_of_applicant(None) == []


def test_materials_asked_refuses_mistyped_flags():
    with pytest.raises(RuleInputError):
        materials_asked_of_applicant([food_material(obtained_by_sharing="yes")])


def test_material_problems_surface_in_the_guide():
    guide = food_guide(materials=[food_material(legal_basis=[MUNICIPAL_NOTICE])])
    assert codes(check_guide(guide, food_licence())) == ["material_without_basis"]
