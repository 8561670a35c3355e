"""The guide, flow and review rules go through review with their item.

An item is submitted, approved, sent back, published and retired as a
whole: its parts take each step with it, so the public never meets a
published item whose guide is still a draft. A part that is *in step*
(in its item's state) therefore offers no step of its own. A part *out of
step* (added to an item already under review, or left behind before parts
followed their item) may take its own steps to catch up with its item or be
sent back, never past it; an upgrade brings one left behind to its item's
state by the fewest steps (``way``).

The workflow is given as its graph: for each state, the steps leaving it
and the state each leads to. Pure: no Plone.
"""

from collections import deque
from collections.abc import Mapping


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
