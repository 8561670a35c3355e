"""The guide, flow and review rules go through review with their item.

An item is submitted, approved, sent back, published and retired as a
whole: its parts take each step with it, so the public never meets a
published item whose guide is still a draft. A part that is *in step*
(in its item's state) therefore offers no step of its own. A part *out of
step* (added to an item already under review, or left behind before parts
followed their item) may take its own steps to catch up with its item or be
sent back, never past it; an upgrade brings one left behind to its item's
state by the fewest steps (``way``).

The item in turn does not move on along the review while a part stands
behind it (``item_may_step``): approving or publishing it would leave a
draft guide under a published item. The refusal names each part behind
(``parts_behind_findings``); no exemption lifts it, since the part only
has to be taken through review. Retiring is not held back.

The workflow is given as its graph: for each state, the steps leaving it
and the state each leads to. Pure: no Plone.
"""

from collections import deque
from collections.abc import Mapping
from putian.policy.rules.common.findings import ERROR
from putian.policy.rules.common.findings import Finding


Graph = Mapping[str, Mapping[str, str]]


def review_order(graph: Graph, initial: str) -> dict[str, int]:
    """How far each state lies from ``initial``: the fewest steps to reach it
    (draft 0, pending_department 1, pending_office 2, published 3, retired 4).
    States that cannot be reached are left out."""
    order = {initial: 0}
    queue = deque([initial])
    while queue:
        state = queue.popleft()
        for following in graph.get(state, {}).values():
            if following not in order:
                order[following] = order[state] + 1
                queue.append(following)
    return order


def way(graph: Graph, start: str, goal: str) -> tuple[str, ...] | None:
    """The fewest steps leading from ``start`` to ``goal``: () when already
    there, None when no way leads there (among ways as short, the step
    first in the graph's order)."""
    if start == goal:
        return ()
    ways = {start: ()}
    queue = deque([start])
    while queue:
        state = queue.popleft()
        for step, following in graph.get(state, {}).items():
            if following in ways:
                continue
            ways[following] = (*ways[state], step)
            if following == goal:
                return ways[following]
            queue.append(following)
    return None


def part_may_step(
    part_state: str, item_state: str, new_state: str, order: Mapping[str, int]
) -> bool:
    """May a part in ``part_state`` step into ``new_state`` by itself?

    Not while it is in step with its item (it moves with the item); out of
    step, towards its item or back to the department, but never further
    along the review than its item stands.
    """
    if part_state == item_state:
        return False
    if new_state not in order or item_state not in order:
        return False
    return order[new_state] <= order[item_state]


# The parts of an item, by the key the shell gives them: (zh, en).
PART_NAMES = {
    "guide": ("办事指南", "service guide"),
    "flow": ("审批流程图", "approval flow"),
    "rules": ("审查工作细则", "review rules"),
}

# The state in which the public meets an item: the end of the review.
PUBLIC_STATE = "published"


def parts_behind(
    item_state: str, part_states: Mapping[str, str], order: Mapping[str, int]
) -> tuple[str, ...]:
    """The parts (keys of ``part_states``) standing behind their item along
    the review, in the order given."""
    if item_state not in order:
        return ()
    return tuple(
        part
        for part, state in part_states.items()
        if state in order and order[state] < order[item_state]
    )


def item_may_step(
    item_state: str,
    new_state: str,
    part_states: Mapping[str, str],
    order: Mapping[str, int],
    public_state: str = PUBLIC_STATE,
) -> bool:
    """May the item step into ``new_state``? Not on along the review (up to
    ``public_state``) while a part stands behind it; back, or beyond the
    public state (retiring), always."""
    if new_state not in order or item_state not in order:
        return True
    onwards = order[item_state] < order[new_state] <= order.get(public_state, -1)
    return not (onwards and parts_behind(item_state, part_states, order))


def parts_behind_findings(
    item_state: str,
    part_states: Mapping[str, str],
    order: Mapping[str, int],
    state_titles: Mapping[str, tuple[str, str]],
) -> list[Finding]:
    """One error per part behind its item, naming the part, its state and
    the item's (``state_titles``: state id -> (zh, en); the id stands in for
    a state without a title). ``field`` is the part's key."""

    def title(state: str) -> tuple[str, str]:
        return state_titles.get(state, (state, state))

    item_zh, item_en = title(item_state)
    findings = []
    for part in parts_behind(item_state, part_states, order):
        name_zh, name_en = PART_NAMES.get(part, (part, part))
        state_zh, state_en = title(part_states[part])
        findings.append(
            Finding(
                "R24",
                ERROR,
                "part_behind",
                f"{name_zh}尚处于“{state_zh}”状态，落后于事项（事项已处于"
                f"“{item_zh}”）：请先将{name_zh}提交审核至“{item_zh}”，再继续办理事项",
                f"The part {name_en!r} is still {state_en!r}, behind its item "
                f"(already {item_en!r}): take it through review to {item_en!r} "
                "first",
                field=part,
            )
        )
    return findings


def moves_with_item_finding(
    part: str, part_title: str, item_title: str, step: tuple[str, str]
) -> Finding:
    """Why a part in step with its item offers no ``step`` (zh, en) of its
    own: the item takes it, and the part with it."""
    step_zh, step_en = step
    name_zh, name_en = PART_NAMES.get(part, (part, part))
    return Finding(
        "R24",
        ERROR,
        "moves_with_its_item",
        f"{name_zh}“{part_title}”随所属事项“{item_title}”一并流转，"
        f"请对事项执行“{step_zh}”",
        f"The part {part_title!r} ({name_en}) takes each step with its item "
        f"{item_title!r}: take {step_en!r} on the item",
    )
