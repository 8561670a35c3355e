"""@@worklist over HTTP, for each role: the sections that apply, the lines
from the catalog, overdue cases first, polite words when a list is empty
(issue 13)."""

from lxml import html
from tests.worklist.conftest import browser_for

import pytest


def open_worklist(functional, user, language="zh-CN"):
    browser = browser_for(functional, user, language)
    browser.open(f"{functional['portal'].absolute_url()}/@@worklist")
    assert browser.headers["status"].startswith("200"), browser.headers["status"]
    return browser


def sections(browser) -> dict:
    """section id -> (count, [line uid, ...], [line light, ...])"""
    doc = html.fromstring(browser.contents)
    found = {}
    for section in doc.xpath('//section[contains(@class, "worklist-section")]'):
        lines = section.xpath('.//li[contains(@class, "worklist-line")]')
        found[section.get("id").removeprefix("worklist-")] = (
            int(section.get("data-count")),
            [line.get("data-uid") for line in lines],
            [line.get("data-light") for line in lines],
        )
    return found


def test_the_editor_sees_sent_back_items_apart_from_drafts(functional, busy_site):
    found = sections(open_worklist(functional, "editor_a"))
    assert set(found) == {"sent_back", "drafts"}
    assert found["sent_back"][1] == [busy_site["sent_back"].UID()]
    assert found["drafts"][1] == [busy_site["draft"].UID()]
    browser = open_worklist(functional, "editor_a")
    assert "退回修改" in browser.contents
    assert "药品经营许可" in browser.contents
    # Each line links to the item and names department and state.
    doc = html.fromstring(browser.contents)
    line = doc.xpath('//section[@id="worklist-drafts"]//li')[0]
    assert line.xpath(".//a/@href") == [busy_site["draft"].absolute_url()]
    text = line.text_content()
    assert "莆田市市场监督管理局" in text
    assert "草稿" in text
    assert "修改于" in text


def test_another_departments_editor_has_nothing(functional, busy_site):
    browser = open_worklist(functional, "editor_b")
    found = sections(browser)
    assert found == {"sent_back": (0, [], []), "drafts": (0, [], [])}
    assert "没有退回给您修改的事项。" in browser.contents
    assert "本部门没有草稿。" in browser.contents


def test_the_department_reviewer(functional, busy_site):
    found = sections(open_worklist(functional, "reviewer_a"))
    assert found == {
        "department_review": (1, [busy_site["pending_department"].UID()], [None])
    }
    # Department B's reviewer does not see A's.
    assert sections(open_worklist(functional, "reviewer_b")) == {
        "department_review": (0, [], [])
    }


def test_the_reform_office_sees_every_department(functional, busy_site):
    found = sections(open_worklist(functional, "office"))
    assert found == {"office_review": (1, [busy_site["pending_office"].UID()], [None])}


def test_the_clerk_sees_new_applications_and_grants_to_deliver(functional, busy_site):
    count, uids, lights = sections(open_worklist(functional, "clerk_a"))["intake"]
    # The grant has its certificate's deadline (and light); the new one not.
    assert uids == [busy_site["granted"].UID(), busy_site["new"].UID()]
    assert lights == ["green", None]
    assert count == 2


def test_the_case_reviewer_has_overdue_cases_first(functional, busy_site):
    lights = busy_site["lights"]
    count, uids, shown = sections(open_worklist(functional, "case_reviewer_a"))[
        "case_review"
    ]
    assert uids[:2] == [lights["red"].UID(), lights["yellow"].UID()]
    assert shown == ["red", "yellow", "green", "green"]
    # Both green ones may share a deadline: then the earlier filed first.
    assert set(uids[2:]) == {lights["green"].UID(), busy_site["accepted"].UID()}
    assert count == 4


def test_the_decider_sees_cases_under_review(functional, busy_site):
    lights = busy_site["lights"]
    browser = open_worklist(functional, "decider_a")
    count, uids, shown = sections(browser)["decision"]
    # An accepted case of an item that is not instant waits for review first.
    assert uids == [lights["red"].UID(), lights["yellow"].UID(), lights["green"].UID()]
    assert shown == ["red", "yellow", "green"]
    text = browser.contents
    assert "超期" in text
    assert "办结期限" in text


def test_another_departments_decider_has_nothing(functional, busy_site):
    browser = open_worklist(functional, "decider_b")
    assert sections(browser) == {"decision": (0, [], [])}
    assert "没有等待您决定的办件。" in browser.contents


def test_someone_without_a_work_role(functional, busy_site):
    browser = open_worklist(functional, "member")
    assert sections(browser) == {}
    assert "您目前没有需要处理工作的角色" in browser.contents


def test_anonymous_is_asked_to_log_in(functional, busy_site):
    browser = browser_for(functional)
    # Anonymous is refused with Unauthorized: let the publisher handle it, as
    # it does for a visitor, so the challenge redirects to the login form.
    browser.handleErrors = True
    browser.open(f"{functional['portal'].absolute_url()}/@@worklist")
    assert "login" in browser.url or "require_login" in browser.url


@pytest.mark.parametrize(
    ("user", "count"),
    [
        ("editor_a", 2),
        ("reviewer_a", 1),
        ("office", 1),
        ("clerk_a", 2),
        ("case_reviewer_a", 4),
        ("decider_a", 3),
    ],
)
def test_the_toolbar_counts_what_waits(functional, busy_site, user, count):
    browser = browser_for(functional, user)
    browser.open(busy_site["site"].a.food.absolute_url())
    doc = html.fromstring(browser.contents)
    link = doc.xpath('//a[@id="worklist-badge"]')
    assert link, "no 待办 link"
    assert link[0].get("href").endswith("/@@worklist")
    assert "待办" in link[0].text_content()
    assert doc.xpath('//*[@id="worklist-count"]/text()') == [str(count)]


def test_no_count_without_work(functional, busy_site):
    browser = browser_for(functional, "editor_b")
    browser.open(busy_site["site"].absolute_url())
    doc = html.fromstring(browser.contents)
    assert doc.xpath('//a[@id="worklist-badge"]')
    assert not doc.xpath('//*[@id="worklist-count"]')
    browser = browser_for(functional, "member")
    browser.open(busy_site["site"].absolute_url())
    assert not html.fromstring(browser.contents).xpath('//a[@id="worklist-badge"]')


def test_in_english(functional, busy_site):
    browser = open_worklist(functional, "case_reviewer_a", language="en")
    assert "My work list" in browser.contents
    assert "Cases to review" in browser.contents
    assert "Overdue" in browser.contents
