"""putian_application_workflow through applications.handling: order,
authority, paperwork, deadlines, the decision and its certificate."""

from plone import api
from putian.policy.applications.certificates import certificate_of
from putian.policy.audit.storage import audit_log
from tests.fixtures.applications import act
from tests.fixtures.applications import CORRECTION
from tests.fixtures.applications import DENIAL
from tests.fixtures.applications import instant_case
from tests.fixtures.applications import SUSPENSION

import pytest


def trail_actions(case) -> list[str]:
    return [entry.action for entry in audit_log().trail(api.content.get_uuid(case))]


def test_a_submitted_case(case):
    assert api.content.get_state(case) == "submitted"
    assert case.receipt_number.startswith("003632104-")
    assert case.aq_parent.portal_type == "CaseFolder"
    assert [child.Title() for child in case.objectValues()] == ["食品经营许可申请书"]
    assert trail_actions(case) == ["apply"]


def test_the_whole_path_with_a_suspension(case):
    assert act("clerk_a", case, "accept").done
    assert case.accepted_on is not None
    assert case.committed_deadline is not None
    assert case.statutory_deadline > case.committed_deadline
    before = case.committed_deadline
    assert act("case_reviewer_a", case, "start_review").done
    assert act("case_reviewer_a", case, "suspend", **SUSPENSION).done
    assert api.content.get_state(case) == "suspended"
    assert case.suspensions[0]["kind"] == "inspection"
    assert act("case_reviewer_a", case, "resume").done
    # Resumed the same day: no day was suspended.
    assert case.committed_deadline == before
    assert act("decider_a", case, "approve", comment="符合条件").done
    certificate = certificate_of(case)
    assert certificate.holder == "林小梅"
    assert certificate.item_title == "食品经营许可证"
    assert certificate.number.startswith("003632104-")
    assert case.certificate_due is not None
    assert act("clerk_a", case, "deliver").done
    assert api.content.get_state(case) == "delivered"
    assert trail_actions(case) == [
        "apply",
        "accept",
        "start_review",
        "suspend",
        "resume",
        "approve",
        "deliver",
    ]


def test_out_of_order_is_refused_and_recorded(case):
    outcome = act("decider_a", case, "approve")
    assert not outcome.done
    assert api.content.get_state(case) == "submitted"
    assert outcome.findings[0].rule in ("R13", "R23")
    assert trail_actions(case) == ["apply", "refused"]
    entry = audit_log().trail(api.content.get_uuid(case))[-1]
    assert entry.after["transition"] == "approve"
    assert entry.actor == "decider_a"


@pytest.mark.parametrize(
    ("user", "transition"),
    [
        ("case_reviewer_a", "accept"),
        ("decider_a", "accept"),
        ("clerk_b", "accept"),
        ("supervisor", "accept"),
    ],
)
def test_only_the_departments_window_clerk_accepts(case, user, transition):
    outcome = act(user, case, transition)
    assert not outcome.done
    assert [finding.code for finding in outcome.findings] == ["case_not_authorized"]
    assert "窗口工作人员" in outcome.findings[0].message_zh
    assert trail_actions(case)[-1] == "refused"


def test_the_reviewer_and_decider_of_another_department_are_refused(case):
    act("clerk_a", case, "accept")
    act("case_reviewer_a", case, "start_review")
    assert not act("decider_b", case, "approve").done
    assert act("decider_a", case, "approve").done


def test_a_correction_needs_a_complete_notice_and_comes_back(case):
    refused = act("clerk_a", case, "request_correction", correction_items=[])
    assert not refused.done
    assert act("clerk_a", case, "request_correction", **CORRECTION).done
    assert api.content.get_state(case) == "correction"
    notice = case.correction_notices[0]
    assert notice["items"][0]["problem"] == "缺少法定代表人签字"


def test_reject_intake_needs_a_reason(case):
    assert not act("clerk_a", case, "reject_intake").done
    assert act("clerk_a", case, "reject_intake", reason="不属于本机关职权范围").done
    assert case.decision["reason"] == "不属于本机关职权范围"


