"""The controlled vocabularies: one source for every term of the catalogue."""

from putian.policy.rules.catalogue import terms
from putian.policy.rules.catalogue.terms import ACCEPTED_MATERIAL_BASIS_LEVELS
from putian.policy.rules.catalogue.terms import ALLOWED_LIFECYCLE_CHANGES
from putian.policy.rules.catalogue.terms import is_online_handling_open
from putian.policy.rules.catalogue.terms import ITEM_CATEGORIES
from putian.policy.rules.catalogue.terms import LEGAL_BASIS_LEVELS
from putian.policy.rules.catalogue.terms import LIFECYCLE_STATUSES
from putian.policy.rules.catalogue.terms import ONLINE_DEPTHS
from putian.policy.rules.catalogue.terms import Term
from putian.policy.rules.catalogue.terms import term
from putian.policy.rules.catalogue.terms import tokens
from putian.policy.rules.catalogue.terms import TRIPS
from putian.policy.rules.catalogue.terms import VOCABULARIES
from putian.policy.rules.common.errors import RuleInputError

import dataclasses
import pytest


def all_vocabularies() -> dict[str, tuple[Term, ...]]:
    """Every module-level tuple of Terms, found by looking, not by listing."""
    return {
        name: value
        for name, value in vars(terms).items()
        if isinstance(value, tuple)
        and value
        and all(isinstance(entry, Term) for entry in value)
    }


def test_vocabularies_registry_lists_every_vocabulary():
    assert set(map(id, VOCABULARIES.values())) == set(
        map(id, all_vocabularies().values())
    )


@pytest.mark.parametrize("name", sorted(all_vocabularies()))
def test_every_term_has_titles_and_unique_tokens(name):
    vocabulary = all_vocabularies()[name]
    for entry in vocabulary:
        assert isinstance(entry.token, str)
        assert entry.token.strip() == entry.token != ""
        assert entry.title_zh.strip()
        assert entry.title_en.strip()
    assert len(set(tokens(vocabulary))) == len(vocabulary)
    assert len({entry.title_zh for entry in vocabulary}) == len(vocabulary)


@pytest.mark.parametrize(
    ("vocabulary", "expected"),
    [
        (
            "ITEM_CATEGORIES",
            ["XK", "QR", "JF", "JL", "CJ", "CF", "QZ", "ZS", "JC", "QT", "GG"],
        ),
        ("LEVELS", ["city", "county", "township", "village"]),
        (
            "LIFECYCLE_STATUSES",
            ["retained", "cancelled", "filing", "commitment", "optimized"],
        ),
        ("TRIPS", ["0", "1", "2"]),
        ("ONLINE_DEPTHS", ["0", "1", "2", "3", "4"]),
        (
            "LEGAL_BASIS_LEVELS",
            [
                "law",
                "administrative_regulation",
                "local_regulation",
                "ministry_rule",
                "local_government_rule",
                "ministry_normative",
                "provincial_normative",
                "municipal_normative",
                "other",
            ],
        ),
        ("MATERIAL_REQUIREMENTS", ["required", "conditional"]),
        ("MATERIAL_FORMS", ["original", "copy", "electronic"]),
        ("HANDLING_FORMS", ["window", "online", "mail", "self_service"]),
        ("CROSS_AREA_SCOPES", ["none", "city", "province", "national"]),
        ("REVIEW_STAGES", ["accept", "review", "decide"]),
        (
            "REVIEW_ELEMENTS",
            [
                "applicable_situations",
                "legal_review_content",
                "review_points",
                "criteria",
                "procedure",
                "time_limit",
                "responsibility",
                "conclusions",
                "notes",
                "improper_review_consequences",
            ],
        ),
        (
            "WEEKEND_SERVICES",
            [
                "real_estate",
                "housing_fund",
                "medical_insurance",
                "social_insurance",
                "marriage",
                "household",
                "traffic_police",
                "exit_entry",
            ],
        ),
        (
            "HALL_RULES",
            [
                "one_time_notice",
                "first_contact",
                "stand_in",
                "service_commitment",
                "time_limited",
                "accountability",
                "disclosure",
                "no_veto",
                "weekend_service",
            ],
        ),
        (
            "SPECIAL_STEP_KINDS",
            [
                "public_notice",
                "hearing",
                "tender",
                "auction",
                "inspection",
                "testing",
                "quarantine",
                "surveying",
                "appraisal",
                "expert_review",
            ],
        ),
    ],
)
def test_tokens_are_fixed_and_ordered(vocabulary, expected):
    # Tokens are stored in the database: changing one is a migration.
    assert list(tokens(getattr(terms, vocabulary))) == expected


