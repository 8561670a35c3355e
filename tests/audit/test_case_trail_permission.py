"""A case's audit trail is open to exactly those who may view the case, in
every state of putian_application_workflow (issue 20: the reform office and
catalogue editors read trails of cases they could not open)."""

from plone import api
from putian.policy.rules.cases.workflow import CASE_STATES
from tests.applications.test_case_pages_every_state import case_in
from tests.applications.test_case_pages_every_state import PATHS
from tests.fixtures.catalogue import create_people

import pytest
import requests
import transaction


PASSWORD = "secret-pw-123"
# Beside the case workers of tests.fixtures.applications.
CATALOGUE_PEOPLE = {
    "office": (None, "ReformOffice"),
    "editor_a": ("a", "DepartmentEditor"),
    "reviewer_a": ("a", "DepartmentReviewer"),
}
MAY_READ = ("clerk_a", "case_reviewer_a", "decider_a", "supervisor")
MAY_NOT_READ = ("office", "editor_a", "reviewer_a", "clerk_b", "decider_b")


@pytest.fixture
def cases(case_site):
    create_people(case_site, CATALOGUE_PEOPLE, PASSWORD)
    transaction.commit()
    return {
        state: case_in(case_site, state, corrected_first=True)[0].case
        for state in PATHS
    }


def get(url, user):
    """200, or "refused": 401/403, or Plone's redirect to the login page."""
    response = requests.get(
        url, auth=(user, PASSWORD), allow_redirects=False, timeout=60
    )
    if response.status_code in (401, 403) or (
        response.status_code == 302 and "login" in response.headers["Location"]
    ):
        return "refused"
    return response.status_code


def test_every_state_is_covered():
    assert set(PATHS) == {state.token for state in CASE_STATES}


@pytest.mark.parametrize("state", list(PATHS))
def test_the_trail_follows_the_case(cases, state):
    case = cases[state]
    url = case.absolute_url()
    for user in MAY_READ + MAY_NOT_READ:
        case_status = get(url, user)
        trail_status = get(f"{url}/@@audit-trail", user)
        if user in MAY_READ:
            assert (case_status, trail_status) == (200, 200), user
        else:
            assert (case_status, trail_status) == ("refused", "refused"), user


def test_the_catalogue_trail_stays_open_to_its_department(cases, case_site):
    item = case_site.a.food
    for user in ("office", "editor_a", "reviewer_a"):
        assert get(f"{item.absolute_url()}/@@audit-trail", user) == 200, user


def test_whoever_queries_the_whole_trail_may_view_every_case(integration):
    """GET /putian/@audit shows every case's entries: only to roles that
    may view a case in every state (the workflow gives them View)."""
    portal = integration["portal"]
    querying = {
        role["name"]
        for role in portal.rolesOfPermission("putian.policy: Query audit trail")
        if role["selected"]
    }
    assert querying  # Supervisors, at least
    workflow = api.portal.get_tool("portal_workflow")["putian_application_workflow"]
    for state in CASE_STATES:
        viewing = set(workflow.states[state.token].permission_roles["View"])
        assert querying <= viewing, (state.token, querying - viewing)
