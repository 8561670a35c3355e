"""Each step of the flowchart names itself in a <title>: hover or long press."""

from putian.policy.flows.flowchart import flowchart_svg
from putian.policy.flows.flowchart import short_name
from putian.policy.flows.views import FlowchartTexts
from putian.policy.rules.flows.summary import summarize_flow
from tests.flows.test_flowchart import JOINT
from tests.flows.test_flowchart import SVG
from tests.flows.test_flowchart import texts
from types import SimpleNamespace
from xml.etree import ElementTree

import pytest


LIMITS = {"statutory_limit_days": 20, "committed_limit_days": 10}
LONG_NAME = "建设工程消防设计审查意见书核发（含特殊建设工程消防验收前置审查）"
DEPARTMENT = SimpleNamespace(Title=lambda: "莆田市市场监督管理局")


def item(title="食品经营许可"):
    return SimpleNamespace(Title=lambda: title, get_department=lambda: DEPARTMENT)


def step(kind, name, days, department=None, group=None):
    return {
        "kind": kind,
        "name": name,
        "department": department,
        "working_days": days,
        "parallel_group": group,
    }


SINGLE = {
    "kind": "single",
    "form": "standard",
    "steps": [
        step("accept", "受理", 1),
        step("review", LONG_NAME, 5),
        step("decide", "决定", 0),
    ],
    "special_steps": [
        {
            "kind": "inspection",
            "name": "现场核查",
            "duration_days": 5,
            "required_by_law": True,
            "after_step": 1,
        }
    ],
}


def draw(flow, language="zh-cn"):
    summary = summarize_flow(flow, LIMITS)
    request = {"LANGUAGE": language}
    return flowchart_svg(summary, FlowchartTexts(request, item(), summary))


def node_titles(svg: str) -> dict[str, str]:
    """The title of each node group, by the text drawn in it."""
    root = ElementTree.fromstring(svg)  # noqa: S314 — our own SVG
    found = {}
    for group in root.iter(f"{SVG}g"):
        if group.get("class") != "node":
            continue
        drawn = "\n".join("".join(t.itertext()) for t in group.iter(f"{SVG}text"))
        found[drawn] = group.find(f"{SVG}title").text
    return found


def test_every_step_has_its_full_name_department_and_limit():
    titles = node_titles(draw(SINGLE))
    assert titles["受理\n1个工作日"] == (
        "受理；承办部门：莆田市市场监督管理局；办理时限：1个工作日"
    )
    assert (
        titles["决定\n即办"] == "决定；承办部门：莆田市市场监督管理局；办理时限：即办"
    )
    long_titles = [title for title in titles.values() if LONG_NAME in title]
    assert long_titles == [
        f"{LONG_NAME}（审查）；承办部门：莆田市市场监督管理局；办理时限：5个工作日"
    ]
    assert titles["提出申请"] == "提出申请"
    assert titles["办结"] == "办结"


def test_a_long_name_is_cut_in_the_box_but_whole_in_the_title():
    svg = draw(SINGLE)
    words = texts(svg)
    assert LONG_NAME not in words
    drawn = [w for w in words if w.startswith("建设工程")]
    assert drawn == ["建设工程消防设计审查意见书核"]
    assert "发（含特殊建设工程消防验收…" in words
    assert any(LONG_NAME in title for title in node_titles(svg).values())


@pytest.mark.parametrize(
    ("name", "drawn"),
    [
        ("受理", "受理"),
        ("<script>alert(1)</script>", "<script>alert(1)</script>"),
        ("一二三四五六七八九十一二三四", "一二三四五六七八九十一二三四"),
        ("一二三四五六七八九十一二三四五", "一二三四五六七八九十一二三四\n五"),
        ("a" * 60, "a" * 28 + "\n" + "a" * 27 + "…"),
        ("  名称\n含  换行  ", "名称 含 换行"),
    ],
)
def test_short_name(name, drawn):
    assert short_name(name) == drawn


def test_special_step_title_says_it_is_not_counted():
    titles = node_titles(draw(SINGLE))
    special = [t for t in titles.values() if t.startswith("特殊环节")]
    assert special == ["特殊环节：检验：现场核查；5个工作日；不计入办理时限"]


def test_joint_flow_titles_name_each_department_and_lane():
    svg = draw(JOINT)
    titles = node_titles(svg)
    assert titles["规划审查\n3个工作日"] == (
        "规划审查（审查）；承办部门：莆田市自然资源局；办理时限：3个工作日"
    )
    root = ElementTree.fromstring(svg)  # noqa: S314 — our own SVG
    lanes = [
        group.find(f"{SVG}title").text
        for group in root.iter(f"{SVG}g")
        if group.get("class") == "cluster"
    ]
    assert sorted(lanes) == sorted(
        [JOINT["lead_department"]]
        + [entry["department"] for entry in JOINT["cooperating_departments"]]
    )


def test_arrows_have_no_title_and_the_chart_is_titled():
    root = ElementTree.fromstring(draw(SINGLE))  # noqa: S314 — our own SVG
    edges = [g for g in root.iter(f"{SVG}g") if g.get("class") == "edge"]
    assert edges
    assert all(edge.find(f"{SVG}title") is None for edge in edges)
    graph = next(g for g in root.iter(f"{SVG}g") if g.get("class") == "graph")
    assert graph.find(f"{SVG}title").text == "食品经营许可审批流程图"


def test_titles_in_english():
    titles = node_titles(draw(SINGLE, "en"))
    assert titles["受理\n1 working days"] == (
        "受理 (Acceptance); Department: 莆田市市场监督管理局; "
        "Time limit: 1 working days"
    )


def test_titles_cannot_inject_markup():
    hostile = '</title><script>alert(1)</script><title a="'
    flow = dict(
        SINGLE,
        steps=[
            step("accept", hostile, 1, department="<b>部门</b>"),
            step("review", "审查", 1),
            step("decide", "决定", 1),
        ],
    )
    svg = draw(flow)
    assert "<script" not in svg
    assert "<b>" not in svg
    titles = node_titles(svg)
    assert [t for t in titles.values() if hostile in t] == [
        f"{hostile}（受理）；承办部门：<b>部门</b>；办理时限：1个工作日"
    ]
