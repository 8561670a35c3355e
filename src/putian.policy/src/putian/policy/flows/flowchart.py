"""A flow's flowchart as SVG, laid out by Graphviz from the structured steps.

Graphviz does the geometry; text stays text (SVG <text>), so the chart is
selectable, searchable and read by screen readers. One lane per department
for a joint flow; parallel steps share a rank; special steps are drawn apart
and marked as not counted in the time limit (R8).
"""

from xml.sax.saxutils import escape

import graphviz
import re


FONT = "Noto Sans CJK SC, Source Han Sans SC, Microsoft YaHei, sans-serif"
# Fits the printable area of an A4 page (inches); larger charts shrink.
A4_SIZE = "7.2,10"
STEP_COLOUR = "#e8f1fb"
LEAD_COLOUR = "#d5e8d4"
SPECIAL_COLOUR = "#fff4ce"


def _text(*lines) -> str:
    """User-entered text as a literal label: no DOT escapes (\\N, \\G...)
    and no HTML-like label, whatever a step's name holds."""
    return graphviz.escape("\n".join(str(line) for line in lines if line))


def flowchart_svg(summary, texts) -> str:
    """The SVG of a FlowSummary; ``texts`` words it in the reader's language.

    ``texts`` provides: title, start, end, days(n), not_counted,
    special(step) and footer(summary).
    """
    graph = graphviz.Digraph(
        "flowchart",
        graph_attr={
            "rankdir": "LR",
            "fontname": FONT,
            "fontsize": "11",
            "labelloc": "b",
            "label": _text(texts.footer(summary)),
            "size": A4_SIZE,
            "nodesep": "0.35",
            "ranksep": "0.45",
            "newrank": "true",
        },
        node_attr={
            "shape": "box",
            "style": "rounded,filled",
            "fillcolor": STEP_COLOUR,
            "fontname": FONT,
            "fontsize": "12",
        },
        edge_attr={"fontname": FONT, "fontsize": "10", "arrowsize": "0.7"},
    )
    graph.node("start", _text(texts.start), shape="oval", fillcolor="white")
    graph.node("end", _text(texts.end), shape="oval", fillcolor="white")

    lanes = {name: index for index, name in enumerate(summary.departments)}
    lane_nodes = {name: [] for name in lanes}
    previous = ["start"]
    step_nodes = []
    for stage_index, stage in enumerate(summary.stages):
        current = []
        for step_index, step in enumerate(stage.steps):
            node = f"step{stage_index}_{step_index}"
            graph.node(
                node,
                # The lane (or, for one department, the page) names the department.
                _text(step.get("name"), texts.days(step.get("working_days") or 0)),
            )
            department = step.get("department")
            if department in lane_nodes:
                lane_nodes[department].append(node)
            current.append(node)
            step_nodes.append(node)
        for source in previous:
            for target in current:
                graph.edge(source, target)
        previous = current
    for source in previous:
        graph.edge(source, "end")

    for index, special in enumerate(summary.special_steps):
        node = f"special{index}"
        graph.node(
            node,
            _text(
                texts.special(special),
                texts.days(special.get("duration_days") or 0),
                texts.not_counted,
            ),
            shape="note",
            style="filled,dashed",
            fillcolor=SPECIAL_COLOUR,
        )
        after = special.get("after_step")
        anchor = (
            step_nodes[after]
            if after is not None and after < len(step_nodes)
            else "end"
        )
        graph.edge(anchor, node, style="dashed", arrowhead="none")

    if len(lanes) > 1:
        for name, index in lanes.items():
            with graph.subgraph(name=f"cluster_lane{index}") as lane:
                lane.attr(
                    label=_text(name),
                    style="filled",
                    color="#c8d3df",
                    fillcolor=LEAD_COLOUR if index == 0 else "#f7f9fb",
                )
                for node in lane_nodes[name]:
                    lane.node(node)
    svg = graph.pipe(format="svg", encoding="utf-8")
    return _inline(svg, texts.title)


def _inline(svg: str, title: str) -> str:
    """Drop the XML prolog so the SVG can sit inside an HTML page, and give
    it an accessible name."""
    svg = svg[svg.index("<svg") :]
    svg = re.sub(r"<!--.*?-->\s*", "", svg, flags=re.S)
    return svg.replace(
        "<svg ",
        f'<svg role="img" aria-label="{escape(title, {chr(34): "&quot;"})}" ',
        1,
    )
