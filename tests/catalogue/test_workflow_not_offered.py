"""A catalogue step that the item's state does not offer is refused with the
reason through REST (issue 20: approving an item already waiting for the
reform office answered 200 and changed nothing)."""

from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from tests.fixtures.catalogue import create_people
from tests.fixtures.rest import workflow_step

import pytest
import requests
import transaction


JSON = {"Accept": "application/json", "Content-Type": "application/json"}
REVIEWER = ("reviewer_a", "secret-pw-123")
MANAGER = (SITE_OWNER_NAME, SITE_OWNER_PASSWORD)


@pytest.fixture
def item(site):
    create_people(site, {REVIEWER[0]: ("a", "DepartmentReviewer")}, REVIEWER[1])
    with api.env.adopt_user(SITE_OWNER_NAME):
        api.content.transition(obj=site.a.food, transition="submit")
    transaction.commit()
    return site.a.food


def step(item, transition, auth):
    return workflow_step(item.absolute_url(), transition, auth, comment="同意")


def state_and_history(item):
    body = requests.get(item.absolute_url(), headers=JSON, auth=MANAGER, timeout=30)
    history = requests.get(
        f"{item.absolute_url()}/@history", headers=JSON, auth=MANAGER, timeout=30
    )
    return body.json()["review_state"], len(history.json())


def test_approving_twice_is_refused_with_the_reason(item):
    approved = step(item, "approve", REVIEWER)
    assert approved.status_code == 200, approved.text
    assert approved.json()["review_state"] == "pending_office"
    before = state_and_history(item)
    last = item._p_jar.db().lastTransaction()

    again = step(item, "approve", REVIEWER)
    assert again.status_code == 400, again.text
    error = again.json()["error"]
    assert error["type"] == "BadRequest"
    assert error["code"] == "transition_not_offered"
    assert "待改革办审核" in error["message"]
    assert "审核通过并报改革办" in error["message"]
    assert "Pending reform office review" in error["message_en"]
    assert item._p_jar.db().lastTransaction() == last
    assert state_and_history(item) == before


def test_publishing_a_published_item_is_refused(item):
    with api.env.adopt_user(SITE_OWNER_NAME):
        api.content.transition(obj=item, transition="approve")
        api.content.transition(obj=item, transition="publish")
    transaction.commit()
    again = step(item, "publish", MANAGER)
    assert again.status_code == 400, again.text
    assert "已发布" in again.json()["error"]["message"]


def test_a_step_out_of_order_is_refused(item):
    refused = step(item, "publish", REVIEWER)
    assert refused.status_code == 400, refused.text
    assert refused.json()["error"]["message_en"]
    assert state_and_history(item)[0] == "pending_department"


def test_an_unknown_step_is_refused(item):
    refused = step(item, "teleport", MANAGER)
    assert refused.status_code == 400
    assert "teleport" in refused.json()["error"]["message"]
