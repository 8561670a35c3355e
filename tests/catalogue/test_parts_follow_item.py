"""The guide, flow and review rules go through review with their item: each
step of the item over REST (``POST <item>/@workflow/<step>``) is taken by
the parts that stood in the item's state, as the people doing the steps
would; a part in step with its item offers no step of its own, one out of
step is left where it stands and catches up by its own steps, never past its
item (issue 13)."""

from plone import api
from plone.app.iterate.interfaces import ICheckinCheckoutPolicy
from plone.app.testing import SITE_OWNER_NAME
from putian.policy.audit.storage import audit_log
from tests.fixtures.catalogue import create_people
from tests.fixtures.catalogue import make_bare_item
from tests.fixtures.rest import workflow_step

import pytest
import requests
import transaction


JSON = {"Accept": "application/json"}
PASSWORD = "secret-pw-123"
PARTS = ("guide", "flow", "rules")
TEAM = {
    "editor_f": ("a", "DepartmentEditor"),
    "reviewer_f": ("a", "DepartmentReviewer"),
    "office_f": (None, "ReformOffice"),
}


@pytest.fixture
def team(site):
    """A's editor and reviewer, the reform office; item food complete."""
    create_people(site, TEAM, PASSWORD)
    transaction.commit()
    return site


def step(obj, transition, user, comment=None):
    paper = {"comment": comment} if comment else {}
    response = workflow_step(obj.absolute_url(), transition, (user, PASSWORD), **paper)
    assert response.status_code == 200, response.text
    return response.json()


def states(item, user):
    """The item's and its parts' review_state, as ``user`` GETs them."""
    found = {}
    for name in ("", *PARTS):
        url = item.absolute_url() + (f"/{name}" if name else "")
        response = requests.get(url, headers=JSON, auth=(user, PASSWORD), timeout=30)
        assert response.status_code == 200, response.text
        found[name or "item"] = response.json()["review_state"]
    return found


def all_in(state):
    return {"item": state, **dict.fromkeys(PARTS, state)}


def test_the_parts_follow_the_item_through_review(team):
    item = team.a.food
    assert states(item, "editor_f") == all_in("draft")
    step(item, "submit", "editor_f")
    assert states(item, "editor_f") == all_in("pending_department")
    step(item, "approve", "reviewer_f")
    assert states(item, "office_f") == all_in("pending_office")
    step(item, "publish", "office_f")
    # Published: the public reads the guide and the rules with the item.
    assert states(item, "office_f") == all_in("published")
    for name in PARTS:
        public = requests.get(f"{item.absolute_url()}/{name}", headers=JSON, timeout=30)
        assert public.status_code == 200, public.text
    step(item, "retire", "office_f")
    assert states(item, "office_f") == all_in("retired")


def test_the_parts_are_sent_back_with_the_item_and_its_reason(team):
    item = team.a.food
    step(item, "submit", "editor_f")
    step(item, "reject", "reviewer_f", comment="审查标准不全，请补充。")
    assert states(item, "editor_f") == all_in("draft")
    transaction.begin()
    tool = api.portal.get_tool("portal_workflow")
    for name in PARTS:
        last = tool.getStatusOf("putian_catalogue_workflow", item[name])
        assert last["action"] == "reject"
        assert last["actor"] == "reviewer_f"
        assert last["comments"] == "审查标准不全，请补充。"
    # The parts are editable again by the department, as the item is.
    with api.env.adopt_user(username="editor_f"):
        for name in PARTS:
            assert api.user.has_permission("Modify portal content", obj=item[name])


def test_each_part_step_is_in_the_audit_trail_under_the_user(team):
    item = team.a.food
    step(item, "submit", "editor_f")
    transaction.begin()
    for name in PARTS:
        (entry,) = audit_log().trail(api.content.get_uuid(item[name]))
        assert (entry.action, entry.actor) == ("submit", "editor_f")


def test_a_part_added_later_is_left_until_it_catches_up(team):
    item = team.a.food
    with api.env.adopt_user(SITE_OWNER_NAME):
        api.content.delete(obj=item["rules"])
    transaction.commit()
    step(item, "submit", "editor_f")
    transaction.begin()
    with api.env.adopt_user(SITE_OWNER_NAME):
        api.content.create(
            container=item, type="ReviewRules", id="rules", title="审查工作细则"
        )
    transaction.commit()
    assert states(item, "editor_f")["rules"] == "draft"
    # The item is not approved while its rules are a draft: the reviewer is
    # told which part holds it back, and where to take that part on.
    assert offered(item, "reviewer_f") == {"reject"}
    error = refused(item, "approve", "reviewer_f")["error"]
    assert error["code"] == "parts_behind"
    (finding,) = error["findings"]
    assert (finding["code"], finding["part"]) == ("part_behind", "rules")
    assert finding["edit_url"] == item.rules.absolute_url()
    assert finding["exemption"] is None
    assert "审查工作细则尚处于“草稿”状态" in finding["message"]
    # The department submits the new rules; in step again, they follow.
    step(item.rules, "submit", "editor_f")
    step(item, "approve", "reviewer_f")
    assert states(item, "office_f") == all_in("pending_office")


def test_an_item_is_not_published_while_a_part_stands_behind(team):
    """The reform office cannot publish an item whose new flow the department
    has not reviewed yet; no exemption lifts that, the flow catches up."""
    item = team.a.food
    step(item, "submit", "editor_f")
    step(item, "approve", "reviewer_f")
    transaction.begin()
    with api.env.adopt_user(SITE_OWNER_NAME):
        item.compliance_exemption = "改革办同意先行发布。"
        copy = api.content.copy(source=item.flow, target=item, id="new_flow")
        api.content.delete(obj=item.flow)
        api.content.rename(obj=copy, new_id="flow")
        api.content.transition(obj=item.flow, transition="submit")
    transaction.commit()
    assert "publish" not in offered(item, "office_f")
    error = refused(item, "publish", "office_f")["error"]
    assert error["code"] == "parts_behind"
    assert [f["part"] for f in error["findings"]] == ["flow"]
    assert "“待部门审核”" in error["findings"][0]["message"]
    step(item.flow, "approve", "reviewer_f")
    step(item, "publish", "office_f")
    assert states(item, "office_f") == all_in("published")


