"""Every cell of the role × action matrix (matrix.py), through REST and the pages.

All cells share one site (matrix_site.MATRIX_TESTING: built once, the
objects of every action already in the state the action needs); each test
tries one action as one person and the test's own DemoStorage is dropped
after it, so a cell that writes leaves nothing for the next.  An allowed
cell must be done (read back); a refused cell must answer exactly the
table's refusal and leave the object as it was (read back).
"""

from collections.abc import Callable
from dataclasses import dataclass
from plone import api
from plone.protect.authenticator import createToken
from putian.policy.applications.certificates import certificate_of
from putian.policy.workcalendar.storage import overrides_in
from pytest_plone import fixtures_factory
from tests.fixtures.applications import CORRECTION
from tests.fixtures.applications import DENIAL
from tests.fixtures.applications import SUSPENSION
from tests.fixtures.catalogue import LEGAL_BASIS
from tests.hardening.matrix import cells
from tests.hardening.matrix import F
from tests.hardening.matrix import N
from tests.hardening.matrix import ROLES
from tests.hardening.matrix import U
from tests.hardening.matrix import Y
from tests.hardening.matrix_site import CATALOGUE_ITEMS
from tests.hardening.matrix_site import COLUMNS
from tests.hardening.matrix_site import MATRIX_TESTING
from tests.hardening.matrix_site import PASSWORD
from typing import Any

import pytest
import requests
import transaction


globals().update(fixtures_factory(((MATRIX_TESTING, "matrix_layer"),)))

ACCEPT_JSON = {"Accept": "application/json"}
TIMEOUT = 60
CASE_WORKFLOW = "putian_application_workflow"
CATALOGUE_WORKFLOW = "putian_catalogue_workflow"

NEW_ITEM = {
    "@type": "ApprovalItem",
    "id": "new-item",
    "title": "食品生产许可",
    "category": "XK",
    "base_code": "XK00013000",
    "legal_basis": LEGAL_BASIS,
    "trips": "1",
    "online_depth": "4",
    "statutory_limit_days": 20,
    "committed_limit_days": 10,
}
CALENDAR_2027 = {
    "year": 2027,
    "holidays": [{"date": "2027-03-01", "name": "测试假日"}],
}
EXTENSION = {"reason": "案情复杂，需延长审查期限", "extension_days": 5}
REJECTION = {"reason": "不属于本机关职权范围"}
NEW_TITLE = "改过的标题"


@dataclass(frozen=True)
class Place:
    """The shared site as one test sees it."""

    portal: Any
    case_paths: dict

    def item(self, state):
        return self.portal.a[CATALOGUE_ITEMS[state][0]]

    def case(self, state):
        return self.portal.unrestrictedTraverse(self.case_paths[state])


@pytest.fixture
def place(matrix_layer):
    return Place(matrix_layer["portal"], matrix_layer["case_paths"])


def test_every_column_is_a_person():
    assert set(COLUMNS) == set(ROLES) - {"anonymous"}


def auth(role):
    return None if role == "anonymous" else (role, PASSWORD)


def token(role) -> str:
    """The plone.protect token the person's own form would carry."""
    if role == "anonymous":
        with api.env.adopt_roles(["Anonymous"]):
            return createToken()
    with api.env.adopt_user(username=role):
        return createToken()


def fresh(obj):
    """Read what the server committed."""
    transaction.begin()
    return obj


# --- The objects the actions act on -------------------------------------------


def item_in(state):
    return lambda place: place.item(state)


def case_in(state):
    return lambda place: place.case(state)


def certificate(place):
    return certificate_of(place.case("approved"))


def the_site(place):
    return place.portal


def department_a(place):
    return place.portal.a


# --- What a refused attempt must leave as it was ------------------------------


def workflow_of(workflow_id):
    def probe(obj):
        return (
            api.content.get_state(obj),
            len(obj.workflow_history.get(workflow_id, ())),
        )

    return probe


def title_of(obj):
    return obj.title


def contents_of(obj):
    return sorted(obj.objectIds())


def certificate_status(obj):
    return obj.status


def calendar_2027(site):
    return overrides_in(2027, site)


# --- The requests -------------------------------------------------------------


def rest_get(suffix=""):
    def send(target, role):
        return requests.get(
            f"{target.absolute_url()}{suffix}",
            headers=ACCEPT_JSON,
            auth=auth(role),
            timeout=TIMEOUT,
        )

    return send


def rest_send(method, suffix, body):
    def send(target, role):
        return requests.request(
            method,
            f"{target.absolute_url()}{suffix}",
            json=body,
            headers=ACCEPT_JSON,
            auth=auth(role),
            timeout=TIMEOUT,
        )

    return send


