"""R21: a bad rating's rectification not done by its deadline is a
supervision line of the case's department, from the catalog's facts."""

from datetime import timedelta
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from putian.policy.applications.rating import record_rectification_step
from putian.policy.applications.rating import record_staff_rating
from putian.policy.applications.rating import rectification
from putian.policy.supervision.filters import LineFilters
from putian.policy.supervision.report import supervision_report
from tests.fixtures.applications import act
from tests.fixtures.applications import new_case

import pytest


KIND = "rectification_overdue"


@pytest.fixture
def badly_rated(case_site):
    with api.env.adopt_user(SITE_OWNER_NAME):
        case = new_case(case_site.a.food).case
    act("clerk_a", case, "accept")
    act("case_reviewer_a", case, "start_review")
    act("decider_a", case, "approve")
    with api.env.adopt_user("clerk_a"):
        assert record_staff_rating(case, "very_dissatisfied", "", "terminal") == []
    return case


def lines_on(day):
    with api.env.adopt_user(SITE_OWNER_NAME):
        report = supervision_report(LineFilters(None, kind=KIND), day)
    return [(line.kind, line.receipt_number, line.light) for line in report.lines]


def test_overdue_from_the_day_after_its_deadline(badly_rated):
    due = rectification(badly_rated)["due"]
    assert lines_on(due) == []
    assert lines_on(due + timedelta(days=1)) == [
        (KIND, badly_rated.receipt_number, "red")
    ]


def test_rectified_in_time_makes_no_line(badly_rated):
    due = rectification(badly_rated)["due"]
    with api.env.adopt_user("clerk_a"):
        assert record_rectification_step(badly_rated, "visit", "已回访") == []
        assert record_rectification_step(badly_rated, "response", "已整改") == []
    assert lines_on(due + timedelta(days=30)) == []
