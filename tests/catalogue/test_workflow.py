"""Publishing waits for the rules; sending back needs a reason."""

from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD

import pytest
import requests
import transaction


JSON = {"Accept": "application/json"}
MANAGER = (SITE_OWNER_NAME, SITE_OWNER_PASSWORD)


def transitions(obj, user):
    with api.env.adopt_user(username=user):
        workflow = api.portal.get_tool("portal_workflow")
        return {t["id"] for t in workflow.getTransitionsFor(obj)}


@pytest.fixture
def pending_office(people, item_a):
    with api.env.adopt_user(SITE_OWNER_NAME):
        api.content.transition(obj=item_a, transition="submit")
        api.content.transition(obj=item_a, transition="approve")
    return item_a


def test_complete_item_can_be_published(pending_office):
    assert "publish" in transitions(pending_office, "office")


def test_item_without_review_rules_cannot_be_published(pending_office):
    with api.env.adopt_user(SITE_OWNER_NAME):
        api.content.delete(obj=pending_office["rules"])
    assert transitions(pending_office, "office") == {"reject"}


def test_exemption_recorded_by_office_allows_publishing(pending_office):
    with api.env.adopt_user(SITE_OWNER_NAME):
        api.content.delete(obj=pending_office["rules"])
    pending_office.compliance_exemption = (
        "审查工作细则随省级统一版本发布，经改革办同意先行公开"
    )
    assert "publish" in transitions(pending_office, "office")


def test_only_the_office_may_write_the_exemption(people, item_a):
    with api.env.adopt_user(username="editor_a"):
        assert not api.user.has_permission(
            "putian.policy: Record exemption", obj=item_a
        )
    with api.env.adopt_user(username="office"):
        assert api.user.has_permission("putian.policy: Record exemption", obj=item_a)


class TestOverRest:
    @pytest.fixture
    def item_url(self, site):
        with api.env.adopt_user(SITE_OWNER_NAME):
            api.content.transition(obj=site.a.food, transition="submit")
        transaction.commit()
        return site.a.food.absolute_url()

    def test_reject_without_reason_is_refused(self, item_url):
        response = requests.post(
            f"{item_url}/@workflow/reject",
            json={},
            headers=JSON,
            auth=MANAGER,
            timeout=30,
        )
        assert response.status_code == 400
        assert "理由" in response.json()["error"]["message"]
        state = requests.get(item_url, headers=JSON, auth=MANAGER, timeout=30)
        assert state.json()["review_state"] == "pending_department"

    def test_reject_with_reason_goes_back_to_draft(self, item_url):
        response = requests.post(
            f"{item_url}/@workflow/reject",
            json={"comment": "申请材料的设定依据不全，请补充。"},
            headers=JSON,
            auth=MANAGER,
            timeout=30,
        )
        assert response.status_code == 200
        assert response.json()["review_state"] == "draft"
        assert response.json()["comments"] == "申请材料的设定依据不全，请补充。"

    def test_compliance_report(self, site, item_url):
        with api.env.adopt_user(SITE_OWNER_NAME):
            api.content.delete(obj=site.a.food["rules"])
            site.a.food.guide.supervision_phone = None
        transaction.commit()
        report = requests.get(
            f"{item_url}/@compliance", headers=JSON, auth=MANAGER, timeout=30
        ).json()
        assert report["publishable"] is False
        found = {(f["rule"], f["code"], f["field"]) for f in report["findings"]}
        assert ("R11", "no_review_rules", None) in found
        assert ("R4", "guide_element_missing", "supervision_phone") in found
        assert report["counts"]["error"] == 2

    def test_anonymous_cannot_see_a_draft_report(self, item_url):
        response = requests.get(f"{item_url}/@compliance", headers=JSON, timeout=30)
        assert response.status_code == 401
