"""A case's whole path through the REST API, as a client program would."""

from tests.fixtures.applications import CORRECTION
from tests.fixtures.applications import DENIAL
from tests.fixtures.applications import SUSPENSION
from tests.fixtures.rest import apply
from tests.fixtures.rest import JSON
from tests.fixtures.rest import PASSWORD
from tests.fixtures.rest import pdf_material
from tests.fixtures.rest import track
from tests.fixtures.rest import workflow_step

import base64
import pytest
import requests


def auth(user):
    return (user, PASSWORD)


def step(url, user, transition, **paper):
    return workflow_step(url, transition, auth(user), **paper)


@pytest.fixture
def filed(case_site):
    response = apply(case_site)
    assert response.status_code == 201, response.text
    body = response.json()
    url = f"{case_site.absolute_url()}/a/cases/{body['receipt_number'].lower()}"
    return case_site, body["receipt_number"], body["query_code"], url


def test_apply_review_suspend_approve_deliver_verify_track_rate(filed):
    site, receipt, code, url = filed
    assert track(site, receipt, code).json()["state"] == "submitted"
    assert step(url, "clerk_a", "accept", comment="予以受理").status_code == 200
    assert step(url, "case_reviewer_a", "start_review").status_code == 200
    suspended = step(url, "case_reviewer_a", "suspend", **SUSPENSION)
    assert suspended.json()["state"] == "suspended"
    assert suspended.json()["suspensions"][0]["kind_title"] == "检验"
    assert step(url, "case_reviewer_a", "resume").status_code == 200
    approved = step(url, "decider_a", "approve")
    certificate = approved.json()["decision"]["certificate"]
    assert step(url, "clerk_a", "deliver").json()["state"] == "delivered"

    verified = requests.get(
        f"{site.absolute_url()}/@verify-certificate",
        params={"number": certificate["number"], "holder": "林小梅"},
        headers=JSON,
        timeout=30,
    ).json()
    assert verified["result"] == "valid"
    assert verified["department"] == "莆田市市场监督管理局"

    status = track(site, receipt, code).json()
    assert [entry["action"] for entry in status["timeline"]] == [
        None,
        "accept",
        "start_review",
        "suspend",
        "resume",
        "approve",
        "deliver",
    ]
    assert "350302199001011239" not in str(status)
    assert "13905940000" not in str(status)
    rated = track(site, receipt, code, action="rate", level="satisfied")
    assert rated.json()["rating"]["given"]["level"] == "satisfied"
    again = track(site, receipt, code, action="rate", level="satisfied")
    assert again.status_code == 400
    assert again.json()["error"]["findings"][0]["code"] == "rating_already_given"


def test_refusals_say_why(filed):
    _site, _receipt, _code, url = filed
    out_of_order = step(url, "decider_a", "approve")
    assert out_of_order.status_code == 400
    assert out_of_order.json()["error"]["findings"][0]["rule"] in ("R13", "R23")
    beyond_authority = step(url, "case_reviewer_a", "accept")
    assert beyond_authority.status_code == 400
    assert (
        beyond_authority.json()["error"]["findings"][0]["code"] == "case_not_authorized"
    )


def test_the_public_cannot_touch_a_case(filed):
    _site, _receipt, _code, url = filed
    assert requests.get(url, headers=JSON, timeout=30).status_code == 401
    anonymous = requests.post(f"{url}/@workflow/accept", headers=JSON, timeout=30)
    assert anonymous.status_code == 401


def test_correction_and_resubmission_by_the_applicant(filed):
    site, receipt, code, url = filed
    assert step(url, "clerk_a", "request_correction", **CORRECTION).status_code == 200
    notice = track(site, receipt, code).json()["correction_notices"][0]
    assert notice["items"][0]["material"] == "食品经营许可申请书"
    resubmitted = track(
        site, receipt, code, action="resubmit", materials=pdf_material()
    )
    assert resubmitted.status_code == 200, resubmitted.text
    assert resubmitted.json()["state"] == "submitted"


def test_a_denial_through_rest(filed):
    site, receipt, code, url = filed
    step(url, "clerk_a", "accept")
    step(url, "case_reviewer_a", "start_review")
    assert step(url, "decider_a", "deny", **DENIAL).status_code == 200
    decision = track(site, receipt, code).json()["decision"]
    assert decision["kind"] == "denied"
    assert "六个月" in decision["litigation_notice"]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"id_number": "350302199001011238"}, "id_number"),
        ({"materials": {}}, "material_1"),
        (
            {
                "materials": {
                    "material_1": {
                        "data": base64.b64encode(b"MZ" * 100).decode(),
                        "encoding": "base64",
                        "filename": "a.exe",
                    }
                }
            },
            "material_1",
        ),
        ({"materials": {"material_1": {"data": "***", "encoding": "base64"}}}, None),
    ],
)
def test_bad_applications_are_refused(case_site, changes, field):
    response = apply(case_site, **changes)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["message"]
    if field:
        assert field in [finding["field"] for finding in error["findings"]]


def test_a_wrong_code_is_like_an_unknown_receipt(filed):
    site, receipt, _code, _url = filed
    wrong = track(site, receipt, "ABCDEFGH")
    unknown = track(site, "ZZZZ-20261127-0001", "ABCDEFGH")
    assert wrong.status_code == unknown.status_code == 404
    assert wrong.json() == unknown.json()


@pytest.fixture
def county_filed(case_site):
    """A case filed with a county organ (department c), committed."""
    from plone import api
    from plone.app.testing import SITE_OWNER_NAME
    from stdnum.cn import uscc
    from tests.fixtures.applications import new_case
    from tests.fixtures.catalogue import make_department
    from tests.fixtures.catalogue import make_item

    import transaction

    code = "11350302003632106" + uscc.calc_check_digit("11350302003632106")
    with api.env.adopt_user(SITE_OWNER_NAME):
        county = make_department(case_site, "c", "城厢区市场监督管理局", code, "350302")
        county.level = "county"
        case = new_case(make_item(county)).case
        api.user.create(
            email="c@putian.example", username="clerk_c", password="secret-pw-123"
        )
        api.user.grant_roles(username="clerk_c", obj=county, roles=["WindowClerk"])
    transaction.commit()
    return case_site, case.absolute_url()


def test_forwarding_through_rest(county_filed):
    site, url = county_filed
    refused = requests.post(
        f"{url}/@forward",
        json={"department": "b"},
        headers=JSON,
        auth=auth("clerk_a"),
        timeout=30,
    )
    assert refused.status_code in (400, 401, 403)
    sent = requests.post(
        f"{url}/@forward",
        json={"department": "a"},
        headers=JSON,
        auth=auth("clerk_c"),
        timeout=30,
    )
    assert sent.status_code == 200, sent.text
    assert sent.json()["to"] == "莆田市市场监督管理局"
    inbox = requests.get(
        f"{site.absolute_url()}/a/@forwarded",
        headers=JSON,
        auth=auth("clerk_a"),
        timeout=30,
    ).json()["items"]
    assert len(inbox) == 1
    acknowledged = requests.post(
        f"{site.absolute_url()}/a/@forwarded",
        json={"case": inbox[0]["uid"]},
        headers=JSON,
        auth=auth("clerk_a"),
        timeout=30,
    )
    assert acknowledged.json()["items"][0]["acknowledged_on"]
    assert requests.get(url, headers=JSON, auth=auth("clerk_a"), timeout=30).ok