def test_a_working_copy_and_a_sub_item_keep_their_own_state(team):
    item = team.a.food
    step(item, "submit", "editor_f")
    step(item, "approve", "reviewer_f")
    step(item, "publish", "office_f")
    transaction.begin()
    with api.env.adopt_user(username="editor_f"):
        copy = ICheckinCheckoutPolicy(item.guide).checkout(item)
        sub = make_bare_item(item, "sub", "食品经营许可（变更）", "XK00012001")
    transaction.commit()
    step(item, "retire", "office_f")
    transaction.begin()
    assert api.content.get_state(item.guide) == "retired"
    assert api.content.get_state(copy) == "draft"
    assert api.content.get_state(sub) == "draft"


def offered(obj, user):
    """The steps REST offers ``user`` on ``obj``."""
    response = requests.get(
        f"{obj.absolute_url()}/@workflow",
        headers=JSON,
        auth=(user, PASSWORD),
        timeout=30,
    )
    assert response.status_code == 200, response.text
    return {entry["@id"].rsplit("/", 1)[-1] for entry in response.json()["transitions"]}


def refused(obj, transition, user):
    response = workflow_step(
        obj.absolute_url(), transition, (user, PASSWORD), comment="单独退回"
    )
    assert response.status_code == 400, response.text
    return response.json()


def test_a_part_in_step_offers_no_step_of_its_own(team):
    item = team.a.food
    assert offered(item, "editor_f") == {"submit"}
    for name in PARTS:
        assert offered(item[name], "editor_f") == set()
        (finding,) = refused(item[name], "submit", "editor_f")["error"]["findings"]
        assert finding["code"] == "moves_with_its_item"
        assert (
            "随所属事项“食品经营许可”一并流转，请对事项执行“提交部门审核”"
            in (finding["message"])
        )
    step(item, "submit", "editor_f")
    assert offered(item, "reviewer_f") == {"approve", "reject"}
    for name in PARTS:
        assert offered(item[name], "reviewer_f") == set()
        # A part is not sent back alone while its item goes on.
        refused(item[name], "reject", "reviewer_f")
    assert states(item, "editor_f") == all_in("pending_department")


def test_a_part_out_of_step_catches_up_by_itself_never_past_its_item(team):
    """A flow added anew to an item waiting for the reform office is a draft:
    the department submits and approves it on its own, then it moves with the
    item again."""
    item = team.a.food
    step(item, "submit", "editor_f")
    step(item, "approve", "reviewer_f")
    transaction.begin()
    with api.env.adopt_user(SITE_OWNER_NAME):
        # A copy starts as a draft; it replaces the flow in force.
        copy = api.content.copy(source=item.flow, target=item, id="new_flow")
        api.content.delete(obj=item.flow)
        api.content.rename(obj=copy, new_id="flow")
    transaction.commit()
    assert states(item, "editor_f")["flow"] == "draft"
    assert offered(item.flow, "editor_f") == {"submit"}
    step(item.flow, "submit", "editor_f")
    # The reviewer may send it back, or approve it up to its item's state.
    assert offered(item.flow, "reviewer_f") == {"approve", "reject"}
    step(item.flow, "approve", "reviewer_f")
    assert states(item, "office_f") == all_in("pending_office")
    # In step again: the reform office publishes the item, not the flow.
    assert offered(item.flow, "office_f") == set()
    step(item, "publish", "office_f")
    assert states(item, "office_f") == all_in("published")


def test_a_part_never_steps_ahead_of_its_item(team):
    item = team.a.food
    step(item, "submit", "editor_f")
    transaction.begin()
    with api.env.adopt_user(SITE_OWNER_NAME):
        api.content.delete(obj=item["rules"])
        rules = api.content.create(
            container=item, type="ReviewRules", id="rules", title="审查工作细则"
        )
        api.content.transition(obj=rules, transition="submit")
        # In step with its item now: no step of its own, not even a manager's.
        assert api.content.get_state(rules) == "pending_department"
        tool = api.portal.get_tool("portal_workflow")
        assert list(tool.getTransitionsFor(rules)) == []
    transaction.commit()
    refused(item.rules, "approve", "reviewer_f")


def test_a_part_out_of_step_stays_where_it_stands(team):
    """A flow added to a published item is a draft: retiring the item leaves
    it a draft (nothing is forced through review in someone else's name)."""
    item = team.a.food
    for transition, user in (
        ("submit", "editor_f"),
        ("approve", "reviewer_f"),
        ("publish", "office_f"),
    ):
        step(item, transition, user)
    transaction.begin()
    with api.env.adopt_user(SITE_OWNER_NAME):
        api.content.delete(obj=item["flow"])
        api.content.create(
            container=item, type="ApprovalFlow", id="flow", title="审批流程"
        )
    transaction.commit()
    step(item, "retire", "office_f")
    assert states(item, "office_f") == {**all_in("retired"), "flow": "draft"}
    transaction.begin()
    history = item.flow.workflow_history["putian_catalogue_workflow"]
    assert [entry["action"] for entry in history] == [None]
    # Out of step, the department may still submit it, towards its item.
    assert offered(item.flow, "editor_f") == {"submit"}
    assert offered(item.flow, "office_f") == set()
