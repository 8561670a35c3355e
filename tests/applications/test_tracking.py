"""What the applicant sees and does with a receipt number and query code."""

from plone import api
from putian.policy.applications import applicant
from putian.policy.applications.intake import Upload
from putian.policy.applications.tracking import find_case
from putian.policy.applications.tracking import public_status
from putian.policy.audit.storage import audit_log
from tests.fixtures.applications import act
from tests.fixtures.applications import CORRECTION
from tests.fixtures.applications import DENIAL
from tests.fixtures.applications import PDF
from tests.fixtures.applications import RESIDENT_ID
from tests.fixtures.applications import SUSPENSION


def test_found_by_receipt_and_code_as_typed(submitted):
    code = submitted.query_code
    typed = f" {submitted.receipt_number.lower()} "
    assert find_case(typed, f"{code[:4]}-{code[4:].lower()}") == submitted.case


def test_a_wrong_code_looks_like_an_unknown_receipt(submitted):
    assert find_case(submitted.receipt_number, "ABCDEFGH") is None
    assert find_case("ZZZZ-20261127-0001", submitted.query_code) is None
    assert find_case("", "") is None
    assert find_case("not a receipt", None) is None


def test_the_status_never_shows_id_number_phone_or_address(submitted):
    case = submitted.case
    case.postal_address = "莆田市城厢区东岩路1号"
    text = str(public_status(case))
    for secret in (RESIDENT_ID, "13905940000", "东岩路", "lin@example.cn", "林小梅"):
        assert secret not in text
    assert public_status(case)["applicant"] == "林**"


def test_the_timeline_and_what_to_do_next(case):
    act(
        "clerk_a",
        case,
        "accept",
        internal_note="材料齐全，申请人态度急躁",
        message_to_applicant="已受理，请留意短信通知",
    )
    status = public_status(case)
    assert status["state"] == "accepted"
    assert status["state_title"] == "已受理"
    assert [step["action"] for step in status["timeline"]] == [None, "accept"]
    assert status["timeline"][-1]["message_to_applicant"] == "已受理，请留意短信通知"
    assert "受理" in status["next_step"]
    assert status["deadlines"]["committed"] == case.committed_deadline.isoformat()
    assert status["deadlines"]["traffic_light"] == "green"


def test_correction_notice_shown_and_resubmission(case):
    act("clerk_a", case, "request_correction", **CORRECTION)
    status = public_status(case)
    assert status["correction_notices"][0]["items"][0]["how_to_fix"]
    refused = applicant.resubmit(case, [])
    assert not refused.done
    wrong = applicant.resubmit(case, [Upload("material_1", "a.pdf", b"GIF89a")])
    assert [f.code for f in wrong.findings] == ["upload_type_not_allowed"]
    done = applicant.resubmit(case, [Upload("material_1", "签字版.pdf", PDF)])
    assert done.done
    assert api.content.get_state(case) == "submitted"
    assert "（补正1）" in case.objectValues()[-1].Title()
    assert case.correction_notices[0]["resubmitted_on"] is not None


def test_a_denial_shows_reasons_and_both_remedies(case):
    act("clerk_a", case, "accept")
    act("case_reviewer_a", case, "start_review")
    act("decider_a", case, "deny", **DENIAL)
    decision = public_status(case)["decision"]
    assert decision["reason"] == DENIAL["reason"]
    assert "六十日" in decision["reconsideration_notice"]
    assert "六个月" in decision["litigation_notice"]


def test_withdraw_before_decision_only(case):
    assert applicant.withdraw(case, "不再需要").done
    assert api.content.get_state(case) == "withdrawn"


def test_the_applicant_cannot_withdraw_a_decided_case(case):
    act("clerk_a", case, "accept")
    act("case_reviewer_a", case, "start_review")
    act("decider_a", case, "approve")
    assert not applicant.withdraw(case).done


def test_staff_cannot_act_for_the_applicant(case):
    assert not act("clerk_a", case, "withdraw").done


def test_one_rating_after_completion(case):
    assert applicant.rate(case, "satisfied")[0].code == "rating_case_not_completed"
    act("clerk_a", case, "reject_intake", reason="不属于本机关职权范围")
    assert public_status(case)["rating"]["allowed"]
    assert applicant.rate(case, "very_satisfied", "一次办好") == []
    assert case.rating["level"] == "very_satisfied"
    again = applicant.rate(case, "dissatisfied")
    assert [f.code for f in again] == ["rating_already_given"]
    assert public_status(case)["rating"]["given"]["level"] == "very_satisfied"


def test_an_unknown_rating_level(case):
    act("clerk_a", case, "reject_intake", reason="不属于本机关职权范围")
    assert [f.code for f in applicant.rate(case, "meh")] == ["rating_level_unknown"]


def test_the_applicant_never_sees_an_internal_note(case):
    act("clerk_a", case, "accept", internal_note="材料齐全，申请人态度急躁")
    # Through the former name of the field, too.
    act("case_reviewer_a", case, "start_review", comment="疑似重复申报")
    act("case_reviewer_a", case, "suspend", comment="等待现场核查", **SUSPENSION)
    text = str(public_status(case))
    for note in ("态度急躁", "疑似重复申报", "等待现场核查"):
        assert note not in text
    staff = public_status(case, for_staff=True)["timeline"]
    assert [step["internal_note"] for step in staff[1:]] == [
        "材料齐全，申请人态度急躁",
        "疑似重复申报",
        "等待现场核查",
    ]
    assert [step["message_to_applicant"] for step in staff] == [""] * 4


def test_the_decision_keeps_its_internal_note_from_the_applicant(case):
    act("clerk_a", case, "accept")
    act("case_reviewer_a", case, "start_review")
    act("decider_a", case, "deny", internal_note="局务会意见分歧", **DENIAL)
    assert "局务会意见分歧" not in str(public_status(case))
    staff = public_status(case, for_staff=True)
    assert staff["decision"]["comment"] == "局务会意见分歧"


def test_a_note_and_a_message_go_to_their_places(case):
    act(
        "clerk_a",
        case,
        "accept",
        internal_note="核对原件",
        comment="窗口二号",
        message_to_applicant="请带原件到窗口",
    )
    entry = case.workflow_history["putian_application_workflow"][-1]
    assert entry["comments"] == "核对原件\n窗口二号"
    assert entry["message_to_applicant"] == "请带原件到窗口"
    trail = audit_log().trail(api.content.get_uuid(case))[-1]
    assert trail.comment == "核对原件\n窗口二号"
    assert trail.after["message_to_applicant"] == "请带原件到窗口"


def test_the_code_leaves_no_trace_in_the_request(submitted, portal):
    request = portal.REQUEST
    request.other["method"] = "POST"
    request.form.update(receipt=submitted.receipt_number, code=submitted.query_code)
    html = api.content.get_view("track", portal, request)()
    assert 'id="case-state"' in html
    # What Zope's error log would keep of this request, had it failed.
    assert submitted.query_code not in str(request)
    assert submitted.query_code not in request.text()