def test_a_suspension_needs_its_paper(case):
    act("clerk_a", case, "accept")
    act("case_reviewer_a", case, "start_review")
    outcome = act("case_reviewer_a", case, "suspend", reason="核查")
    assert not outcome.done
    codes = {finding.code for finding in outcome.findings}
    assert {"suspension_kind_missing", "suspension_days_missing"} <= codes


def test_one_extension_of_ten_working_days(case):
    act("clerk_a", case, "accept")
    act("case_reviewer_a", case, "start_review")
    before = case.statutory_deadline
    assert not act("case_reviewer_a", case, "extend").done
    assert act("case_reviewer_a", case, "extend", reason="情况复杂需集体讨论").done
    assert case.statutory_deadline > before
    assert case.extension["days"] == 10
    again = act("case_reviewer_a", case, "extend", reason="再次延期")
    assert [f.code for f in again.findings] == ["case_extension_used"]


def test_a_denial_states_reasons_and_both_remedies(case):
    act("clerk_a", case, "accept")
    act("case_reviewer_a", case, "start_review")
    only_reconsideration = dict(DENIAL, litigation_notice="")
    assert not act("decider_a", case, "deny", **only_reconsideration).done
    assert act("decider_a", case, "deny", **DENIAL).done
    assert case.decision["litigation_notice"] == DENIAL["litigation_notice"]
    assert certificate_of(case) is None


def test_delivery_by_post_needs_a_tracking_number(case):
    act("clerk_a", case, "accept")
    act("case_reviewer_a", case, "start_review")
    act("decider_a", case, "approve")
    assert not act("clerk_a", case, "deliver", delivery_method="post").done
    assert act(
        "clerk_a", case, "deliver", delivery_method="post", tracking_number="SF1"
    ).done
    assert case.delivery_record["tracking_number"] == "SF1"


def test_an_instant_item_is_decided_at_once(item_a, case_workers):
    instant = instant_case(item_a)
    act("clerk_a", instant, "accept")
    assert not act("case_reviewer_a", instant, "start_review").done
    assert act("decider_a", instant, "approve").done
    assert certificate_of(instant) is not None


def test_a_normal_item_cannot_skip_review(case):
    act("clerk_a", case, "accept")
    assert not act("decider_a", case, "approve").done


def test_the_workflow_refuses_any_other_way_in(case):
    from Products.CMFCore.WorkflowCore import WorkflowException

    workflow = api.portal.get_tool("portal_workflow")
    with api.env.adopt_user(username="clerk_a"), pytest.raises(WorkflowException):
        workflow.doActionFor(case, "accept")
    assert api.content.get_state(case) == "submitted"


def test_the_public_never_sees_a_case(case):
    with api.env.adopt_roles(["Anonymous"]):
        assert not api.user.has_permission("View", obj=case)
        assert not api.user.has_permission("View", obj=case.aq_parent)
    with api.env.adopt_user(username="clerk_b"):
        assert not api.user.has_permission("View", obj=case)
    with api.env.adopt_user(username="clerk_a"):
        assert api.user.has_permission("View", obj=case)


def test_a_decider_revokes_a_certificate_with_a_reason(case):
    from putian.policy.applications.certificates import revoke_certificate
    from putian.policy.applications.certificates import verification

    act("clerk_a", case, "accept")
    act("case_reviewer_a", case, "start_review")
    act("decider_a", case, "approve")
    certificate = certificate_of(case)
    assert verification(certificate.number, "林小梅")["result"] == "valid"
    with api.env.adopt_user(username="clerk_a"):
        assert revoke_certificate(certificate, "以欺骗手段取得")[0].code == (
            "revocation_not_authorized"
        )
    with api.env.adopt_user(username="decider_a"):
        assert revoke_certificate(certificate, "")[0].code == (
            "revocation_reason_missing"
        )
        assert revoke_certificate(certificate, "以欺骗手段取得许可") == []
    assert verification(certificate.number, "林小梅")["result"] == "revoked"
    trail = audit_log().trail(api.content.get_uuid(certificate))
    assert [entry.action for entry in trail] == ["refused", "refused", "revoke"]
