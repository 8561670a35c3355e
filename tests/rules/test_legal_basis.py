"""Legal basis entries: which law, which article (R2, R5)."""

from putian.policy.rules.catalogue.legal_basis import basis_accepted_for_materials
from putian.policy.rules.catalogue.legal_basis import check_legal_basis
from putian.policy.rules.catalogue.legal_basis import describe
from putian.policy.rules.catalogue.legal_basis import normalized_name
from putian.policy.rules.catalogue.terms import LEGAL_BASIS_LEVELS
from putian.policy.rules.catalogue.terms import tokens
from putian.policy.rules.common.errors import RuleInputError
from tests.rules.samples import FOOD_SAFETY_LAW
from tests.rules.samples import LICENSING_MEASURES
from tests.rules.samples import MUNICIPAL_NOTICE

import pytest


def codes(findings) -> list[str]:
    return [finding.code for finding in findings]


def test_complete_entries_are_fine():
    assert check_legal_basis([FOOD_SAFETY_LAW]) == []
    assert check_legal_basis([FOOD_SAFETY_LAW, LICENSING_MEASURES]) == []
    assert check_legal_basis((FOOD_SAFETY_LAW,)) == []


def test_quoted_text_is_optional():
    entry = {key: value for key, value in FOOD_SAFETY_LAW.items() if key != "text"}
    assert check_legal_basis([entry]) == []


@pytest.mark.parametrize("entries", [None, []])
def test_at_least_one_entry(entries):
    (finding,) = check_legal_basis(entries)
    assert finding.code == "legal_basis_missing"
    assert (finding.rule, finding.severity, finding.field) == (
        "R2",
        "error",
        "legal_basis",
    )


def test_field_and_rule_are_the_callers():
    (finding,) = check_legal_basis([], field="materials", rule="R4")
    assert (finding.rule, finding.field) == ("R4", "materials")


@pytest.mark.parametrize(
    ("key", "value", "error"),
    [
        ("level", None, "legal_basis_level_missing"),
        ("level", " ", "legal_basis_level_missing"),
        ("level", "constitution", "legal_basis_level_unknown"),
        ("name", None, "legal_basis_name_missing"),
        ("name", "", "legal_basis_name_missing"),
        ("article", None, "legal_basis_article_missing"),
        ("article", "  ", "legal_basis_article_missing"),
    ],
)
def test_each_entry_needs_level_name_and_article(key, value, error):
    entry = {**FOOD_SAFETY_LAW, key: value}
    (finding,) = check_legal_basis([LICENSING_MEASURES, entry])
    assert finding.code == error
    assert finding.severity == "error"
    assert "第2项依据" in finding.message_zh
    assert "entry 2" in finding.message_en


def test_an_empty_entry_has_three_problems():
    assert codes(check_legal_basis([{}])) == [
        "legal_basis_level_missing",
        "legal_basis_name_missing",
        "legal_basis_article_missing",
    ]


def test_duplicate_entries_are_a_warning():
    same_law = {**FOOD_SAFETY_LAW, "name": "中华人民共和国食品安全法 ", "text": ""}
    (finding,) = check_legal_basis([FOOD_SAFETY_LAW, LICENSING_MEASURES, same_law])
    assert (finding.code, finding.severity) == ("legal_basis_duplicate", "warning")
    assert finding.message_zh == "第3项依据《中华人民共和国食品安全法》第三十五条重复"


def test_other_articles_of_one_law_are_not_duplicates():
    other_article = {**FOOD_SAFETY_LAW, "article": "第三十六条"}
    assert check_legal_basis([FOOD_SAFETY_LAW, other_article]) == []


@pytest.mark.parametrize(
    "entries", ["《中华人民共和国食品安全法》", {"level": "law"}, 1]
)
def test_entries_must_be_a_list(entries):
    with pytest.raises(RuleInputError):
        check_legal_basis(entries)


@pytest.mark.parametrize("entry", ["第三十五条", None, ["law"]])
def test_each_entry_must_be_a_mapping(entry):
    with pytest.raises(RuleInputError):
        check_legal_basis([FOOD_SAFETY_LAW, entry])


@pytest.mark.parametrize("key", ["level", "name", "article", "text"])
def test_entry_parts_must_be_text(key):
    with pytest.raises(RuleInputError):
        check_legal_basis([{**FOOD_SAFETY_LAW, key: 35}])


def test_names_compare_without_book_title_marks():
    assert (
        normalized_name("《中华人民共和国 食品安全法》") == "中华人民共和国食品安全法"
    )
    assert describe(FOOD_SAFETY_LAW) == "《中华人民共和国食品安全法》第三十五条"


@pytest.mark.parametrize(
    ("level", "accepted"),
    [(level, index < 7) for index, level in enumerate(tokens(LEGAL_BASIS_LEVELS))],
)
def test_material_basis_levels(level, accepted):
    entry = {"level": level, "name": "某依据", "article": "第一条"}
    assert basis_accepted_for_materials([entry]) is accepted


def test_one_accepted_entry_is_enough_for_a_material():
    assert basis_accepted_for_materials([MUNICIPAL_NOTICE, LICENSING_MEASURES])
    assert not basis_accepted_for_materials([MUNICIPAL_NOTICE])


@pytest.mark.parametrize(
    "entries",
    [
        None,
        [],
        [{"level": "law", "name": " ", "article": "第一条"}],
        [{"level": "Law", "name": "某法", "article": "第一条"}],
        [{"name": "某法", "article": "第一条"}],
    ],
)
def test_no_usable_basis_for_a_material(entries):
    assert basis_accepted_for_materials(entries) is False
