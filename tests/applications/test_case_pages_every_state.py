"""The case page (the clerk) and the tracking page (the applicant) answer in
every state of putian_application_workflow, with and without a correction
notice behind the case (issue 20: a notice made both pages answer 500)."""

from plone import api
from plone.app.testing import SITE_OWNER_NAME
from putian.policy.applications import applicant
from putian.policy.applications.intake import Upload
from putian.policy.applications.tracking import public_status
from tests.fixtures.applications import act
from tests.fixtures.applications import CORRECTION
from tests.fixtures.applications import DENIAL
from tests.fixtures.applications import new_case
from tests.fixtures.applications import PDF
from tests.fixtures.applications import SUSPENSION

import pytest
import requests
import transaction


NOTICE_PROBLEM = CORRECTION["correction_items"][0]["problem"]
REJECTION = "不属于本机关职权范围"

# (user, transition, paper) from submitted to each state; "applicant" acts
# through the applicant's own functions.
DECIDE = [
    ("clerk_a", "accept", {}),
    ("case_reviewer_a", "start_review", {}),
]
PATHS = {
    "submitted": [],
    "correction": [("clerk_a", "request_correction", CORRECTION)],
    "rejected_intake": [
        ("clerk_a", "reject_intake", {"reason": "不属于本机关职权范围"})
    ],
    "accepted": DECIDE[:1],
    "in_review": DECIDE,
    "suspended": [*DECIDE, ("case_reviewer_a", "suspend", SUSPENSION)],
    "approved": [*DECIDE, ("decider_a", "approve", {})],
    "denied": [*DECIDE, ("decider_a", "deny", DENIAL)],
    "delivered": [*DECIDE, ("decider_a", "approve", {}), ("clerk_a", "deliver", {})],
    "withdrawn": [("applicant", "withdraw", {})],
}
CORRECTED_FIRST = [
    ("clerk_a", "request_correction", CORRECTION),
    ("applicant", "resubmit", {}),
]


def take(case, user, transition, paper):
    if user != "applicant":
        return act(user, case, transition, **paper)
    if transition == "withdraw":
        return applicant.withdraw(case, "不再需要")
    return applicant.resubmit(case, [Upload("material_1", "签字版.pdf", PDF)])


def case_in(site, state, corrected_first):
    with api.env.adopt_user(SITE_OWNER_NAME):
        submitted = new_case(site.a.food)
    case = submitted.case
    steps = PATHS[state]
    if corrected_first and state != "correction":
        steps = CORRECTED_FIRST + steps
    for user, transition, paper in steps:
        outcome = take(case, user, transition, paper)
        assert outcome.done, (transition, outcome.findings)
    assert api.content.get_state(case) == state
    status = public_status(case)
    transaction.commit()
    return submitted, status


STATES = [
    pytest.param(state, corrected, id=f"{state}{'-after-correction' * corrected}")
    for state in PATHS
    for corrected in (False, True)
    if not (state == "correction" and corrected)
]


@pytest.mark.parametrize(("state", "corrected_first"), STATES)
def test_case_page_and_tracking_page(case_site, state, corrected_first):
    submitted, status = case_in(case_site, state, corrected_first)
    has_notice = corrected_first or state == "correction"
    assert bool(status["correction_notices"]) == has_notice

    case_page = requests.get(
        submitted.case.absolute_url(), auth=("clerk_a", "secret-pw-123"), timeout=60
    )
    assert case_page.status_code == 200, case_page.text[-2000:]
    assert 'id="case-state"' in case_page.text
    assert f'data-state="{state}"' in case_page.text
    assert status["state_title"] in case_page.text
    assert (NOTICE_PROBLEM in case_page.text) == has_notice

    # The applicant looks the case up as the browser sends the form: a POST.
    tracking_page = requests.post(
        f"{case_site.absolute_url()}/@@track",
        data={"receipt": submitted.receipt_number, "code": submitted.query_code},
        timeout=60,
    )
    assert tracking_page.status_code == 200, tracking_page.text[-2000:]
    assert f'data-state="{state}"' in tracking_page.text
    assert status["state_title"] in tracking_page.text
    assert (NOTICE_PROBLEM in tracking_page.text) == has_notice
    assert submitted.case.applicant_name not in tracking_page.text
