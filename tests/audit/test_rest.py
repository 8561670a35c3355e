"""``GET /putian/@audit`` for supervisors, over HTTP."""

from datetime import datetime
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from putian.policy.audit.storage import audit_log
from putian.policy.rules.calendar.clock import BEIJING
from tests.fixtures.catalogue import make_item

import csv
import io
import pytest
import requests
import transaction


JSON = {"Accept": "application/json"}
PASSWORD = "secret-pw-123"
SUPERVISOR = ("supervisor", PASSWORD)
REVIEW = ("submit", "approve", "publish")
FOOD = ("/a/food", "/a/food/guide", "/a/food/flow", "/a/food/rules")
PERMIT = ("/b/permit", "/b/permit/guide", "/b/permit/flow", "/b/permit/rules")


@pytest.fixture
def trail(site):
    """Item food of A published, its guide, flow and rules with it (12
    entries); B's item submitted, its parts with it (4 entries); a supervisor
    and a plain member."""
    with api.env.adopt_user(SITE_OWNER_NAME):
        for transition in REVIEW:
            api.content.transition(obj=site.a.food, transition=transition)
        permit = make_item(site.b, "permit", "建筑工程施工许可证核发", "XK00020000")
        api.content.transition(obj=permit, transition="submit")
    for user, roles in (("supervisor", ["Supervisor"]), ("member", [])):
        api.user.create(
            email=f"{user}@putian.example", username=user, password=PASSWORD
        )
        if roles:
            api.user.grant_roles(username=user, roles=roles)
    transaction.commit()
    return site


def get(site, auth=SUPERVISOR, headers=JSON, **params):
    return requests.get(
        f"{site.absolute_url()}/@audit",
        params=params,
        headers=headers,
        auth=auth,
        timeout=30,
    )


def found(site, **params):
    response = get(site, **params)
    assert response.status_code == 200, response.text
    return response.json()


def actions(body):
    return [(item["object_path"], item["action"]) for item in body["items"]]


def test_a_supervisor_reads_the_whole_trail_in_time_order(trail):
    body = found(trail)
    assert body["items_total"] == 16
    # Each step of the item, then the same step of each of its parts.
    assert actions(body) == [
        *[(path, transition) for transition in REVIEW for path in FOOD],
        *[(path, "submit") for path in PERMIT],
    ]
    first = body["items"][0]
    assert first["actor"] == SITE_OWNER_NAME
    assert first["before"] == {"state": "draft"}
    assert first["after"] == {"state": "pending_department"}
    assert len(first["entry_hash"]) == 64
    assert "batching" not in body


def test_anonymous_and_members_are_refused(trail):
    assert get(trail, auth=None).status_code == 401
    assert get(trail, auth=("member", PASSWORD)).status_code in (401, 403)


def test_filters(trail):
    food = trail.a.food
    assert found(trail, object=food.UID())["items_total"] == 3
    assert actions(found(trail, object="/a/food")) == [
        ("/a/food", transition) for transition in REVIEW
    ]
    assert found(trail, object="/plone/a/food/guide")["items_total"] == 3
    assert actions(found(trail, department="b")) == [
        (path, "submit") for path in PERMIT
    ]
    assert found(trail, department=trail.a.UID())["items_total"] == 12
    assert found(trail, action="publish")["items_total"] == 4
    assert found(trail, user=SITE_OWNER_NAME)["items_total"] == 16
    assert found(trail, user="supervisor")["items_total"] == 0
    assert actions(found(trail, department="a", action="submit")) == [
        (path, "submit") for path in FOOD
    ]


def test_date_range(trail):
    today = datetime.now(BEIJING).date().isoformat()
    assert found(trail, start=today, end=today)["items_total"] == 16
    assert found(trail, start="2000-01-01", end="2000-12-31")["items_total"] == 0
    assert found(trail, end="2000-12-31")["items_total"] == 0
    assert found(trail, start="2000-01-01")["items_total"] == 16


@pytest.mark.parametrize(
    ("params", "code"),
    [
        ({"start": "2025-13-01"}, "invalid_date"),
        ({"end": "yesterday"}, "invalid_date"),
        ({"start": "2025-03-02", "end": "2025-03-01"}, "invalid_date_range"),
        ({"department": "nowhere"}, "unknown_department"),
        ({"object": "/a/nothing"}, "unknown_object"),
        ({"b_size": "0"}, "invalid_batch"),
    ],
)
def test_bad_filters_are_refused(trail, params, code):
    response = get(trail, **params)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == code
    assert error["message"]
    assert error["message_en"]


def test_batching(trail):
    first = found(trail, b_size=3)
    assert first["items_total"] == 16
    assert len(first["items"]) == 3
    links = first["batching"]
    assert "b_start=3" in links["next"]
    assert "b_start=15" in links["last"]
    assert "prev" not in links
    last = requests.get(links["last"], headers=JSON, auth=SUPERVISOR, timeout=30)
    assert actions(last.json()) == [("/b/permit/rules", "submit")]
    middle = found(trail, b_size=3, b_start=3)
    assert actions(middle) == [
        ("/a/food/rules", "submit"),
        ("/a/food", "approve"),
        ("/a/food/guide", "approve"),
    ]
    assert "b_start=0" in middle["batching"]["prev"]


def read_csv(response):
    assert response.status_code == 200, response.text
    assert response.headers["Content-Type"].startswith("text/csv")
    assert "attachment" in response.headers["Content-Disposition"]
    assert response.content.startswith("\ufeff".encode())
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_csv_export(trail):
    rows = read_csv(get(trail, format="csv", department="a"))
    assert len(rows) == 12
    assert rows[0]["action"] == "submit"
    assert rows[0]["object_path"] == "/a/food"
    assert rows[0]["after"] == '{"state": "pending_department"}'
    assert rows[-1]["sequence"] == "3"


def test_csv_by_accept_header(trail):
    rows = read_csv(get(trail, headers={"Accept": "text/csv"}, action="publish"))
    assert [row["object_path"] for row in rows] == list(FOOD)


def test_csv_is_for_supervisors_only(trail):
    assert get(trail, auth=None, format="csv").status_code == 401


def test_verify(trail):
    assert found(trail, verify="1") == {
        "@id": f"{trail.absolute_url()}/@audit?verify=1",
        "intact": True,
        "broken": [],
    }
    guide_uid = trail.a.food.guide.UID()
    audit_log(trail).entries[(guide_uid, 2)]["comment"] = "事后补写"
    transaction.commit()
    body = found(trail, verify="1")
    assert body["intact"] is False
    assert body["broken"] == [
        {
            "object": guide_uid,
            "first_broken": 2,
            "reason": "entry_hash_mismatch",
            "message": "第2条记录的内容与其哈希值不符，已被改动",
            "message_en": "Entry 2 does not match its hash: it was altered",
        }
    ]
    assert found(trail, verify="1", object="/a/food")["intact"] is True