def page_get(suffix=""):
    def send(target, role):
        return requests.get(
            f"{target.absolute_url()}{suffix}",
            auth=auth(role),
            allow_redirects=False,
            timeout=TIMEOUT,
        )

    return send


def page_post(suffix, form):
    """The page's form as the person's browser posts it, with their token."""

    def send(target, role):
        return requests.post(
            f"{target.absolute_url()}{suffix}",
            data={**form, "_authenticator": token(role)},
            auth=auth(role),
            allow_redirects=False,
            timeout=TIMEOUT,
        )

    return send


def case_action_form(transition, paper):
    form = {"form.submitted": "1", "transition": transition}
    for key, value in paper.items():
        if key == "correction_items":
            for name in ("material", "problem", "how_to_fix"):
                form[name] = [row[name] for row in value]
        else:
            form[key] = str(value)
    return page_post("/@@case-action", form)


# --- The actions --------------------------------------------------------------


@dataclass(frozen=True)
class Action:
    """One row of the table: how to try it and how to tell it was done."""

    target: Callable[[Place], Any]  # the object acted on
    rest: Callable | None = None  # (object, role) -> response
    page: Callable | None = None  # (object, role) -> response
    probe: Callable | None = None  # what a refusal leaves as it was
    done: Callable | None = None  # the object -> whether the action was done
    code: str | None = None  # the error code of a 400 cell
    # Where a refused page sends an N cell: the login form, the case (with
    # the refusal shown) or, Plone's state menu, back to the object as it was.
    page_refused_to: str = "login"


def in_state(state):
    return lambda obj: api.content.get_state(fresh(obj)) == state


def catalogue_step(state, transition, new_state):
    return Action(
        target=item_in(state),
        rest=rest_send("POST", f"/@workflow/{transition}", {"comment": "测试"}),
        # The toolbar's state menu.
        page=page_post(
            "/content_status_modify",
            {"workflow_action": transition, "comment": "测试"},
        ),
        probe=workflow_of(CATALOGUE_WORKFLOW),
        done=in_state(new_state),
        code="transition_not_offered",
        page_refused_to="object",
    )


def edit(state):
    return Action(
        target=item_in(state),
        rest=rest_send("PATCH", "", {"title": NEW_TITLE}),
        page=page_get("/edit"),
        probe=title_of,
        done=lambda obj: fresh(obj).title == NEW_TITLE,
    )


def case_step(state, transition, new_state, paper=None):
    paper = paper or {}
    return Action(
        target=case_in(state),
        rest=rest_send("POST", f"/@workflow/{transition}", paper),
        page=case_action_form(transition, paper),
        probe=workflow_of(CASE_WORKFLOW),
        done=in_state(new_state),
        code="case_not_authorized",
        page_refused_to="case",
    )


def _extended(case):
    return "extend" in [
        entry.get("action")
        for entry in fresh(case).workflow_history.get(CASE_WORKFLOW, ())
    ]


