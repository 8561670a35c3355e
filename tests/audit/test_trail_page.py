"""``@@audit-trail``: one object's trail and the state of its chain."""

from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from putian.policy.audit.recording import record
from putian.policy.audit.storage import audit_log
from zope.event import notify
from zope.lifecycleevent import ObjectModifiedEvent

import pytest
import re
import requests
import transaction


MANAGER = (SITE_OWNER_NAME, SITE_OWNER_PASSWORD)


@pytest.fixture
def item(site):
    food = site.a.food
    with api.env.adopt_user(SITE_OWNER_NAME):
        for transition in ("submit", "approve", "publish"):
            api.content.transition(obj=food, transition=transition)
        food.trips = "2"
        notify(ObjectModifiedEvent(food))
    transaction.commit()
    return food


def page(obj, auth=MANAGER):
    return requests.get(
        f"{obj.absolute_url()}/@@audit-trail",
        headers={"Accept-Language": "zh-CN"},
        auth=auth,
        timeout=30,
    )


def row(html, sequence):
    match = re.search(rf'<tr id="audit-entry-{sequence}">(.*?)</tr>', html, re.S)
    assert match, f"no row {sequence}"
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", match.group(1)))


def test_the_trail_with_translated_steps_and_states(item):
    response = page(item)
    assert response.status_code == 200
    html = response.text
    assert 'data-intact="true"' in html
    submit = row(html, 1)
    assert "提交部门审核" in submit
    assert "草稿 → 待部门审核" in submit
    assert SITE_OWNER_NAME in submit
    assert "发布" in row(html, 3)
    edit = row(html, 4)
    # Stored tokens read as their terms.
    assert "跑动次数" in edit
    assert "最多跑一趟 → 需跑多趟" in edit


def test_a_tampered_entry_is_shown(item):
    audit_log().entries[(item.UID(), 2)]["actor"] = "someone_else"
    transaction.commit()
    html = page(item).text
    assert 'data-intact="false"' in html
    assert 'data-first-broken="2"' in html
    assert "第2条记录的内容与其哈希值不符" in html


def test_a_refused_attempt_shows_what_was_tried(item):
    with api.env.adopt_user(username=SITE_OWNER_NAME):
        record(
            item,
            "refused",
            after={
                "transition": "retire",
                "state": "published",
                "findings": [{"message": "尚有在办案件，不能退出目录"}],
            },
        )
    transaction.commit()
    refused = row(page(item).text, 5)
    assert "尚有在办案件，不能退出目录" in refused
    assert "已发布" in refused


def test_nothing_recorded_yet(site):
    response = page(site.a.food.rules)
    assert response.status_code == 200
    assert 'id="audit-empty"' in response.text
    assert 'data-intact="true"' in response.text


def test_anonymous_may_not_see_the_trail(item):
    response = page(item, auth=None)
    assert 'id="audit-trail"' not in response.text
    assert response.status_code in (200, 401, 403)  # 200: the login form


def test_the_item_page_links_its_trail_for_staff_only(item_a, people):
    from plone import api

    request = item_a.REQUEST
    with api.env.adopt_user(username="editor_a"):
        view = api.content.get_view("view", item_a, request)
        assert 'id="item-audit-trail"' in view()
    with api.env.adopt_user(username="editor_b"):
        view = api.content.get_view("view", item_a, request)
        assert not view.can_see_audit_trail()
