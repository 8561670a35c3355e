"""Who may do what with department A's item, in every workflow state.

Every cell of the matrix is asserted: roles × (view, edit, add, transitions).
"""

from AccessControl import getSecurityManager
from plone import api
from plone.app.testing import logout
from plone.app.testing import SITE_OWNER_NAME

import pytest


STATES = ("draft", "pending_department", "pending_office", "published", "retired")
# The path from draft to each state, as the manager walks it.
PATH = {
    "draft": (),
    "pending_department": ("submit",),
    "pending_office": ("submit", "approve"),
    "published": ("submit", "approve", "publish"),
    "retired": ("submit", "approve", "publish", "retire"),
}
WHO = (
    "anonymous",
    "member",
    "editor_a",
    "reviewer_a",
    "editor_b",
    "reviewer_b",
    "office",
    "manager",
)
ALL = set(STATES)
PUBLIC = {"published", "retired"}

CAN_VIEW = {
    "anonymous": PUBLIC,
    "member": PUBLIC,
    "editor_a": ALL,
    "reviewer_a": ALL,
    "editor_b": PUBLIC,
    "reviewer_b": PUBLIC,
    "office": ALL,
    "manager": ALL,
}
CAN_EDIT = {
    "anonymous": set(),
    "member": set(),
    "editor_a": {"draft"},
    "reviewer_a": {"pending_department"},
    "editor_b": set(),
    "reviewer_b": set(),
    "office": {"pending_office"},
    "manager": ALL,
}
TRANSITIONS = {
    "draft": {"editor_a": {"submit"}, "manager": {"submit"}},
    "pending_department": {
        "reviewer_a": {"approve", "reject"},
        "manager": {"approve", "reject"},
    },
    "pending_office": {
        "office": {"publish", "reject"},
        "manager": {"publish", "reject"},
    },
    "published": {"office": {"retire"}, "manager": {"retire"}},
    "retired": {},
}
CAN_ADD_ITEM_TO_DEPARTMENT_A = {"editor_a", "manager"}


def walk_to(item, state):
    with api.env.adopt_user(SITE_OWNER_NAME):
        for transition in PATH[state]:
            api.content.transition(obj=item, transition=transition, comment="测试")
    assert api.content.get_state(item) == state


def as_(who, check):
    """Run ``check`` with the security of ``who``."""
    if who == "anonymous":
        logout()
        return check()
    user = SITE_OWNER_NAME if who == "manager" else who
    with api.env.adopt_user(username=user):
        return check()


def allowed(permission, obj):
    return bool(getSecurityManager().checkPermission(permission, obj))


@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("who", WHO)
def test_view(people, item_a, state, who):
    walk_to(item_a, state)
    assert as_(who, lambda: allowed("View", item_a)) == (state in CAN_VIEW[who])


@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("who", WHO)
def test_edit(people, item_a, state, who):
    walk_to(item_a, state)
    can_edit = as_(who, lambda: allowed("Modify portal content", item_a))
    assert can_edit == (state in CAN_EDIT[who])


@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("who", WHO)
def test_transitions(people, item_a, state, who):
    walk_to(item_a, state)
    workflow = api.portal.get_tool("portal_workflow")
    available = as_(who, lambda: {t["id"] for t in workflow.getTransitionsFor(item_a)})
    assert available == TRANSITIONS[state].get(who, set())


# Who may add an item to each department; to B its own editor and the
# manager, nobody from A.
CAN_ADD_ITEM = {"a": CAN_ADD_ITEM_TO_DEPARTMENT_A, "b": {"editor_b", "manager"}}


@pytest.mark.parametrize("department_id", sorted(CAN_ADD_ITEM))
@pytest.mark.parametrize("who", WHO)
def test_add_item(people, departments, department_id, who):
    department = departments[department_id]
    can_add = as_(
        who,
        lambda: (
            allowed("putian.policy: Add ApprovalItem", department)
            and allowed("Add portal content", department)
        ),
    )
    assert can_add == (who in CAN_ADD_ITEM[department_id])


@pytest.mark.parametrize("who", WHO)
def test_add_a_blank_form_to_the_guide(people, item_a, who):
    # Files in a draft guide: its department's editor (any of them) and managers.
    guide = item_a.guide
    can_add = as_(
        who,
        lambda: (
            allowed("plone.app.contenttypes: Add File", guide)
            and allowed("Add portal content", guide)
        ),
    )
    assert can_add == (who in {"editor_a", "manager"})
