"""R13 (issue 12): a denial names the deciding department's reconsideration
organ and court, recorded on the department and checked by the core."""

from plone import api
from plone.app.testing import SITE_OWNER_NAME
from putian.policy.applications import documents
from putian.policy.applications import documents_views
from putian.policy.content.department import IDepartment
from putian.policy.demo.structure import organ_uscc
from putian.policy.rules.cases.document_text import document_lines
from tests.fixtures.applications import act
from tests.fixtures.applications import new_case
from tests.fixtures.catalogue import make_department
from tests.fixtures.catalogue import make_item
from tests.fixtures.catalogue import make_xianyou_department
from tests.fixtures.rest import workflow_step
from zope.interface import Invalid

import pytest


# (department id, reconsideration organ, court)
KINDS = ["city", "district", "county"]
CITY = ("a", "莆田市人民政府", "莆田市城厢区人民法院")
DISTRICT = ("h", "莆田市涵江区人民政府", "莆田市涵江区人民法院")
COUNTY = ("c", "仙游县人民政府", "仙游县人民法院")
OLD_FOR_EVERYONE = ("莆田市人民政府", "莆田市城厢区人民法院")


def make_district_department(container):
    return make_department(
        container,
        "h",
        "莆田市涵江区住房和城乡建设局",
        organ_uscc("350303", 19),
        division_code="350303",
        level="county",
    )


@pytest.fixture
def deciding_departments(portal, departments):
    with api.env.adopt_user(SITE_OWNER_NAME):
        make_district_department(portal)
        make_xianyou_department(portal)
    for id_ in ("a", "h", "c"):
        api.user.create(
            email=f"staff_{id_}@putian.example",
            username=f"staff_{id_}",
            password="secret-pw-123",
        )
        api.user.grant_roles(
            username=f"staff_{id_}",
            obj=portal[id_],
            roles=["WindowClerk", "CaseReviewer", "CaseDecider"],
        )
    return portal


@pytest.mark.parametrize(
    ("id_", "organ", "court"),
    [CITY, DISTRICT, COUNTY],
    ids=["city", "district", "county"],
)
def test_a_new_department_records_the_proposed_organs(
    deciding_departments, id_, organ, court
):
    department = deciding_departments[id_]
    assert department.reconsideration_organ == organ
    assert department.litigation_court == court


def case_in(portal, id_):
    with api.env.adopt_user(SITE_OWNER_NAME):
        department = portal[id_]
        item = department.get("food") or make_item(department)
        return new_case(item).case


def remedies_default(case):
    request = case.REQUEST
    request.form["transition"] = "deny"
    with api.env.adopt_user(username=f"staff_{case.aq_parent.aq_parent.getId()}"):
        return api.content.get_view("case-action", case, request).remedies_default()


def denial_notice_lines(case, monkeypatch) -> list[str]:
    """The lines of the 不予行政许可决定书 the case's page serves."""
    drawn = []
    monkeypatch.setattr(
        documents, "decision_notice_pdf", lambda data: drawn.append(data) or b""
    )
    documents_views.decision_notice(case)
    return document_lines("decision_notice", drawn[0])


@pytest.mark.parametrize(
    ("id_", "organ", "court"),
    [CITY, DISTRICT, COUNTY],
    ids=["city", "district", "county"],
)
def test_the_denial_notice_names_the_deciding_departments_organ_and_court(
    deciding_departments, monkeypatch, id_, organ, court
):
    case = case_in(deciding_departments, id_)
    default = remedies_default(case)
    assert f"向{organ}申请行政复议" in default
    assert f"向{court}提起行政诉讼" in default
    user = f"staff_{id_}"
    act(user, case, "accept")
    act(user, case, "start_review")
    outcome = act(
        user,
        case,
        "deny",
        reason="经营场所不符合食品安全要求",
        reconsideration_notice=default,
        litigation_notice=default,
    )
    assert outcome.done, outcome.findings
    text = "".join(denial_notice_lines(case, monkeypatch))
    assert organ in text
    assert court in text
    if id_ != "a":
        for wrong in OLD_FOR_EVERYONE:
            assert wrong not in text


def test_a_denial_naming_another_divisions_organ_and_court_is_refused(
    deciding_departments,
):
    case = case_in(deciding_departments, "c")
    for step in ("accept", "start_review"):
        act("staff_c", case, step)
    # The old sentence, the city's organs for every department.
    wrong = remedies_default(case_in(deciding_departments, "a"))
    outcome = act(
        "staff_c",
        case,
        "deny",
        reason="经营场所不符合食品安全要求",
        reconsideration_notice=wrong,
        litigation_notice=wrong,
    )
    assert not outcome.done
    assert [(finding.code, finding.field) for finding in outcome.errors] == [
        ("denial_notice_names_other_government", "reconsideration_notice"),
        ("denial_notice_names_other_court", "reconsideration_notice"),
        ("denial_notice_names_other_government", "litigation_notice"),
        ("denial_notice_names_other_court", "litigation_notice"),
    ]
    assert "仙游县人民政府" in outcome.errors[0].message_zh
    assert "仙游县人民法院" in outcome.errors[1].message_zh
    assert api.content.get_state(case) == "in_review"
    assert not case.decision


