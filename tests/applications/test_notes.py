"""REST: a step's internal note stays with the staff; its message reaches the
applicant."""

from tests.fixtures.rest import PASSWORD
from tests.fixtures.rest import track
from tests.fixtures.rest import workflow_step

import requests


def step(case_url, user, transition, **body):
    return workflow_step(case_url, transition, (user, PASSWORD), **body)


def tracked(site, submitted):
    return track(site, submitted.receipt_number, submitted.query_code).json()


def test_a_note_and_a_message_through_rest(filed_case):
    site, submitted = filed_case
    url = submitted.case.absolute_url()
    accepted = step(
        url,
        "clerk_a",
        "accept",
        internal_note="申请人曾两次到窗口吵闹",
        message_to_applicant="已受理，审查结果将短信通知",
    )
    assert accepted.status_code == 200, accepted.text
    # The staff's answer has both.
    staff = accepted.json()["timeline"][-1]
    assert staff["internal_note"] == "申请人曾两次到窗口吵闹"
    assert staff["message_to_applicant"] == "已受理，审查结果将短信通知"
    # "comment" still works, and is internal.
    assert step(url, "case_reviewer_a", "start_review", comment="需核对原件").ok
    status = tracked(site, submitted)
    assert [step["message_to_applicant"] for step in status["timeline"]] == [
        "",
        "已受理，审查结果将短信通知",
        "",
    ]
    text = str(status)
    assert "吵闹" not in text
    assert "需核对原件" not in text
    assert all("internal_note" not in step for step in status["timeline"])


def test_the_tracking_page_labels_the_message(filed_case):
    site, submitted = filed_case
    url = submitted.case.absolute_url()
    step(
        url,
        "clerk_a",
        "accept",
        internal_note="内部：加急",
        message_to_applicant="请保持电话畅通",
    )
    page = requests.post(
        f"{site.absolute_url()}/@@track",
        data={"receipt": submitted.receipt_number, "code": submitted.query_code},
        timeout=30,
    ).text
    assert "部门说明" in page
    assert "请保持电话畅通" in page
    assert "内部：加急" not in page
    assert "内部备注" not in page
