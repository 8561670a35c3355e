"""GET /putian/@worklist: the sections of @@worklist as JSON, with counts
(issue 13)."""

from tests.worklist.conftest import PASSWORD

import requests


def get_worklist(site, user, language="zh-CN"):
    return requests.get(
        f"{site.absolute_url()}/@worklist",
        headers={"Accept": "application/json", "Accept-Language": language},
        auth=(user, PASSWORD) if user else None,
        timeout=30,
    )


def test_the_case_reviewer_gets_overdue_cases_first(busy_site):
    answer = get_worklist(busy_site["site"], "case_reviewer_a")
    assert answer.status_code == 200, answer.text
    data = answer.json()
    assert data["@id"] == f"{busy_site['site'].absolute_url()}/@worklist"
    assert [section["id"] for section in data["sections"]] == ["case_review"]
    section = data["sections"][0]
    assert section["role"] == "CaseReviewer"
    assert section["title"] == "待审查的办件"
    assert section["count"] == data["total"] == 4
    lights = busy_site["lights"]
    uids = [item["UID"] for item in section["items"]]
    assert uids[:2] == [lights["red"].UID(), lights["yellow"].UID()]
    # Both green ones may share a deadline: then the earlier filed first.
    assert set(uids[2:]) == {lights["green"].UID(), busy_site["accepted"].UID()}
    first = section["items"][0]
    assert first["@id"] == lights["red"].absolute_url()
    assert first["traffic_light"] == "red"
    assert first["review_state"] == "in_review"
    assert first["state_title"] == "审查中"
    assert first["department"] == "莆田市市场监督管理局"
    assert first["deadline"] == lights["red"].committed_deadline.isoformat()
    assert first["submitted"]


def test_the_editor_gets_the_sent_back_item_marked(busy_site):
    data = get_worklist(busy_site["site"], "editor_a").json()
    by_id = {section["id"]: section for section in data["sections"]}
    assert set(by_id) == {"sent_back", "drafts"}
    (sent_back,) = by_id["sent_back"]["items"]
    assert sent_back["UID"] == busy_site["sent_back"].UID()
    assert sent_back["sent_back"] is True
    assert sent_back["review_state"] == "draft"
    assert sent_back["modified"]
    assert sent_back["deadline"] is None
    assert [item["sent_back"] for item in by_id["drafts"]["items"]] == [False]
    assert data["total"] == 2


def test_an_empty_section_says_so(busy_site):
    data = get_worklist(busy_site["site"], "clerk_b").json()
    assert data["total"] == 0
    (section,) = data["sections"]
    assert section["count"] == 0
    assert section["items"] == []
    assert section["empty"] == "没有待受理的新申请，也没有待送达的证照。"


def test_in_english(busy_site):
    data = get_worklist(busy_site["site"], "office", language="en").json()
    (section,) = data["sections"]
    assert section["title"] == "Waiting for the reform office"
    assert section["items"][0]["state_title"] == "Pending reform office review"


def test_without_a_role_and_anonymous(busy_site):
    data = get_worklist(busy_site["site"], "member").json()
    assert data["sections"] == []
    assert data["total"] == 0
    assert get_worklist(busy_site["site"], None).status_code == 401
