"""``GET /putian/@supervision`` over HTTP: the known cases' lines, who sees
which, the filters' refusals in Chinese, batching."""

from tests.supervision.cases import EXPECTED_LINES
from tests.supervision.cases import EXPECTED_REFUSALS

import pytest
import requests


JSON = {"Accept": "application/json"}
PASSWORD = "secret-pw-123"


def get(site, user="supervisor", **params):
    return requests.get(
        f"{site.absolute_url()}/@supervision",
        params=params,
        headers=JSON,
        auth=(user, PASSWORD) if user else None,
        timeout=60,
    )


def found(site, user="supervisor", **params):
    response = get(site, user, **params)
    assert response.status_code == 200, response.text
    return response.json()


def named(body, cases) -> set:
    names = {case.absolute_url(): name for name, case in cases.items()}
    return {(item["kind"], names[item["@id"]], item["light"]) for item in body["items"]}


@pytest.mark.parametrize("user", ["supervisor", "office"])
def test_supervisors_and_the_reform_office_see_every_department(supervised, user):
    site, cases = supervised
    body = found(site, user)
    assert body["items_total"] == len(EXPECTED_LINES)
    assert named(body, cases) == EXPECTED_LINES
    lights = {entry["department"]["title"]: entry for entry in body["lights"]}
    assert {
        (title, entry["red"], entry["yellow"], entry["green"])
        for title, entry in lights.items()
    } == {(site.a.Title(), 1, 1, 1), (site.b.Title(), 0, 0, 1)}


def test_each_line_links_to_its_case_and_its_trail(supervised):
    site, cases = supervised
    body = found(site, kind="denial_without_remedies")
    [line] = body["items"]
    denied = cases["denied"]
    assert line["@id"] == denied.absolute_url()
    assert line["audit_trail"] == f"{denied.absolute_url()}/@@audit-trail"
    assert line["department"] == {"uid": site.b.UID(), "title": site.b.Title()}
    assert line["rule"] == "R16"
    assert "提起行政诉讼" in line["message"]
    assert "litigation" in line["message_en"]
    assert line["kind_title"] == "不予许可未告知救济途径"
    for url in (line["@id"], line["audit_trail"]):
        response = requests.get(url, auth=("supervisor", PASSWORD), timeout=60)
        assert response.status_code == 200, url


def test_a_department_sees_only_its_own_lines(supervised):
    site, cases = supervised
    body = found(site, "clerk_b")
    assert named(body, cases) == {
        ("suspension_without_notice", "silent", "red"),
        ("denial_without_remedies", "denied", "red"),
    }
    assert [entry["department"]["uid"] for entry in body["lights"]] == [site.b.UID()]
    refused = get(site, "clerk_b", department=site.a.UID())
    assert refused.status_code == 400
    assert refused.json()["error"]["message"] == "您无权查看该部门的监察信息"


def test_anonymous_visitors_are_asked_to_log_in(supervised):
    site, _ = supervised
    assert get(site, user=None).status_code == 401


def test_a_member_without_a_department_is_refused(supervised):
    site, _ = supervised
    response = get(site, "member")
    assert response.status_code == 403
    assert "监察人员" in response.json()["error"]["message"]


@pytest.mark.parametrize(
    ("params", "code", "words"),
    [
        ({"kind": "late_lunch"}, "unknown_line_kind", "未知的监察类型"),
        ({"from": "2026-13-01"}, "invalid_date", "开始日期"),
        ({"from": "2026-11-10", "to": "2026-11-01"}, "invalid_date_range", "晚于"),
        ({"department": "nowhere"}, "unknown_department", ""),
        ({"item": "/a/nothing"}, "unknown_item", "没有这个审批事项"),
        ({"b_size": "0"}, "invalid_batch", "分页参数"),
    ],
)
def test_bad_filters_are_refused_in_chinese(supervised, params, code, words):
    site, _ = supervised
    response = get(site, **params)
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert error["code"] == code
    assert words in error["message"]


def test_filters_by_department_item_and_acceptance_day(supervised):
    site, cases = supervised
    assert named(found(site, department="a", **{"from": "2026-11-01"}), cases) == {
        ("committed_deadline", "near", "yellow"),
        ("certificate_late", "undelivered", "red"),
        ("faster_than_special_step", "undelivered", "yellow"),
    }
    permit = "/".join(site.b.permit.getPhysicalPath())
    assert {name for _, name, _ in named(found(site, item=permit), cases)} == {
        "silent",
        "denied",
    }


def test_lines_come_in_pages(supervised):
    site, cases = supervised
    first = found(site, b_size=4)
    assert (first["items_total"], len(first["items"])) == (len(EXPECTED_LINES), 4)
    second = requests.get(
        first["batching"]["next"],
        headers=JSON,
        auth=("supervisor", PASSWORD),
        timeout=60,
    ).json()
    assert named(first, cases) | named(second, cases) == EXPECTED_LINES


def test_refused_attempts_come_with_actor_and_reason(supervised):
    site, cases = supervised
    body = found(site)
    names = {case.absolute_url(): name for name, case in cases.items()}
    assert body["refused_total"] == len(EXPECTED_REFUSALS)
    assert {
        (entry["kind"], names[entry["@id"]], entry["actor"], entry["attempted"])
        for entry in body["refused"]
    } == EXPECTED_REFUSALS
    beyond = next(e for e in body["refused"] if e["kind"] == "beyond_authority")
    assert beyond["kind_title"] == "超越权限的操作"
    assert "窗口工作人员" in beyond["reasons"][0]
    assert beyond["reasons_en"]
    # Department B's staff see attempts on their own cases only.
    assert found(site, "clerk_b")["refused"] == []
