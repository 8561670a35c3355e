"""The flowchart in words: every step in order, special steps named."""

from bs4 import BeautifulSoup
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from putian.policy.flows.steps import step_list
from putian.policy.flows.views import FlowchartTexts
from putian.policy.rules.flows.summary import summarize_flow
from tests.flows.test_flowchart import JOINT
from tests.flows.test_flowchart import published  # noqa: F401 (fixture)
from tests.flows.test_tooltips import item
from tests.flows.test_tooltips import LIMITS
from tests.flows.test_tooltips import SINGLE
from tests.flows.test_tooltips import step

import requests
import transaction


def entries(flow, language="zh-cn"):
    summary = summarize_flow(flow, LIMITS)
    return step_list(summary, FlowchartTexts({"LANGUAGE": language}, item(), summary))


def outline(found):
    """(number or 'special', [step names] or special name) per entry."""
    return [
        ("special", entry["name"])
        if entry["special"]
        else (entry["number"], [s["name"] for s in entry["steps"]])
        for entry in found
    ]


def test_special_step_comes_after_the_step_it_follows():
    found = entries(SINGLE)
    assert outline(found) == [
        (1, ["受理"]),
        (2, [SINGLE["steps"][1]["name"]]),
        ("special", "检验：现场核查"),
        (3, ["决定"]),
    ]
    special = found[2]
    assert special["days"] == "5个工作日"
    assert special["not_counted"] == "不计入办理时限"
    first = found[0]["steps"][0]
    assert first["kind"] == "受理"
    assert first["department"] == "莆田市市场监督管理局"
    assert first["days"] == "1个工作日"
    assert found[3]["steps"][0]["days"] == "即办"


def test_special_steps_without_a_step_to_follow_come_last():
    specials = [
        dict(
            SINGLE["special_steps"][0],
            after_step=None,
            name="公示七日",
            kind="public_notice",
        ),
        dict(SINGLE["special_steps"][0], after_step=9),
        dict(
            SINGLE["special_steps"][0],
            after_step=0,
            name="专家论证",
            kind="expert_review",
        ),
    ]
    found = entries(dict(SINGLE, special_steps=specials))
    assert outline(found) == [
        (1, ["受理"]),
        ("special", "专家评审：专家论证"),
        (2, [SINGLE["steps"][1]["name"]]),
        (3, ["决定"]),
        ("special", "公示：公示七日"),
        ("special", "检验：现场核查"),
    ]


def test_parallel_steps_share_a_stage_and_keep_their_departments():
    found = entries(JOINT)
    assert outline(found) == [
        (1, ["受理"]),
        (2, ["规划审查", "消防审查"]),
        (3, ["决定"]),
    ]
    stage = found[1]
    assert stage["parallel"] is True
    assert stage["days"] == "3个工作日"
    assert [s["department"] for s in stage["steps"]] == [
        "莆田市自然资源局",
        "莆田市消防救援支队",
    ]


def test_a_joint_step_without_department_is_the_lead_departments():
    flow = dict(JOINT, steps=[step("accept", "受理", 1), *JOINT["steps"][1:]])
    assert entries(flow)[0]["steps"][0]["department"] == JOINT["lead_department"]


def test_english_words():
    found = entries(SINGLE, "en")
    assert found[0]["steps"][0]["kind"] == "Acceptance"
    assert found[2]["not_counted"] == "Not counted in the time limit"


def page_steps(html):
    soup = BeautifulSoup(html, "html.parser")
    section = soup.select_one("#flowchart #flow-steps")
    assert section is not None
    return section


def test_item_page_lists_every_step_with_the_chart(published):  # noqa: F811
    html = requests.get(published.absolute_url(), timeout=30).text
    section = page_steps(html)
    assert section.select_one("h3").get_text(strip=True) == "办理环节（按顺序）"
    items = section.select("ol > li")
    assert [li.get("class")[0] for li in items] == [
        "putian-flow-stage",
        "putian-flow-stage",
        "putian-flow-special",
        "putian-flow-stage",
    ]
    names = [li.select_one("strong").get_text(strip=True) for li in items]
    assert names == ["受理", "审查", "检验：现场核查", "决定"]
    special = items[2]
    assert "特殊环节" in special.get_text()
    assert "不计入办理时限" in special.get_text()
    review = items[1].get_text(" ", strip=True)
    assert "承办部门 ：莆田市市场监督管理局" in review
    assert "办理时限 ：5个工作日" in review
    assert section.select_one("#flow-steps-total").get_text(strip=True) == (
        "计入办理时限：8个工作日　承诺办结时限：10个工作日　法定办结时限：20个工作日"
    )


def test_flow_page_lists_the_steps_too(published):  # noqa: F811
    html = requests.get(published.flow.absolute_url(), timeout=30).text
    names = [
        li.select_one("strong").get_text(strip=True)
        for li in page_steps(html).select("ol > li")
    ]
    assert names == ["受理", "审查", "检验：现场核查", "决定"]


def test_step_list_in_english(published):  # noqa: F811
    html = requests.get(
        published.absolute_url(), cookies={"I18N_LANGUAGE": "en"}, timeout=30
    ).text
    section = page_steps(html)
    assert section.select_one("h3").get_text(strip=True) == "The steps in order"
    assert "Special step" in section.get_text()
    assert "Department" in section.get_text()


def test_a_draft_item_has_no_public_step_list(site):
    response = requests.get(f"{site.a.food.absolute_url()}/@@flow-steps", timeout=30)
    assert response.status_code in (401, 403) or "login" in response.url
    assert "putian-flow-stage" not in response.text


def test_names_are_escaped_in_the_list(published):  # noqa: F811
    with api.env.adopt_user(SITE_OWNER_NAME):
        published.flow.steps = [
            step("accept", "<script>alert(1)</script>", 1),
            *published.flow.steps[1:],
        ]
    transaction.commit()
    html = requests.get(published.absolute_url(), timeout=30).text
    section = page_steps(html)
    assert "<script>alert(1)</script>" not in str(section)
    assert (
        section.select_one("ol > li strong").get_text() == "<script>alert(1)</script>"
    )
