"""R13: the reconsideration organ and the court follow from the department."""

from putian.policy.rules.cases.remedies import basic_court_of
from putian.policy.rules.cases.remedies import check_remedy_organs
from putian.policy.rules.cases.remedies import DESIGNATED_COURTS
from putian.policy.rules.cases.remedies import government_of
from putian.policy.rules.cases.remedies import proposed_remedy_organs
from putian.policy.rules.cases.remedies import recorded_or_proposed
from putian.policy.rules.cases.remedies import RemedyOrgans
from putian.policy.rules.catalogue.codes import PUTIAN_DIVISIONS

import pytest


def codes(findings) -> list[str]:
    return [finding.code for finding in findings]


@pytest.mark.parametrize(
    ("level", "division", "organ", "court"),
    [
        # A city department: the city government; the court Putian designates.
        ("city", "350300", "莆田市人民政府", "莆田市城厢区人民法院"),
        # A county department: its county; the county's basic court.
        ("county", "350322", "仙游县人民政府", "仙游县人民法院"),
        # District departments: their district, named with the city.
        ("county", "350302", "莆田市城厢区人民政府", "莆田市城厢区人民法院"),
        ("county", "350303", "莆田市涵江区人民政府", "莆田市涵江区人民法院"),
        ("county", "350304", "莆田市荔城区人民政府", "莆田市荔城区人民法院"),
        ("county", "350305", "莆田市秀屿区人民政府", "莆田市秀屿区人民法院"),
        # A subdistrict office is the district government's agency.
        ("township", "350304", "莆田市荔城区人民政府", "莆田市荔城区人民法院"),
        ("township", "350322", "仙游县人民政府", "仙游县人民法院"),
    ],
)
def test_the_proposal_follows_level_and_division(level, division, organ, court):
    assert proposed_remedy_organs(level, division) == RemedyOrgans(organ, court)
    assert check_remedy_organs(level, division, organ, court) == []


def test_the_city_court_is_a_recorded_designation_not_the_citys_own():
    assert basic_court_of("350300") is None
    assert DESIGNATED_COURTS["350300"] == "莆田市城厢区人民法院"


def test_every_putian_division_has_its_government():
    for code, name in PUTIAN_DIVISIONS.items():
        assert government_of(code).endswith(f"{name}人民政府")
    assert government_of("350100") is None
    assert government_of(None) is None


@pytest.mark.parametrize(
    ("level", "division"),
    [
        ("village", "350304"),  # a village committee decides no case
        (None, "350300"),
        ("county", "350300"),  # a county organ in the city's division
        ("city", "350322"),  # a city organ in a county's division
        ("county", "350102"),  # Fuzhou: not Putian's to say
        ("county", None),
    ],
)
def test_no_proposal_where_the_core_cannot_say(level, division):
    assert proposed_remedy_organs(level, division) is None


@pytest.mark.parametrize(
    ("level", "division", "organ", "court", "expected"),
    [
        # What the notice said for everyone before.
        (
            "county",
            "350322",
            "莆田市人民政府",
            "莆田市城厢区人民法院",
            ["reconsideration_organ_inconsistent", "litigation_court_inconsistent"],
        ),
        (
            "county",
            "350303",
            "莆田市城厢区人民政府",
            "莆田市城厢区人民法院",
            ["reconsideration_organ_inconsistent", "litigation_court_inconsistent"],
        ),
        (
            "city",
            "350300",
            "仙游县人民政府",
            "莆田市中级人民法院",
            ["reconsideration_organ_inconsistent", "litigation_court_inconsistent"],
        ),
        (
            "city",
            "350300",
            "莆田市人民政府",
            "莆田市城厢区人民政府",
            ["litigation_court_not_court"],
        ),
    ],
)
def test_a_putian_organ_of_another_division_is_an_error(
    level, division, organ, court, expected
):
    findings = check_remedy_organs(level, division, organ, court)
    assert codes(findings) == expected
    assert all(finding.severity == "error" for finding in findings)
    assert all(finding.rule == "R13" for finding in findings)


def test_the_message_names_the_right_organ_and_the_law():
    organ, court = check_remedy_organs(
        "county", "350322", "莆田市人民政府", "莆田市城厢区人民法院"
    )
    assert organ.field == "reconsideration_organ"
    assert "仙游县人民政府" in organ.message_zh
    assert "行政复议法》第二十四条" in organ.message_zh
    assert "仙游县人民政府" in organ.message_en
    assert court.field == "litigation_court"
    assert "仙游县人民法院" in court.message_zh
    assert "行政诉讼法》第十四条" in court.message_zh
    assert "arts. 14 and 18" in court.message_en


def test_a_vertically_managed_organ_or_a_designated_court_is_a_warning_to_check():
    findings = check_remedy_organs(
        "county", "350322", "国家税务总局莆田市税务局", "莆田市荔城区人民法院"
    )
    assert codes(findings) == [
        "reconsideration_organ_not_government",
        "litigation_court_inconsistent",
    ]
    findings = check_remedy_organs(
        "county", "350322", "国家税务总局莆田市税务局", "福州铁路运输法院人民法院"
    )
    assert [(f.code, f.severity) for f in findings] == [
        ("reconsideration_organ_not_government", "warning"),
        ("litigation_court_unusual", "warning"),
    ]


@pytest.mark.parametrize("level", ["city", "county", "township"])
def test_a_deciding_department_records_both(level):
    division = "350300" if level == "city" else "350322"
    findings = check_remedy_organs(level, division, None, " ")
    assert codes(findings) == [
        "reconsideration_organ_missing",
        "litigation_court_missing",
    ]
    proposal = proposed_remedy_organs(level, division)
    assert proposal.reconsideration_organ in findings[0].message_zh
    assert proposal.litigation_court in findings[1].message_zh


def test_outside_putian_both_are_still_required_but_any_names_pass():
    assert codes(check_remedy_organs("county", "350102", None, None)) == [
        "reconsideration_organ_missing",
        "litigation_court_missing",
    ]
    assert (
        check_remedy_organs(
            "county", "350102", "福州市鼓楼区人民政府", "福州市鼓楼区人民法院"
        )
        == []
    )


def test_a_village_needs_none():
    assert check_remedy_organs("village", "350304", None, None) == []


@pytest.mark.parametrize(
    ("organ", "court", "code"),
    [
        (5, "仙游县人民法院", "reconsideration_organ_not_text"),
        ("仙游县人民政府", ["仙游县人民法院"], "litigation_court_not_text"),
        (
            "仙游县人民政府\x00",
            "仙游县人民法院",
            "reconsideration_organ_invalid_characters",
        ),
        ("仙游县人民政府", "仙" * 61 + "人民法院", "litigation_court_too_long"),
    ],
)
def test_bad_text_is_a_finding(organ, court, code):
    assert codes(check_remedy_organs("county", "350322", organ, court)) == [code]


def test_recorded_names_win_blank_ones_are_proposed():
    assert recorded_or_proposed("county", "350322", None, "") == RemedyOrgans(
        "仙游县人民政府", "仙游县人民法院"
    )
    assert recorded_or_proposed(
        "county", "350322", "国家税务总局莆田市税务局", None
    ) == RemedyOrgans("国家税务总局莆田市税务局", "仙游县人民法院")
    assert recorded_or_proposed("county", "350102", None, None) is None
    assert recorded_or_proposed(
        "county", "350102", "福州市鼓楼区人民政府", "福州市鼓楼区人民法院"
    ) == RemedyOrgans("福州市鼓楼区人民政府", "福州市鼓楼区人民法院")