@pytest.mark.parametrize(
    ("vocabulary", "token", "title_zh"),
    [
        (ITEM_CATEGORIES, "XK", "行政许可"),
        (ITEM_CATEGORIES, "GG", "公共服务"),
        (LIFECYCLE_STATUSES, "commitment", "实行告知承诺"),
        (LIFECYCLE_STATUSES, "filing", "改为备案"),
        (TRIPS, "0", "一趟不用跑"),
        (TRIPS, "1", "最多跑一趟"),
        (TRIPS, "2", "需跑多趟"),
        (ONLINE_DEPTHS, "4", "全程网办（四级）"),
        (LEGAL_BASIS_LEVELS, "municipal_normative", "设区的市级及以下规范性文件"),
        (terms.MATERIAL_REQUIREMENTS, "required", "必须提交"),
        (terms.MATERIAL_REQUIREMENTS, "conditional", "特定情形下提交"),
        (terms.REVIEW_ELEMENTS, "improper_review_consequences", "审查不当的后果"),
        (terms.LEVELS, "county", "县（区）级"),
    ],
)
def test_term_looks_up_the_title(vocabulary, token, title_zh):
    found = term(vocabulary, token)
    assert found.token == token
    assert found.title_zh == title_zh


@pytest.mark.parametrize("token", ["xk", "", " XK", "ZZ", None, 2])
def test_unknown_token_is_bad_input(token):
    with pytest.raises(RuleInputError) as raised:
        term(ITEM_CATEGORIES, token)
    assert raised.value.code == "unknown_token"
    assert "XK" in raised.value.message_zh
    assert "未知的取值" in raised.value.message_zh


def test_terms_are_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        ITEM_CATEGORIES[0].token = "ZZ"


def test_lifecycle_changes_cover_exactly_the_statuses():
    statuses = set(tokens(LIFECYCLE_STATUSES))
    assert set(ALLOWED_LIFECYCLE_CHANGES) == statuses
    for targets in ALLOWED_LIFECYCLE_CHANGES.values():
        assert targets <= statuses


def test_lifecycle_changes_follow_the_plan():
    assert ALLOWED_LIFECYCLE_CHANGES["retained"] == {
        "cancelled",
        "filing",
        "commitment",
        "optimized",
    }
    for reformed in ("filing", "commitment", "optimized"):
        assert ALLOWED_LIFECYCLE_CHANGES[reformed] == {"cancelled", "retained"}
    assert ALLOWED_LIFECYCLE_CHANGES["cancelled"] == frozenset()


def test_lifecycle_changes_cannot_be_altered():
    with pytest.raises(TypeError):
        ALLOWED_LIFECYCLE_CHANGES["cancelled"] = frozenset({"retained"})


def test_material_basis_levels_are_the_first_seven():
    assert frozenset(tokens(LEGAL_BASIS_LEVELS)[:7]) == ACCEPTED_MATERIAL_BASIS_LEVELS
    assert "municipal_normative" not in ACCEPTED_MATERIAL_BASIS_LEVELS
    assert "other" not in ACCEPTED_MATERIAL_BASIS_LEVELS


@pytest.mark.parametrize(
    ("depth", "expected"),
    [("0", False), ("1", False), ("2", False), ("3", True), ("4", True)],
)
def test_online_handling_is_open_from_level_three(depth, expected):
    assert is_online_handling_open(depth) is expected


@pytest.mark.parametrize("depth", ["5", "", 3])
def test_online_handling_of_an_unknown_depth_is_bad_input(depth):
    with pytest.raises(RuleInputError):
        is_online_handling_open(depth)
