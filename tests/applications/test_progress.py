"""The tracking page's progress bar (申请→受理→审查→决定→送达), the working
days used against the limit, and the rating offered once decided."""

from datetime import date
from plone import api
from putian.policy.applications import applicant
from putian.policy.applications import tracking
from putian.policy.applications.tracking import public_status
from putian.policy.applications.tracking import working_days
from tests.applications.test_case_pages_every_state import PATHS
from tests.applications.test_case_pages_every_state import take
from tests.fixtures.applications import act
from tests.fixtures.applications import SUSPENSION

import pytest
import re


# The stage each state is at, and how the five stages stand.
EXPECTED = {
    "submitted": ("accept", ["done", "current", "pending", "pending", "pending"]),
    "correction": ("accept", ["done", "waiting", "pending", "pending", "pending"]),
    "rejected_intake": (
        "accept",
        ["done", "ended", "not_reached", "not_reached", "not_reached"],
    ),
    "accepted": ("review", ["done", "done", "current", "pending", "pending"]),
    "in_review": ("review", ["done", "done", "current", "pending", "pending"]),
    "suspended": ("review", ["done", "done", "paused", "pending", "pending"]),
    "approved": ("deliver", ["done", "done", "done", "done", "current"]),
    "denied": ("decide", ["done", "done", "done", "ended", "not_reached"]),
    "delivered": ("deliver", ["done"] * 5),
    "withdrawn": (
        "accept",
        ["done", "ended", "not_reached", "not_reached", "not_reached"],
    ),
}


def track_page(portal, submitted, **form) -> str:
    request = portal.REQUEST
    request.other["method"] = "POST"
    request.form.clear()
    request.form.update(
        receipt=submitted.receipt_number, code=submitted.query_code, **form
    )
    return api.content.get_view("track", portal, request)()


def stages_on_page(html: str) -> list[tuple[str, str]]:
    return re.findall(r'data-stage="(\w+)"\s+data-status="(\w+)"', html)


@pytest.mark.parametrize("state", list(EXPECTED))
def test_each_state_on_the_progress_bar(portal, submitted, state):
    case = submitted.case
    for user, transition, paper in PATHS[state]:
        assert take(case, user, transition, paper).done
    assert api.content.get_state(case) == state
    current, statuses = EXPECTED[state]
    progress = public_status(case)["progress"]
    assert progress["current"] == current
    assert [stage["status"] for stage in progress["stages"]] == statuses
    assert [stage["title"] for stage in progress["stages"]] == [
        "申请",
        "受理",
        "审查",
        "决定",
        "送达",
    ]
    html = track_page(portal, submitted)
    assert stages_on_page(html) == list(
        zip(["apply", "accept", "review", "decide", "deliver"], statuses, strict=True)
    )
    assert html.count('aria-current="step"') == 1


def test_days_used_across_national_day(portal, submitted, monkeypatch):
    case = submitted.case
    act("clerk_a", case, "accept")
    # Accepted Tue 2026-09-29; on Fri 10-09: Wed 09-30, Thu 10-08, Fri 10-09.
    case.accepted_on = date(2026, 9, 29)
    days = working_days(case, on=date(2026, 10, 9))
    assert (days["used"], days["limit"], days["limit_kind"]) == (3, 10, "committed")
    assert days["running"]
    assert (days["over"], days["suspended"]) == (0, 0)
    monkeypatch.setattr(tracking, "today", lambda: date(2026, 10, 9))
    html = track_page(portal, submitted)
    assert "已用 3 个工作日 / 承诺时限 10 个工作日" in html
    assert 'aria-valuenow="3"' in html


