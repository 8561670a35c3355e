"""Catalogue transitions and edits of published content go into the trail."""

from plone import api
from plone.app.iterate.interfaces import ICheckinCheckoutPolicy
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from putian.policy.audit.storage import audit_log
from zope.event import notify
from zope.lifecycleevent import ObjectModifiedEvent

import pytest
import requests
import transaction


REVIEW = ("submit", "approve", "publish")
OLD_LOCATION = "莆田市行政服务中心二楼市场监管窗口"
NEW_LOCATION = "莆田市行政服务中心一楼综合受理窗口"
MANAGER = (SITE_OWNER_NAME, SITE_OWNER_PASSWORD)


def trail(obj):
    return audit_log().trail(api.content.get_uuid(obj))


def publish(item):
    """The item published; its guide, flow and review rules with it."""
    with api.env.adopt_user(SITE_OWNER_NAME):
        for transition in REVIEW:
            api.content.transition(obj=item, transition=transition)


class TestTransitions:
    def test_each_transition_is_an_entry_of_the_objects_own_trail(
        self, departments, item_a
    ):
        publish(item_a)
        entries = trail(item_a)
        assert [entry.action for entry in entries] == list(REVIEW)
        assert [entry.sequence for entry in entries] == [1, 2, 3]
        assert entries[0].before == {"state": "draft"}
        assert entries[0].after == {"state": "pending_department"}
        assert entries[-1].after == {"state": "published"}
        assert {entry.actor for entry in entries} == {SITE_OWNER_NAME}
        assert {entry.department for entry in entries} == {departments["a"].UID()}
        assert {entry.object_path for entry in entries} == {"/a/food"}
        # Each part's steps taken with the item are in the part's own trail.
        for name in ("guide", "flow", "rules"):
            entries = trail(item_a[name])
            assert [entry.action for entry in entries] == list(REVIEW)
            assert {entry.object_path for entry in entries} == {f"/a/food/{name}"}
        assert audit_log().verify() == []

    def test_the_comment_of_a_transition_is_kept(self, people, item_a):
        with api.env.adopt_user(username="editor_a"):
            api.content.transition(obj=item_a, transition="submit")
        with api.env.adopt_user(username="reviewer_a"):
            api.content.transition(
                obj=item_a, transition="reject", comment="设定依据不全，请补充。"
            )
        submit, reject = trail(item_a)
        assert (submit.actor, reject.actor) == ("editor_a", "reviewer_a")
        assert reject.action == "reject"
        assert reject.comment == "设定依据不全，请补充。"
        assert reject.after == {"state": "draft"}


@pytest.fixture
def published(site):
    """Item food of department A with its guide, flow and rules, published."""
    food = site.a.food
    publish(food)
    transaction.commit()
    return food


class TestEdits:
    def test_an_edit_of_published_content_records_the_values_before_and_after(
        self, published
    ):
        guide = published.guide
        with api.env.adopt_user(SITE_OWNER_NAME):
            guide.location = NEW_LOCATION
            guide.consultation_phone = "0594-2695001"
            notify(ObjectModifiedEvent(guide))
        transaction.commit()
        edit = trail(guide)[-1]
        assert edit.action == "edit"
        assert edit.sequence == 4
        assert edit.before == {
            "consultation_phone": "0594-2695000",
            "location": OLD_LOCATION,
        }
        assert edit.after == {
            "consultation_phone": "0594-2695001",
            "location": NEW_LOCATION,
        }
        assert edit.actor == SITE_OWNER_NAME

    def test_the_next_edit_starts_from_the_last_one(self, published):
        guide = published.guide
        for phone in ("0594-2695001", "0594-2695002"):
            guide.consultation_phone = phone
            notify(ObjectModifiedEvent(guide))
            transaction.commit()
        first, second = trail(guide)[-2:]
        assert first.after == {"consultation_phone": "0594-2695001"}
        assert second.before == {"consultation_phone": "0594-2695001"}
        assert second.after == {"consultation_phone": "0594-2695002"}

    def test_a_rest_patch_is_recorded_once(self, published):
        response = requests.patch(
            published.guide.absolute_url(),
            json={"location": NEW_LOCATION},
            headers={"Accept": "application/json"},
            auth=MANAGER,
            timeout=30,
        )
        assert response.status_code == 204, response.text
        transaction.begin()
        edits = [e for e in trail(published.guide) if e.action == "edit"]
        assert [(e.before, e.after) for e in edits] == [
            ({"location": OLD_LOCATION}, {"location": NEW_LOCATION})
        ]

    def test_a_modified_event_without_a_change_records_nothing(self, published):
        notify(ObjectModifiedEvent(published))
        transaction.commit()
        assert [entry.action for entry in trail(published)] == list(REVIEW)

    def test_edits_of_drafts_are_not_audited(self, site):
        guide = site.a.food.guide
        guide.location = NEW_LOCATION
        notify(ObjectModifiedEvent(guide))
        transaction.commit()
        assert trail(guide) == []

    def test_an_aborted_edit_records_nothing(self, published):
        published.guide.location = NEW_LOCATION
        notify(ObjectModifiedEvent(published.guide))
        transaction.abort()
        notify(ObjectModifiedEvent(published.guide))
        transaction.commit()
        assert [entry.action for entry in trail(published.guide)] == list(REVIEW)

    def test_checking_in_a_working_copy_is_an_edit_of_the_original(self, published):
        guide = published.guide
        with api.env.adopt_user(SITE_OWNER_NAME):
            copy = ICheckinCheckoutPolicy(guide).checkout(published)
            copy.location = NEW_LOCATION
            api.content.transition(obj=copy, transition="submit")
            api.content.transition(obj=copy, transition="approve")
            ICheckinCheckoutPolicy(copy).checkin("地址调整，经审核同意")
        transaction.commit()
        edit = trail(guide)[-1]
        assert edit.action == "edit"
        assert edit.comment == "地址调整，经审核同意"
        assert edit.before == {"location": OLD_LOCATION}
        assert edit.after == {"location": NEW_LOCATION}
        assert [entry.action for entry in trail(guide)] == [*REVIEW, "edit"]
        assert audit_log().verify() == []
