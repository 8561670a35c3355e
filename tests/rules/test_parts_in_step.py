"""A part moves with its item; out of step it catches up, never passes it."""

from putian.policy.rules.catalogue.parts_in_step import part_may_step
from putian.policy.rules.catalogue.parts_in_step import review_order
from putian.policy.rules.catalogue.parts_in_step import way

import pytest


# putian_catalogue_workflow as a graph.
CATALOGUE = {
    "draft": {"submit": "pending_department"},
    "pending_department": {"approve": "pending_office", "reject": "draft"},
    "pending_office": {"publish": "published", "reject": "draft"},
    "published": {"retire": "retired"},
    "retired": {},
}
ORDER = review_order(CATALOGUE, "draft")


def test_the_review_order_counts_the_steps_from_the_draft():
    assert ORDER == {
        "draft": 0,
        "pending_department": 1,
        "pending_office": 2,
        "published": 3,
        "retired": 4,
    }


def test_a_state_no_step_reaches_has_no_place():
    graph = {**CATALOGUE, "archived": {"submit": "pending_department"}}
    assert "archived" not in review_order(graph, "draft")


@pytest.mark.parametrize(
    ("start", "goal", "steps"),
    [
        ("draft", "draft", ()),
        ("draft", "pending_department", ("submit",)),
        ("draft", "published", ("submit", "approve", "publish")),
        ("draft", "retired", ("submit", "approve", "publish", "retire")),
        ("pending_office", "draft", ("reject",)),
        ("pending_department", "pending_office", ("approve",)),
        ("retired", "published", None),
        ("published", "draft", None),
    ],
)
def test_the_fewest_steps(start, goal, steps):
    assert way(CATALOGUE, start, goal) == steps


def test_among_ways_as_short_the_first_step_of_the_graph_is_taken():
    graph = {"a": {"x": "b", "y": "b"}, "b": {}}
    assert way(graph, "a", "b") == ("x",)
    assert way({"a": {"y": "b", "x": "b"}, "b": {}}, "a", "b") == ("y",)


def test_an_unknown_start_has_no_way():
    assert way(CATALOGUE, "nowhere", "draft") is None


@pytest.mark.parametrize("state", list(CATALOGUE))
def test_a_part_in_step_takes_no_step_of_its_own(state):
    for new_state in CATALOGUE:
        assert not part_may_step(state, state, new_state, ORDER)


@pytest.mark.parametrize(
    ("part", "item", "new_state", "allowed"),
    [
        # Catching up with an item further on.
        ("draft", "published", "pending_department", True),
        ("pending_department", "published", "pending_office", True),
        ("pending_office", "published", "published", True),
        ("published", "retired", "retired", True),
        # Sent back to the department while catching up.
        ("pending_office", "published", "draft", True),
        # Never past the item.
        ("pending_department", "pending_department", "pending_office", False),
        ("draft", "draft", "pending_department", False),
        ("pending_department", "draft", "pending_office", False),
        ("pending_office", "pending_department", "published", False),
        # Left ahead of an item sent back: only back to the draft.
        ("pending_office", "draft", "draft", True),
        ("pending_office", "draft", "published", False),
    ],
)
def test_a_part_out_of_step_catches_up_never_past_its_item(
    part, item, new_state, allowed
):
    assert part_may_step(part, item, new_state, ORDER) is allowed


def test_states_outside_the_order_take_no_step():
    assert not part_may_step("draft", "limbo", "pending_department", ORDER)
    assert not part_may_step("draft", "published", "limbo", ORDER)