def test_suspended_days_are_not_counted(portal, submitted, monkeypatch):
    case = submitted.case
    act("clerk_a", case, "accept")
    act("case_reviewer_a", case, "start_review")
    act("case_reviewer_a", case, "suspend", **SUSPENSION)
    case.accepted_on = date(2026, 11, 16)
    case.suspensions[-1]["started_on"] = date(2026, 11, 18)
    # Suspended since Wed 11-18: on Tue 11-24 only Tue 11-17 is used.
    days = working_days(case, on=date(2026, 11, 24))
    assert (days["used"], days["suspended"], days["paused"]) == (1, 5, True)
    monkeypatch.setattr(tracking, "today", lambda: date(2026, 11, 24))
    html = track_page(portal, submitted)
    assert "已用 1 个工作日 / 承诺时限 10 个工作日" in html
    assert "特殊环节 5 个工作日不计入" in html
    # Resumed on Mon 11-23: suspended Wed to Fri; Mon 23 and Tue 24 count.
    act("case_reviewer_a", case, "resume")
    case.suspensions[-1]["resumed_on"] = date(2026, 11, 23)
    days = working_days(case, on=date(2026, 11, 24))
    assert (days["used"], days["suspended"], days["paused"]) == (3, 3, False)


def test_the_clock_stops_at_the_decision(portal, submitted, monkeypatch):
    case = submitted.case
    act("clerk_a", case, "accept")
    act("case_reviewer_a", case, "start_review")
    act("decider_a", case, "approve")
    case.accepted_on = date(2026, 11, 16)
    case.decided_on = date(2026, 11, 19)
    days = working_days(case, on=date(2026, 12, 31))
    assert (days["used"], days["running"]) == (3, False)
    monkeypatch.setattr(tracking, "today", lambda: date(2026, 12, 31))
    assert "用时 3 个工作日 / 承诺时限 10 个工作日" in track_page(portal, submitted)


def test_late_cases_show_how_far_over(case):
    act("clerk_a", case, "accept")
    case.accepted_on = date(2026, 11, 2)
    days = working_days(case, on=date(2026, 11, 20))
    assert (days["used"], days["limit"], days["over"]) == (14, 10, 4)


def test_no_clock_before_acceptance(portal, submitted):
    assert public_status(submitted.case)["working_days"] is None
    assert 'id="working-days"' not in track_page(portal, submitted)


def test_the_statutory_limit_when_no_promise(case):
    act("clerk_a", case, "accept")
    case.committed_limit_days = None
    case.accepted_on = date(2026, 11, 16)
    days = working_days(case, on=date(2026, 11, 19))
    assert (days["used"], days["limit"], days["limit_kind"]) == (3, 20, "statutory")


def test_the_case_page_shows_the_bar_too(case):
    act("clerk_a", case, "accept")
    with api.env.adopt_user(username="clerk_a"):
        html = api.content.get_view("view", case, case.REQUEST)()
    assert 'id="progress-stages"' in html
    assert 'id="working-days"' in html


# -- rating -------------------------------------------------------------------


@pytest.mark.parametrize("state", ["accepted", "in_review", "suspended", "withdrawn"])
def test_no_rating_before_a_decision(portal, submitted, state):
    for user, transition, paper in PATHS[state]:
        assert take(submitted.case, user, transition, paper).done
    assert not public_status(submitted.case)["rating"]["allowed"]
    assert 'id="rate"' not in track_page(portal, submitted)


@pytest.mark.parametrize(
    "state", ["approved", "denied", "delivered", "rejected_intake"]
)
def test_rating_offered_once_decided_and_only_once(portal, submitted, state):
    case = submitted.case
    for user, transition, paper in PATHS[state]:
        assert take(case, user, transition, paper).done
    html = track_page(portal, submitted)
    assert 'id="rate"' in html
    assert 'id="rated"' not in html
    assert applicant.rate(case, "satisfied", "一次办好") == []
    html = track_page(portal, submitted)
    assert 'id="rate"' not in html
    assert 'id="rated"' in html
    assert [f.code for f in applicant.rate(case, "very_satisfied")] == [
        "rating_already_given"
    ]
    assert case.rating["level"] == "satisfied"


def test_an_approved_case_is_rated_before_and_not_again_after_delivery(
    portal, submitted
):
    case = submitted.case
    for user, transition, paper in PATHS["approved"]:
        assert take(case, user, transition, paper).done
    assert applicant.rate(case, "very_satisfied") == []
    act("clerk_a", case, "deliver")
    assert api.content.get_state(case) == "delivered"
    assert not public_status(case)["rating"]["allowed"]
    assert 'id="rate"' not in track_page(portal, submitted)
