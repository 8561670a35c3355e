"""A part moves with its item; out of step it catches up, never passes it."""

from putian.policy.rules.catalogue.parts_in_step import item_may_step
from putian.policy.rules.catalogue.parts_in_step import part_may_step
from putian.policy.rules.catalogue.parts_in_step import parts_behind
from putian.policy.rules.catalogue.parts_in_step import parts_behind_findings
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


@pytest.mark.parametrize(
    ("item", "new_state", "parts", "allowed"),
    [
        # A draft guide added to an item under review holds back its approval.
        ("pending_department", "pending_office", {"guide": "draft"}, False),
        # ... and its publication, as does a flow still with the department.
        (
            "pending_office",
            "published",
            {"guide": "pending_office", "flow": "pending_department"},
            False,
        ),
        # Parts in step (or ahead, after a retirement) hold back nothing.
        ("pending_office", "published", {"guide": "pending_office"}, True),
        ("pending_department", "pending_office", {}, True),
        ("published", "retired", {"rules": "retired"}, True),
        # Sending back and retiring are never held back.
        ("pending_office", "draft", {"guide": "draft"}, True),
        ("published", "retired", {"guide": "draft"}, True),
        # A part in a state the review does not know is not counted.
        ("pending_office", "published", {"guide": "archived"}, True),
        # Nor is a step into or out of such a state held back.
        ("archived", "published", {"guide": "draft"}, True),
    ],
)
def test_an_item_does_not_move_on_while_a_part_stands_behind(
    item, new_state, parts, allowed
):
    assert item_may_step(item, new_state, parts, ORDER) is allowed


def test_the_parts_behind_keep_the_order_given():
    parts = {"rules": "draft", "guide": "pending_office", "flow": "draft"}
    assert parts_behind("pending_office", parts, ORDER) == ("rules", "flow")
    assert parts_behind("nowhere", parts, ORDER) == ()


def test_each_part_behind_is_named_with_its_state_and_the_items():
    titles = {"draft": ("草稿", "Draft"), "pending_office": ("待改革办审核", "Office")}
    (finding,) = parts_behind_findings(
        "pending_office", {"guide": "draft", "flow": "pending_office"}, ORDER, titles
    )
    assert (finding.rule, finding.code, finding.field) == (
        "R24",
        "part_behind",
        "guide",
    )
    assert "办事指南尚处于“草稿”状态" in finding.message_zh
    assert "“待改革办审核”" in finding.message_zh
    assert "part 'service guide' is still 'Draft'" in finding.message_en
    assert "(already 'Office')" in finding.message_en


def test_a_state_without_a_title_is_named_by_its_id():
    (finding,) = parts_behind_findings(
        "pending_department", {"rules": "draft"}, ORDER, {}
    )
    assert "审查工作细则尚处于“draft”状态" in finding.message_zh
