"""A flow that breaks a rule is refused (REST and forms); nothing is stored."""

from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD

import pytest
import requests
import transaction


MANAGER = (SITE_OWNER_NAME, SITE_OWNER_PASSWORD)
JSON = {"Accept": "application/json", "Accept-Language": "zh-CN"}


def step(kind, name, days, department=None, group=None):
    return {
        "kind": kind,
        "name": name,
        "department": department,
        "role": None,
        "working_days": days,
        "parallel_group": group,
    }


def expert_review(**changes) -> dict:
    """A special step not required by law, after step 2; without the
    management committee's approval unless ``changes`` give it."""
    return {
        "kind": "expert_review",
        "name": "专家评审",
        "duration_days": 5,
        "required_by_law": False,
        "explanation": "组织专家评审",
        "legal_basis": None,
        "committee_approval_date": None,
        "committee_document": None,
        "after_step": 2,
        **changes,
    }


SINGLE = {
    "@type": "ApprovalFlow",
    "id": "flow2",
    "title": "审批流程",
    "kind": "single",
    "form": "standard",
    "steps": [
        step("accept", "受理", 1),
        step("review", "审查", 5),
        step("decide", "决定", 2),
    ],
}


@pytest.fixture
def item_url(site):
    """The food item without its flow: one flow per item."""
    with api.env.adopt_user(SITE_OWNER_NAME):
        api.content.delete(obj=site.a.food.flow)
    transaction.commit()
    return site.a.food.absolute_url()


def post(url, body):
    return requests.post(url, json=body, headers=JSON, auth=MANAGER, timeout=30)


def ids(url):
    items = requests.get(url, headers=JSON, auth=MANAGER, timeout=30).json()["items"]
    return {child["@id"].rsplit("/", 1)[1] for child in items}


def test_valid_single_flow_is_stored(item_url):
    response = post(item_url, SINGLE)
    assert response.status_code == 201, response.text


@pytest.mark.parametrize(
    ("changes", "fragment"),
    [
        (
            {"steps": [*SINGLE["steps"], step("decide", "复核", 1)]},
            "3",
        ),
        (
            {
                "steps": [
                    step("accept", "受理", 1),
                    step("review", "审查", 9),
                    step("decide", "决定", 2),
                ]
            },
            "承诺",
        ),
        ({"kind": "joint"}, "牵头"),
        (
            {"special_steps": [expert_review()]},
            "管委会",
        ),
    ],
)
def test_bad_flow_is_refused(item_url, changes, fragment):
    response = post(item_url, {**SINGLE, **changes})
    assert response.status_code == 400
    assert fragment in response.json()["message"]
    assert "flow2" not in ids(item_url)


def test_complex_item_may_have_more_steps(item_url):
    body = {
        **SINGLE,
        "steps": [
            step("accept", "受理", 1),
            step("review", "初审", 2),
            step("review", "复审", 2),
            step("decide", "决定", 2),
        ],
        "complex_exemption_reason": "涉及公共安全，需初审、复审两级审查",
    }
    assert post(item_url, body).status_code == 201


def test_committee_approval_allows_a_special_step(item_url):
    body = {
        **SINGLE,
        "special_steps": [
            expert_review(
                committee_approval_date="2017-09-01",
                committee_document="莆审管委〔2017〕3号",
            )
        ],
    }
    assert post(item_url, body).status_code == 201