ACTIONS = {
    "read_draft": Action(item_in("draft"), rest_get(), page_get()),
    "edit_draft": edit("draft"),
    "edit_pending_department": edit("pending_department"),
    "edit_pending_office": edit("pending_office"),
    "edit_published": edit("published"),
    "create_item": Action(
        department_a,
        rest=rest_send("POST", "", NEW_ITEM),
        page=page_get("/++add++ApprovalItem"),
        probe=contents_of,
        done=lambda obj: "new-item" in fresh(obj).objectIds(),
    ),
    "submit": catalogue_step("draft", "submit", "pending_department"),
    "approve": catalogue_step("pending_department", "approve", "pending_office"),
    "send_back_department": catalogue_step("pending_department", "reject", "draft"),
    "publish": catalogue_step("pending_office", "publish", "published"),
    "send_back_office": catalogue_step("pending_office", "reject", "draft"),
    "retire": catalogue_step("published", "retire", "retired"),
    "read_compliance": Action(item_in("draft"), rest_get("/@compliance")),
    "read_compliance_report": Action(
        department_a,
        rest=lambda obj, role: rest_get("/@compliance?department=a")(
            obj.aq_parent, role
        ),
        page=page_get("/@@compliance-report"),
    ),
    "read_item_trail": Action(item_in("draft"), page=page_get("/@@audit-trail")),
    "read_case": Action(case_in("submitted"), rest_get(), page_get()),
    "read_case_trail": Action(case_in("submitted"), page=page_get("/@@audit-trail")),
    "accept": case_step("submitted", "accept", "accepted"),
    "request_correction": case_step(
        "submitted", "request_correction", "correction", CORRECTION
    ),
    "reject_intake": case_step(
        "submitted", "reject_intake", "rejected_intake", REJECTION
    ),
    "start_review": case_step("accepted", "start_review", "in_review"),
    "suspend": case_step("in_review", "suspend", "suspended", SUSPENSION),
    "resume": case_step("suspended", "resume", "in_review"),
    "extend": Action(
        **{
            **case_step("in_review", "extend", "in_review", EXTENSION).__dict__,
            "done": _extended,
        }
    ),
    "approve_case": case_step("in_review", "approve", "approved"),
    "deny": case_step("in_review", "deny", "denied", DENIAL),
    "deliver": case_step("approved", "deliver", "delivered"),
    "withdraw": case_step("submitted", "withdraw", "withdrawn"),
    "resubmit": case_step("correction", "resubmit", "submitted"),
    "revoke": Action(
        certificate,
        rest=rest_send("POST", "/@revoke", {"reason": "证照信息有误"}),
        page=page_post(
            "/@@revoke-certificate",
            {"reason": "证照信息有误", "form.buttons.confirm": "1"},
        ),
        probe=certificate_status,
        done=lambda obj: fresh(obj).status == "revoked",
        code="revocation_not_authorized",
        page_refused_to="case",
    ),
    "read_audit_log": Action(the_site, rest_get("/@audit")),
    "change_calendar": Action(
        the_site,
        rest=rest_send("PATCH", "/@calendar", CALENDAR_2027),
        page=page_post(
            "/@@putian-calendar",
            {
                "day": "2027-03-01",
                "kind": "holiday",
                "name": "测试假日",
                "form.buttons.save_day": "1",
            },
        ),
        probe=calendar_2027,
        done=lambda site: bool(calendar_2027(fresh(site))),
    ),
}


def test_every_row_of_the_table_is_an_action():
    assert {action for action, _role, _expected in cells()} == set(ACTIONS)


def _cells(kind):
    return [
        pytest.param(action, role, expected, id=f"{action}-{role}")
        for action, role, expected in cells()
        if getattr(ACTIONS[action], kind) is not None
    ]


def _quoted(response):
    return (response.status_code, response.headers.get("Location"), response.text[:500])


# --- The cells ----------------------------------------------------------------


@pytest.mark.parametrize(("action", "role", "expected"), _cells("rest"))
def test_rest(place, action, role, expected):
    spec = ACTIONS[action]
    target = spec.target(place)
    before = spec.probe(target) if spec.probe else None
    response = spec.rest(target, role)
    if expected == Y:
        assert response.status_code in (200, 201, 204), _quoted(response)
        if spec.done is not None:
            assert spec.done(target), _quoted(response)
        else:
            assert response.json(), _quoted(response)
        return
    assert response.status_code == expected, _quoted(response)
    if expected == N:
        assert response.json()["error"]["code"] == spec.code, _quoted(response)
    if spec.probe is not None:
        assert spec.probe(fresh(target)) == before


def _is_login(response):
    return response.status_code == 302 and "/require_login" in response.headers.get(
        "Location", ""
    )


@pytest.mark.parametrize(("action", "role", "expected"), _cells("page"))
def test_page(place, action, role, expected):
    spec = ACTIONS[action]
    target = spec.target(place)
    before = spec.probe(target) if spec.probe else None
    response = spec.page(target, role)
    if expected == Y:
        if spec.done is not None and response.request.method == "POST":
            assert response.status_code == 302, _quoted(response)
            assert "/require_login" not in response.headers["Location"]
            assert spec.done(target), _quoted(response)
        else:
            assert response.status_code == 200, _quoted(response)
        return
    if expected in (U, F) or spec.page_refused_to == "login":
        assert _is_login(response), _quoted(response)
    elif spec.page_refused_to == "object" and role == "anonymous":
        # No page gives a visitor a token the state menu takes.
        assert response.status_code == 403, _quoted(response)
    elif spec.page_refused_to == "object":
        assert response.status_code == 302, _quoted(response)
        assert response.headers["Location"].startswith(target.absolute_url())
        assert "/require_login" not in response.headers["Location"]
    elif action == "revoke":
        # The revoke form returns to the case, with the refusal shown.
        assert response.status_code == 302, _quoted(response)
        assert response.headers["Location"] == target.aq_parent.absolute_url()
    else:
        # The case's action page answers 400 with the reason.
        assert response.status_code == 400, _quoted(response)
        assert "您无权对本办件执行" in response.text
    if spec.probe is not None:
        assert spec.probe(fresh(target)) == before
