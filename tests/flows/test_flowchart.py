"""Flowcharts are drawn from the steps as SVG whose text stays text."""

from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from xml.etree import ElementTree

import pytest
import requests
import transaction


SVG = "{http://www.w3.org/2000/svg}"

JOINT = {
    "kind": "joint",
    "form": "standard",
    "lead_department": "莆田市住房和城乡建设局",
    "cooperating_departments": [
        {
            "department": "莆田市自然资源局",
            "duties": "规划条件核实",
            "handover_points": "受理后推送",
            "material_transfer": "电子证照共享",
            "opinion_deadline_days": 3,
        },
        {
            "department": "莆田市消防救援支队",
            "duties": "消防设计审查",
            "handover_points": "受理后推送",
            "material_transfer": "电子证照共享",
            "opinion_deadline_days": 3,
        },
    ],
    "steps": [
        {
            "kind": "accept",
            "name": "受理",
            "department": "莆田市住房和城乡建设局",
            "role": None,
            "working_days": 1,
            "parallel_group": None,
        },
        {
            "kind": "review",
            "name": "规划审查",
            "department": "莆田市自然资源局",
            "role": None,
            "working_days": 3,
            "parallel_group": "并联",
        },
        {
            "kind": "review",
            "name": "消防审查",
            "department": "莆田市消防救援支队",
            "role": None,
            "working_days": 3,
            "parallel_group": "并联",
        },
        {
            "kind": "decide",
            "name": "决定",
            "department": "莆田市住房和城乡建设局",
            "role": None,
            "working_days": 1,
            "parallel_group": None,
        },
    ],
    "special_steps": [],
}


def texts(svg: str) -> list[str]:
    # Well-formed XML, or this raises.
    root = ElementTree.fromstring(svg)  # noqa: S314 — our own SVG
    return ["".join(node.itertext()) for node in root.iter(f"{SVG}text")]


def chart(url):
    response = requests.get(f"{url}/@@flowchart.svg", timeout=30)
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("image/svg+xml")
    return response.text


@pytest.fixture
def published(site):
    from tests.catalogue.test_working_copy import publish_all

    with api.env.adopt_user(SITE_OWNER_NAME):
        publish_all(site.a.food)
    transaction.commit()
    return site.a.food


def test_single_flow_with_a_special_step(published):
    words = texts(chart(published.absolute_url()))
    for text in ("提出申请", "受理", "审查", "决定", "办结"):
        assert text in words
    assert "现场核查" in " ".join(words)
    assert "不计入办理时限" in words
    assert "5个工作日" in words  # the review step and the inspection
    footer = [w for w in words if w.startswith("计入办理时限")]
    assert footer == [
        "计入办理时限：8个工作日　承诺办结时限：10个工作日　法定办结时限：20个工作日"
    ]


def test_joint_flow_has_a_lane_per_department(published):
    with api.env.adopt_user(SITE_OWNER_NAME):
        for name, value in JOINT.items():
            setattr(published.flow, name, value)
    transaction.commit()
    words = texts(chart(published.absolute_url()))
    for lane in JOINT["cooperating_departments"]:
        assert lane["department"] in words
    assert JOINT["lead_department"] in words
    for step in JOINT["steps"]:
        assert step["name"] in words
    # Parallel review: 1 + max(3, 3) + 1 counted days.
    assert any(w.startswith("计入办理时限：5个工作日") for w in words)


def test_chart_is_on_the_item_page_as_inline_svg(published):
    html = requests.get(published.absolute_url(), timeout=30).text
    section = html[html.index('id="flowchart"') :]
    assert '<svg role="img" aria-label="食品经营许可审批流程图"' in section
    assert "@@flowchart.svg" in section


def test_no_flow_no_chart(site):
    with api.env.adopt_user(SITE_OWNER_NAME):
        api.content.delete(obj=site.a.food.flow)
    transaction.commit()
    response = requests.get(
        f"{site.a.food.absolute_url()}/@@flowchart.svg",
        auth=(SITE_OWNER_NAME, SITE_OWNER_PASSWORD),
        timeout=30,
    )
    assert response.status_code == 404


def test_step_names_cannot_inject_markup_or_dot_escapes():
    from putian.policy.flows.flowchart import flowchart_svg
    from putian.policy.flows.views import FlowchartTexts
    from putian.policy.rules.flows.summary import summarize_flow
    from types import SimpleNamespace

    def step(kind, name):
        return {"kind": kind, "name": name, "working_days": 1}

    flow = {
        "kind": "single",
        "form": "standard",
        "steps": [
            step("accept", "<script>alert(1)</script>"),
            step("review", 'a" onclick="x'),
            step("decide", r"\N \G <img src=x>"),
        ],
        "special_steps": [],
    }
    summary = summarize_flow(
        flow, {"statutory_limit_days": 10, "committed_limit_days": 5}
    )
    item = SimpleNamespace(Title=lambda: '"><script>')
    svg = flowchart_svg(summary, FlowchartTexts({"LANGUAGE": "zh-cn"}, item))
    words = texts(svg)
    assert "<script>alert(1)</script>" in words
    assert r"\N \G <img src=x>" in words
    assert "<script" not in svg
    assert "<img" not in svg
