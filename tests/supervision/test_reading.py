"""A supervisor reads the cases of every department and their audit trail,
never edits a case nor takes its steps; a department's case worker reads
only the cases of their own department (R20)."""

from plone import api
from plone.app.testing import SITE_OWNER_NAME
from putian.policy.audit.storage import audit_log
from tests.fixtures.applications import act
from tests.fixtures.applications import new_case
from tests.fixtures.catalogue import make_item

import pytest


@pytest.fixture
def cases(item_a, departments, case_workers):
    """A submitted case in department A and one in department B."""
    with api.env.adopt_user(SITE_OWNER_NAME):
        item_b = make_item(departments["b"], "permit", "建筑工程施工许可证核发")
        return {
            "a": new_case(item_a).case,
            "b": new_case(item_b).case,
        }


def may(user, permission, obj):
    with api.env.adopt_user(username=user):
        return api.user.has_permission(permission, obj=obj)


@pytest.mark.parametrize("department", ["a", "b"])
def test_a_supervisor_reads_a_case_of_each_department(cases, department):
    case = cases[department]
    for permission in (
        "View",
        "Access contents information",
        "putian.policy: View audit trail",
    ):
        assert may("supervisor", permission, case), permission


@pytest.mark.parametrize("department", ["a", "b"])
def test_a_supervisor_never_edits_a_case(cases, department):
    case = cases[department]
    for permission in ("Modify portal content", "Delete objects"):
        assert not may("supervisor", permission, case), permission


@pytest.mark.parametrize("transition", ["accept", "request_correction"])
def test_a_supervisor_takes_no_step_of_a_case(cases, transition):
    case = cases["a"]
    outcome = act("supervisor", case, transition)
    assert not outcome.done
    assert api.content.get_state(case) == "submitted"
    entry = audit_log().trail(api.content.get_uuid(case))[-1]
    assert (entry.action, entry.actor) == ("refused", "supervisor")


def test_a_supervisor_queries_the_whole_audit_log(cases):
    assert may("supervisor", "putian.policy: Query audit trail", api.portal.get())


def test_a_case_worker_reads_only_the_cases_of_their_department(cases):
    assert may("clerk_a", "View", cases["a"])
    assert not may("clerk_a", "View", cases["b"])
    assert not may("clerk_a", "putian.policy: View audit trail", cases["b"])
    assert may("clerk_b", "View", cases["b"])
    assert not may("clerk_b", "View", cases["a"])
    assert not may("clerk_b", "putian.policy: Query audit trail", api.portal.get())
