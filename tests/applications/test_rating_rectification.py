"""R21 over REST: a rating keeps its channel; the department's window clerk
records a rating given off line; a bad rating opens a rectification whose
visit, response and the applicant's view are recorded in order."""

from putian.policy.applications.rating import rectification
from putian.policy.rules.calendar.clock import today
from putian.policy.rules.supervision.rectification import rectification_deadlines
from putian.policy.workcalendar.storage import working_calendar
from tests.fixtures.rest import apply
from tests.fixtures.rest import JSON
from tests.fixtures.rest import PASSWORD
from tests.fixtures.rest import track
from tests.fixtures.rest import workflow_step

import pytest
import requests
import transaction


def step(url, user, transition, **paper):
    return workflow_step(url, transition, (user, PASSWORD), **paper)


def rating(url, user, **body):
    return requests.post(
        f"{url}/@rating", json=body, headers=JSON, auth=(user, PASSWORD), timeout=60
    )


def read(url, user="clerk_a"):
    return requests.get(
        f"{url}/@rating", headers=JSON, auth=(user, PASSWORD), timeout=60
    )


def codes(response):
    return [entry["code"] for entry in response.json()["error"]["findings"]]


@pytest.fixture
def decided(case_site):
    response = apply(case_site)
    assert response.status_code == 201, response.text
    body = response.json()
    url = f"{case_site.absolute_url()}/a/cases/{body['receipt_number'].lower()}"
    assert step(url, "clerk_a", "accept", comment="予以受理").status_code == 200
    assert step(url, "case_reviewer_a", "start_review").status_code == 200
    assert step(url, "decider_a", "approve").status_code == 200
    return case_site, body["receipt_number"], body["query_code"], url


def case_of(site, receipt):
    transaction.begin()
    return site.a.cases[receipt.lower()]


def test_an_online_rating_is_kept_as_web_and_a_good_one_opens_nothing(decided):
    site, receipt, code, url = decided
    rated = track(site, receipt, code, action="rate", level="satisfied")
    assert rated.status_code == 200, rated.text
    body = read(url).json()
    assert body["rating"]["channel"] == "web"
    assert body["rating"]["level"] == "satisfied"
    assert body["rectification"] is None


def test_the_clerk_records_a_window_rating_and_the_rectification(decided):
    site, receipt, code, url = decided
    # Another department's clerk may not; nor the case's own reviewer.
    assert rating(url, "clerk_b", action="rate", level="dissatisfied").status_code in (
        400,
        401,
        403,
    )
    refused = rating(
        url, "case_reviewer_a", action="rate", level="dissatisfied", channel="window"
    )
    assert refused.status_code == 400
    assert codes(refused) == ["rating_not_authorized"]
    # The clerk records only an off-line channel.
    online = rating(url, "clerk_a", action="rate", level="dissatisfied", channel="web")
    assert codes(online) == ["rating_channel_unknown"]

    given = rating(
        url,
        "clerk_a",
        action="rate",
        level="very_dissatisfied",
        channel="phone_12345",
        comment="等候时间太长",
    )
    assert given.status_code == 200, given.text
    body = given.json()
    assert body["rating"]["channel"] == "phone_12345"
    deadlines = rectification_deadlines(working_calendar(site), today())
    assert body["rectification"]["visit_due"] == deadlines.visit_due.isoformat()
    assert body["rectification"]["due"] == deadlines.rectification_due.isoformat()
    # The applicant cannot rate again online.
    again = track(site, receipt, code, action="rate", level="satisfied")
    assert codes(again) == ["rating_already_given"]

    # In order: the visit, the response, then the applicant's view.
    early = track(site, receipt, code, action="rectification_view", comment="满意")
    assert codes(early) == ["rectification_step_early"]
    assert codes(rating(url, "clerk_a", action="response", text="已整改")) == [
        "rectification_step_early"
    ]
    assert codes(rating(url, "clerk_a", action="visit", text="")) == [
        "rectification_text_missing"
    ]
    assert rating(url, "clerk_a", action="visit", text="已电话回访").status_code == 200
    assert codes(rating(url, "clerk_a", action="visit", text="再次回访")) == [
        "rectification_step_recorded"
    ]
    done = rating(url, "clerk_a", action="response", text="增开窗口，缩短等候")
    assert done.json()["rectification"]["response_on"] == today().isoformat()
    shown = track(site, receipt, code).json()
    assert shown["rating"]["given"]["channel"] == "phone_12345"
    assert shown["rectification"]["response"] == "增开窗口，缩短等候"
    assert shown["rectification"]["view_allowed"] is True
    view = track(site, receipt, code, action="rectification_view", comment="认可")
    assert view.status_code == 200, view.text
    assert view.json()["rectification"]["view_allowed"] is False
    final = read(url).json()["rectification"]
    assert final["visit"] == "已电话回访"
    assert final["response"] == "增开窗口，缩短等候"
    assert final["applicant_view"] == "认可"

    case = case_of(site, receipt)
    assert rectification(case)["response_on"] == today()
    brain = site.portal_catalog.unrestrictedSearchResults(UID=case.UID())[0]
    assert brain.supervision_facts["rectification_due"] == deadlines.rectification_due
    assert brain.supervision_facts["rectified_on"] == today()


def test_an_unknown_action_is_refused(decided):
    _site, _receipt, _code, url = decided
    assert rating(url, "clerk_a", action="delete").status_code == 400
