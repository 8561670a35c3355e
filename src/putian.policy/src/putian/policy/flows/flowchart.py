"""A flow's flowchart as SVG, laid out by Graphviz from the structured steps.

Graphviz does the geometry; text stays text (SVG <text>), so the chart is
selectable, searchable and read by screen readers. One lane per department
for a joint flow; parallel steps share a rank; special steps are drawn apart
and marked as not counted in the time limit (R8).

Every step carries a ``<title>`` with its full name, department and time
limit: a browser shows it on hover (or long press), and a name too long for
its box is cut in the drawing but never in the title.
"""

from putian.policy.flows.steps import special_anchor
from xml.sax.saxutils import escape

import graphviz
import re
import unicodedata


FONT = "Noto Sans CJK SC, Source Han Sans SC, Microsoft YaHei, sans-serif"
# Fits the printable area of an A4 page (inches); larger charts shrink.
A4_SIZE = "7.2,10"
STEP_COLOUR = "#e8f1fb"
LEAD_COLOUR = "#d5e8d4"
SPECIAL_COLOUR = "#fff4ce"
# A step's name is drawn on at most two lines of this many half-width
# characters (a Chinese character counts two); longer names end in "…".
LINE_WIDTH = 28
NAME_LINES = 2
ELLIPSIS = "…"


# Characters XML 1.0 forbids: in a label they would make the SVG unreadable.
_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _text(*lines) -> str:
    """User-entered text as a literal label: no DOT escapes (\\N, \\G...),
    no HTML-like label and no entity (Graphviz decodes ``&#14;`` in a plain
    label, which writes a character XML forbids), whatever a step's name
    holds."""
    text = "\n".join(str(line) for line in lines if line)
    text = _NOT_IN_XML.sub("", text).replace("&", "&amp;")
    return graphviz.escape(text)


def _width(character: str) -> int:
    return 2 if unicodedata.east_asian_width(character) in ("W", "F") else 1


def short_name(name) -> str:
    """``name`` as drawn in its box: cut into lines of LINE_WIDTH, at most
    NAME_LINES of them, the last ending in an ellipsis when text is left."""
    name = " ".join(str(name or "").split())
    lines, line, width = [], "", 0
    for character in name:
        if width + _width(character) > LINE_WIDTH:
            lines.append(line)
            line, width = "", 0
        line += character
        width += _width(character)
    lines.append(line)
    if len(lines) <= NAME_LINES:
        return "\n".join(lines)
    last = lines[NAME_LINES - 1]
    while last and sum(map(_width, last)) + _width(ELLIPSIS) > LINE_WIDTH:
        last = last[:-1]
    return "\n".join([*lines[: NAME_LINES - 1], last + ELLIPSIS])


def flowchart_svg(summary, texts) -> str:
    """The SVG of a FlowSummary; ``texts`` words it in the reader's language.

    ``texts`` provides: title, start, end, days(n), not_counted,
    special(step), footer(summary), and step_title(step) and
    special_title(step) for the tooltips.
    """
    graph = _graph(texts.footer(summary))
    graph.node("start", _text(texts.start), shape="oval", fillcolor="white")
    graph.node("end", _text(texts.end), shape="oval", fillcolor="white")
    # Graphviz titles each element by its id; these replace them.
    titles = {"flowchart": texts.title, "start": texts.start, "end": texts.end}
    lane_nodes = {name: [] for name in summary.departments}
    step_nodes = _draw_stages(graph, summary.stages, texts, titles, lane_nodes)
    _draw_special_steps(graph, summary.special_steps, texts, titles, step_nodes)
    if len(lane_nodes) > 1:
        _draw_lanes(graph, lane_nodes, titles)
    svg = graph.pipe(format="svg", encoding="utf-8")
    return _inline(_titled(svg, titles), texts.title)


def _graph(footer) -> graphviz.Digraph:
    return graphviz.Digraph(
        "flowchart",
        graph_attr={
            "rankdir": "LR",
            "fontname": FONT,
            "fontsize": "11",
            "labelloc": "b",
            "label": _text(footer),
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


def _draw_stages(graph, stages, texts, titles: dict, lane_nodes: dict) -> list:
    """The stages from start to end, each step joined to every step of the
    stage before; the steps' nodes in order, each also in its lane's list."""
    previous = ["start"]
    step_nodes = []
    for stage_index, stage in enumerate(stages):
        current = []
        for step_index, step in enumerate(stage.steps):
            node = f"step{stage_index}_{step_index}"
            graph.node(
                node,
                # The lane (or, for one department, the page) names the department.
                _text(
                    short_name(step.get("name")),
                    texts.days(step.get("working_days") or 0),
                ),
            )
            titles[node] = texts.step_title(step)
            department = step.get("department")
            if department in lane_nodes:
                lane_nodes[department].append(node)
            current.append(node)
        step_nodes.extend(current)
        for source in previous:
            for target in current:
                graph.edge(source, target)
        previous = current
    for source in previous:
        graph.edge(source, "end")
    return step_nodes


def _draw_special_steps(graph, special_steps, texts, titles: dict, step_nodes):
    """Each special step as a dashed note hanging from the step it follows
    (or from the end)."""
    for index, special in enumerate(special_steps):
        node = f"special{index}"
        graph.node(
            node,
            _text(
                short_name(texts.special(special)),
                texts.days(special.get("duration_days") or 0),
                texts.not_counted,
            ),
            shape="note",
            style="filled,dashed",
            fillcolor=SPECIAL_COLOUR,
        )
        titles[node] = texts.special_title(special)
        after = special_anchor(special, len(step_nodes))
        anchor = "end" if after is None else step_nodes[after]
        graph.edge(anchor, node, style="dashed", arrowhead="none")


def _draw_lanes(graph, lane_nodes: dict, titles: dict) -> None:
    """One lane per department, the lead department's first and shaded."""
    for index, (name, nodes) in enumerate(lane_nodes.items()):
        titles[f"cluster_lane{index}"] = name
        with graph.subgraph(name=f"cluster_lane{index}") as lane:
            lane.attr(
                label=_text(name),
                style="filled",
                color="#c8d3df",
                fillcolor=LEAD_COLOUR if index == 0 else "#f7f9fb",
            )
            for node in nodes:
                lane.node(node)


_EDGE_TITLE = re.compile(r'(<g id="edge\d+" class="edge">\s*)<title>[^<]*</title>\s*')
_TITLE = re.compile(r"<title>(\w+)</title>")


def _titled(svg: str, titles: dict) -> str:
    """The SVG with the given titles (by element id) in place of Graphviz's
    ids; an arrow has none, so it shows the chart's."""
    svg = _EDGE_TITLE.sub(r"\1", svg)

    def title(match):
        text = titles.get(match[1])
        return match[0] if text is None else f"<title>{escape(str(text))}</title>"

    return _TITLE.sub(title, svg)


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
