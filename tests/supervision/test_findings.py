"""``<case>/@findings`` over HTTP: a supervisor's finding on a sampled case,
the answer of the case's department, who may do which, the audit trail."""

from putian.policy.audit.storage import audit_log

import pytest
import requests
import transaction


JSON = {"Accept": "application/json", "Content-Type": "application/json"}
PASSWORD = "secret-pw-123"
NON_CONFORMING = {
    "kind": "non_conforming",
    "text": "不予许可决定书未告知提起行政诉讼的权利",
    "rule": "R16",
}


def post(url, user, **body):
    auth = (user, PASSWORD) if user else None
    return requests.post(url, json=body, headers=JSON, auth=auth, timeout=60)


def read(url, user):
    auth = (user, PASSWORD) if user else None
    return requests.get(url, headers=JSON, auth=auth, timeout=60)


@pytest.fixture
def sampled(supervised):
    """A sample of department B's closed cases: ``denied``."""
    site, cases = supervised
    response = post(
        f"{site.absolute_url()}/@supervision/sample",
        "supervisor",
        department="b",
        size=5,
        seed="R20",
    )
    assert response.status_code == 201, response.text
    assert response.json()["case_uids"] == [cases["denied"].UID()]
    return site, cases, f"{cases['denied'].absolute_url()}/@findings"


def test_a_supervisor_records_a_finding_the_department_answers(sampled):
    site, cases, findings = sampled
    response = post(findings, "supervisor", **NON_CONFORMING)
    assert response.status_code == 201, response.text
    finding = response.json()
    assert (finding["kind"], finding["rule"], finding["by"]) == (
        "non_conforming",
        "R16",
        "supervisor",
    )
    answered = post(
        f"{findings}/{finding['id']}/answer", "decider_b", text="已补发告知书"
    )
    assert answered.status_code == 201, answered.text
    listed = read(findings, "clerk_b").json()["items"]
    assert [
        (item["text"], [a["text"] for a in item["answers"]]) for item in listed
    ] == [(NON_CONFORMING["text"], ["已补发告知书"])]
    assert listed[0]["answers"][0]["by"] == "decider_b"
    samples = read(f"{site.absolute_url()}/@supervision/samples", "supervisor")
    [case] = samples.json()["items"][0]["cases"]
    assert case["findings"][0]["answers"][0]["text"] == "已补发告知书"


def test_findings_and_answers_are_in_the_audit_trail(sampled):
    site, cases, findings = sampled
    post(findings, "supervisor", kind="conforming", text="程序符合规定")
    post(f"{findings}/1/answer", "decider_b", text="收到")
    transaction.begin()
    trail = audit_log().trail(cases["denied"].UID())
    assert [(e.actor, e.action, e.comment) for e in trail[-2:]] == [
        ("supervisor", "supervision_finding", "程序符合规定"),
        ("decider_b", "supervision_answer", "收到"),
    ]
    assert trail[-2].after == {
        "finding": "1",
        "finding_kind": "conforming",
        "rule_broken": None,
    }
    page = requests.get(
        f"{cases['denied'].absolute_url()}/@@audit-trail",
        auth=("supervisor", PASSWORD),
        timeout=60,
    )
    assert page.status_code == 200
    assert "监察检查意见已记录" in page.text
    assert "部门已答复检查意见" in page.text


def test_another_department_cannot_answer(sampled):
    site, cases, findings = sampled
    post(findings, "supervisor", **NON_CONFORMING)
    for user in ("clerk_a", "decider_a", "member"):
        response = post(f"{findings}/1/answer", user, text="与我无关")
        assert response.status_code in (401, 403), (user, response.text)
        assert read(findings, user).status_code in (401, 403), user
    assert post(f"{findings}/1/answer", None, text="匿名").status_code == 401
    assert read(findings, None).status_code == 401
    items = read(findings, "supervisor").json()["items"]
    assert items[0]["answers"] == []


def test_only_supervisors_record_findings_and_only_on_sampled_cases(sampled):
    site, cases, findings = sampled
    refused = post(findings, "decider_b", **NON_CONFORMING)
    assert refused.status_code == 403
    assert post(findings, None, **NON_CONFORMING).status_code == 401
    unsampled = f"{cases['undelivered'].absolute_url()}/@findings"
    refused = post(unsampled, "supervisor", **NON_CONFORMING)
    assert refused.status_code == 403
    assert refused.json()["error"]["message"] == "该办件未被抽中，不能填写检查意见"
    assert read(findings, "supervisor").json()["items_total"] == 0


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ({"kind": "fine", "text": "好"}, "检查结论必须是"),
        ({"kind": "conforming"}, "请填写检查意见"),
        ({"kind": "non_conforming", "text": "缺告知"}, "必须写明违反的规则"),
        ({"kind": "conforming", "text": "好", "rule": "R16"}, "不应填写违反的规则"),
    ],
)
def test_bad_findings_are_refused_in_chinese(sampled, body, words):
    site, cases, findings = sampled
    response = post(findings, "supervisor", **body)
    assert response.status_code == 400, response.text
    assert words in response.json()["error"]["message"]
    assert read(findings, "supervisor").json()["items_total"] == 0


def test_an_empty_answer_is_refused(sampled):
    site, cases, findings = sampled
    post(findings, "supervisor", **NON_CONFORMING)
    response = post(f"{findings}/1/answer", "decider_b", text=" ")
    assert response.status_code == 400
    assert "请填写整改答复" in response.json()["error"]["message"]
    assert post(f"{findings}/9/answer", "decider_b", text="x").status_code == 404