def test_rest_a_county_decider_naming_the_city_government_is_refused(site):
    import transaction

    with api.env.adopt_user(SITE_OWNER_NAME):
        department = make_xianyou_department(site)
        case = new_case(make_item(department)).case
        api.user.create(
            email="staff_c@putian.example", username="staff_c", password="secret-pw-123"
        )
        api.user.grant_roles(
            username="staff_c",
            obj=department,
            roles=["WindowClerk", "CaseReviewer", "CaseDecider"],
        )
    transaction.commit()
    url = case.absolute_url()

    def step(transition, **paper):
        return workflow_step(url, transition, ("staff_c", "secret-pw-123"), **paper)

    assert step("accept").status_code == 200
    assert step("start_review").status_code == 200
    denial = {
        "reason": "经营场所不符合食品安全要求",
        "reconsideration_notice": (
            "如不服本决定，可在收到本决定书之日起六十日内向莆田市人民政府申请行政复议"
        ),
        "litigation_notice": "或者在六个月内向仙游县人民法院提起行政诉讼",
    }
    refused = step("deny", **denial)
    assert refused.status_code == 400, refused.text
    error = refused.json()["error"]
    assert error["code"] == "denial_notice_names_other_government"
    assert [finding["field"] for finding in error["findings"]] == [
        "reconsideration_notice"
    ]
    assert "仙游县人民政府" in error["message"]
    assert "仙游县人民政府" in error["message_en"]
    right = dict(
        denial,
        reconsideration_notice=denial["reconsideration_notice"].replace(
            "莆田市人民政府", "仙游县人民政府"
        ),
    )
    denied = step("deny", **right)
    assert denied.status_code == 200, denied.text
    assert denied.json()["state"] == "denied"


def test_the_record_wins_over_the_proposal(deciding_departments):
    department = deciding_departments["c"]
    department.reconsideration_organ = "国家税务总局莆田市税务局"
    case = case_in(deciding_departments, "c")
    assert "向国家税务总局莆田市税务局申请行政复议" in remedies_default(case)


def test_no_default_when_nobody_can_say(portal, departments, case_workers):
    with api.env.adopt_user(SITE_OWNER_NAME):
        far = make_department(
            portal, "f", "福州市鼓楼区某局", organ_uscc("350102", 3), "350102", "county"
        )
        api.user.grant_roles(username="decider_a", obj=far, roles=["CaseDecider"])
    assert far.reconsideration_organ is None
    case = case_in(portal, "f")
    request = case.REQUEST
    request.form["transition"] = "deny"
    with api.env.adopt_user(username="decider_a"):
        view = api.content.get_view("case-action", case, request)
        assert view.remedies_default() == ""


def test_an_inconsistent_record_is_refused_by_the_schema(deciding_departments):
    department = deciding_departments["c"]
    IDepartment.validateInvariants(department)
    department.reconsideration_organ, department.litigation_court = OLD_FOR_EVERYONE
    with pytest.raises(Invalid) as raised:
        IDepartment.validateInvariants(department)
    assert "仙游县人民政府" in str(raised.value)


def test_a_blank_record_is_checked_as_proposed(deciding_departments):
    department = deciding_departments["h"]
    department.reconsideration_organ = department.litigation_court = None
    IDepartment.validateInvariants(department)


def test_editing_fills_a_blank_name_again(deciding_departments):
    from zope.event import notify
    from zope.lifecycleevent import ObjectModifiedEvent

    department = deciding_departments["c"]
    department.litigation_court = ""
    notify(ObjectModifiedEvent(department))
    assert department.litigation_court == "仙游县人民法院"


def test_rest_cannot_store_what_the_form_refuses(site):
    from plone.app.testing import SITE_OWNER_PASSWORD

    import requests
    import transaction

    with api.env.adopt_user(SITE_OWNER_NAME):
        make_xianyou_department(site)
    transaction.commit()
    url = f"{site.absolute_url()}/c"
    owner = (SITE_OWNER_NAME, SITE_OWNER_PASSWORD)
    headers = {"Accept": "application/json", "Content-Type": "application/json"}
    refused = requests.patch(
        url,
        json={"reconsideration_organ": "莆田市人民政府"},
        headers=headers,
        auth=owner,
        timeout=30,
    )
    assert refused.status_code == 400, refused.text
    assert "仙游县人民政府" in refused.json()["message"]
    stored = requests.get(url, headers=headers, auth=owner, timeout=30).json()
    assert stored["reconsideration_organ"] == "仙游县人民政府"
    assert stored["litigation_court"] == "仙游县人民法院"
