"""The case workflow (R10, R12, R13, R23) and a case's deadlines."""

from datetime import date
from putian.policy.rules.calendar.working_days import WorkingCalendar
from putian.policy.rules.cases.deadlines import case_deadlines
from putian.policy.rules.cases.deadlines import case_traffic_light
from putian.policy.rules.cases.deadlines import certificate_due
from putian.policy.rules.cases.deadlines import check_certificate_delivery
from putian.policy.rules.cases.deadlines import check_forwarding
from putian.policy.rules.cases.deadlines import forwarding_due
from putian.policy.rules.cases.notices import check_correction_notice
from putian.policy.rules.cases.notices import check_denial
from putian.policy.rules.cases.notices import default_remedies_notice
from putian.policy.rules.cases.notices import LITIGATION_MONTHS
from putian.policy.rules.cases.notices import RECONSIDERATION_DAYS
from putian.policy.rules.cases.workflow import allowed_transitions
from putian.policy.rules.cases.workflow import APPLICANT
from putian.policy.rules.cases.workflow import CASE_DECIDER
from putian.policy.rules.cases.workflow import CASE_REVIEWER
from putian.policy.rules.cases.workflow import case_state_term
from putian.policy.rules.cases.workflow import CASE_STATES
from putian.policy.rules.cases.workflow import CASE_TRANSITION_TITLES
from putian.policy.rules.cases.workflow import CASE_TRANSITIONS
from putian.policy.rules.cases.workflow import check_transition
from putian.policy.rules.cases.workflow import WINDOW_CLERK
from putian.policy.rules.catalogue.limits import is_instant_item
from putian.policy.rules.catalogue.terms import tokens
from putian.policy.rules.common.errors import RuleInputError
from tests.rules.samples import COURT
from tests.rules.samples import food_case
from tests.rules.samples import food_correction_notice
from tests.rules.samples import food_denial
from tests.rules.samples import MARKET_BUREAU_NAME
from tests.rules.samples import RECONSIDERATION_BODY

import pytest


CALENDAR = WorkingCalendar()
SUSPENDED = "暂停计时（特殊环节）"

STATES = (
    "submitted",
    "correction",
    "rejected_intake",
    "accepted",
    "in_review",
    "suspended",
    "approved",
    "denied",
    "delivered",
    "withdrawn",
)
TRANSITIONS = (
    "accept",
    "request_correction",
    "resubmit",
    "reject_intake",
    "start_review",
    "suspend",
    "resume",
    "extend",
    "approve",
    "deny",
    "deliver",
    "withdraw",
)

# The contract with the Plone workflow, written out by hand.
EXPECTED_TRANSITIONS = {
    "accept": ({"submitted"}, "accepted", "WindowClerk"),
    "request_correction": ({"submitted"}, "correction", "WindowClerk"),
    "resubmit": ({"correction"}, "submitted", "Applicant"),
    "reject_intake": ({"submitted"}, "rejected_intake", "WindowClerk"),
    "start_review": ({"accepted"}, "in_review", "CaseReviewer"),
    "suspend": ({"in_review"}, "suspended", "CaseReviewer"),
    "resume": ({"suspended"}, "in_review", "CaseReviewer"),
    "extend": ({"in_review"}, "in_review", "CaseReviewer"),
    "approve": ({"accepted", "in_review"}, "approved", "CaseDecider"),
    "deny": ({"accepted", "in_review"}, "denied", "CaseDecider"),
    "deliver": ({"approved"}, "delivered", "WindowClerk"),
    "withdraw": (
        {"submitted", "correction", "accepted", "in_review", "suspended"},
        "withdrawn",
        "Applicant",
    ),
}

# What may happen in each state, for an ordinary and for an instant item.
ALLOWED = {
    "submitted": {"accept", "request_correction", "reject_intake", "withdraw"},
    "correction": {"resubmit", "withdraw"},
    "rejected_intake": set(),
    "accepted": {"start_review", "withdraw"},
    "in_review": {"suspend", "extend", "approve", "deny", "withdraw"},
    "suspended": {"resume", "withdraw"},
    "approved": {"deliver"},
    "denied": set(),
    "delivered": set(),
    "withdrawn": set(),
}
ALLOWED_INSTANT = {**ALLOWED, "accepted": {"approve", "deny", "withdraw"}}

# The paper each step needs, complete.
PAPER = {
    "request_correction": {"correction_items": food_correction_notice()},
    "reject_intake": {
        "reason": "申请事项依法不属于本机关职权范围，请向莆田市商务局申请"
    },
    "suspend": {
        "suspension_kind": "inspection",
        "reason": "需对经营场所进行现场核查",
        "expected_days": 2,
    },
    "extend": {"reason": "现场核查发现需补充检测，经局长批准延长十个工作日"},
    "deny": food_denial(),
}


def codes(findings) -> list[str]:
    return [finding.code for finding in findings]


# -- states and transitions ------------------------------------------------


def test_case_states_are_the_workflow_states():
    assert tokens(CASE_STATES) == STATES
    assert [entry.title_zh for entry in CASE_STATES] == [
        "已提交",
        "待补正",
        "不予受理",
        "已受理",
        "审查中",
        "已暂停",
        "准予许可",
        "不予许可",
        "已送达",
        "已撤回",
    ]
    assert all(entry.title_en for entry in CASE_STATES)
    assert case_state_term("in_review").title_zh == "审查中"


def test_transition_table_is_the_contract():
    assert tuple(CASE_TRANSITIONS) == TRANSITIONS
    assert tokens(CASE_TRANSITION_TITLES) == TRANSITIONS
    for transition, (sources, target, role) in EXPECTED_TRANSITIONS.items():
        rule = CASE_TRANSITIONS[transition]
        assert (set(rule.sources), rule.target, rule.role) == (sources, target, role)
        # A plain tuple, as the workflow generator reads it.
        assert tuple(rule) == (rule.sources, target, role)
    assert {rule.role for rule in CASE_TRANSITIONS.values()} == {
        WINDOW_CLERK,
        CASE_REVIEWER,
        CASE_DECIDER,
        APPLICANT,
    }
    every_state = set(STATES)
    for rule in CASE_TRANSITIONS.values():
        assert rule.sources <= every_state
        assert rule.target in every_state


def test_extend_keeps_the_state():
    assert CASE_TRANSITIONS["extend"].target == "in_review"


@pytest.mark.parametrize("instant", [False, True])
@pytest.mark.parametrize("state", STATES)
def test_allowed_transitions(state, instant):
    expected = (ALLOWED_INSTANT if instant else ALLOWED)[state]
    allowed = allowed_transitions(state, instant)
    assert set(allowed) == expected
    # In workflow order, for menus.
    assert list(allowed) == [entry for entry in TRANSITIONS if entry in expected]


def _refusal_code(state: str, transition: str, instant: bool) -> str:
    if transition == "withdraw" and state in {"approved", "denied", "delivered"}:
        return "case_withdraw_after_decision"
    if state == "accepted" and transition == "start_review" and instant:
        return "instant_item_no_review"
    if state == "accepted" and transition in {"approve", "deny"} and not instant:
        return "case_review_required"
    return "case_transition_not_allowed"


@pytest.mark.parametrize("instant", [False, True])
@pytest.mark.parametrize("transition", TRANSITIONS)
@pytest.mark.parametrize("state", STATES)
def test_every_transition_from_every_state(state, transition, instant):
    findings = check_transition(
        state, transition, is_instant_item=instant, **PAPER.get(transition, {})
    )
    if transition in (ALLOWED_INSTANT if instant else ALLOWED)[state]:
        assert findings == []
        return
    code = _refusal_code(state, transition, instant)
    assert codes(findings) == [code]
    (finding,) = findings
    assert finding.severity == "error"
    assert finding.field == "transition"
    r10 = {"instant_item_no_review", "case_review_required"}
    assert finding.rule == ("R10" if code in r10 else "R23")


def test_out_of_order_message_names_the_state_and_what_is_possible():
    (finding,) = check_transition("submitted", "approve")
    assert finding.message_zh == (
        "办件当前状态为“已提交”，不能执行“准予许可”"
        "（当前可执行：受理、一次性告知补正、不予受理、撤回申请）"
    )
    assert "Approve" in finding.message_en
    (finding,) = check_transition("withdrawn", "resubmit")
    assert "当前可执行：无（办件已办结）" in finding.message_zh


def test_withdraw_after_a_decision():
    for state in ("approved", "denied", "delivered"):
        (finding,) = check_transition(state, "withdraw")
        assert finding.code == "case_withdraw_after_decision"
        assert "不能再撤回" in finding.message_zh
    assert check_transition("suspended", "withdraw") == []


def test_instant_item_goes_from_acceptance_straight_to_a_decision():
    # R10: committed limit 0 -> accepted -> approved (or denied), no review.
    instant = is_instant_item(0)
    assert check_transition("accepted", "approve", is_instant_item=instant) == []
    assert (
        check_transition("accepted", "deny", is_instant_item=instant, **food_denial())
        == []
    )
    (finding,) = check_transition("accepted", "start_review", is_instant_item=instant)
    assert (finding.rule, finding.code) == ("R10", "instant_item_no_review")
    assert finding.message_zh == "即办件受理后当场作出决定，不进入审查环节"
    # An ordinary item (committed 10) may not skip the review.
    ordinary = is_instant_item(10)
    (finding,) = check_transition("accepted", "approve", is_instant_item=ordinary)
    assert (finding.rule, finding.code) == ("R10", "case_review_required")
    assert "本件须先开始审查" in finding.message_zh


def test_an_instant_denial_still_needs_its_paper():
    assert codes(check_transition("accepted", "deny", is_instant_item=True)) == [
        "denial_reasons_missing",
        "denial_reconsideration_notice_missing",
        "denial_litigation_notice_missing",
    ]


# -- the paper each step needs ---------------------------------------------


def test_request_correction_needs_a_complete_notice():
    assert (
        check_transition(
            "submitted", "request_correction", correction_items=food_correction_notice()
        )
        == []
    )
    for empty in (None, []):
        (finding,) = check_transition(
            "submitted", "request_correction", correction_items=empty
        )
        assert (finding.rule, finding.code) == ("R12", "correction_notice_empty")
    items = food_correction_notice()
    items[1]["how_to_fix"] = " "
    assert codes(
        check_transition("submitted", "request_correction", correction_items=items)
    ) == ["correction_how_to_fix_missing"]


@pytest.mark.parametrize("reason", [None, "", "   "])
def test_reject_intake_needs_a_reason(reason):
    (finding,) = check_transition("submitted", "reject_intake", reason=reason)
    assert (finding.rule, finding.code, finding.field) == (
        "R12",
        "reject_intake_reason_missing",
        "reason",
    )
    assert finding.message_zh == "不予受理决定未书面说明理由"


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({}, []),
        ({"suspension_kind": None}, ["suspension_kind_missing"]),
        ({"suspension_kind": "  "}, ["suspension_kind_missing"]),
        ({"suspension_kind": "coffee_break"}, ["suspension_kind_unknown"]),
        ({"reason": None}, ["suspension_reason_missing"]),
        ({"expected_days": None}, ["suspension_days_missing"]),
        ({"expected_days": 0}, ["suspension_days_not_positive"]),
        ({"expected_days": -3}, ["suspension_days_not_positive"]),
        (
            {"suspension_kind": None, "reason": None, "expected_days": None},
            [
                "suspension_kind_missing",
                "suspension_reason_missing",
                "suspension_days_missing",
            ],
        ),
    ],
)
def test_suspend_needs_kind_reason_and_expected_days(changes, expected):
    paper = {**PAPER["suspend"], **changes}
    findings = check_transition("in_review", "suspend", **paper)
    assert codes(findings) == expected
    assert all(finding.rule == "R13" for finding in findings)


@pytest.mark.parametrize(
    "kind",
    ["hearing", "inspection", "testing", "quarantine", "appraisal", "expert_review"],
)
def test_the_special_steps_of_art_45_suspend(kind):
    paper = {**PAPER["suspend"], "suspension_kind": kind}
    assert check_transition("in_review", "suspend", **paper) == []


def test_suspend_with_days_as_text_is_bad_input():
    paper = {**PAPER["suspend"], "expected_days": "2"}
    with pytest.raises(RuleInputError) as error:
        check_transition("in_review", "suspend", **paper)
    assert error.value.code == "invalid_expected_days"


def test_one_extension_of_ten_days_then_a_second_is_refused():
    reason = PAPER["extend"]["reason"]
    assert check_transition("in_review", "extend", reason=reason) == []
    findings = check_transition("in_review", "extend", reason=reason, extensions_used=1)
    assert codes(findings) == ["case_extension_used"]
    (finding,) = findings
    assert finding.rule == "R13"
    assert finding.message_zh == "办理期限已延长过一次，依法只能延长一次"


@pytest.mark.parametrize("reason", [None, "", " \n"])
def test_extend_needs_a_written_reason(reason):
    (finding,) = check_transition("in_review", "extend", reason=reason)
    assert (finding.rule, finding.code) == ("R13", "extension_reason_missing")


@pytest.mark.parametrize(
    ("days", "ok"), [(1, True), (10, True), (0, False), (11, False)]
)
def test_extension_is_at_most_ten_working_days(days, ok):
    findings = check_transition(
        "in_review", "extend", reason="需补充检测", extension_days=days
    )
    assert codes(findings) == ([] if ok else ["extension_days_out_of_range"])


def test_extend_while_suspended_is_out_of_order():
    assert codes(check_transition("suspended", "extend", **PAPER["extend"])) == [
        "case_transition_not_allowed"
    ]


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({}, []),
        ({"reason": None}, ["denial_reasons_missing"]),
        (
            {"reconsideration_notice": None},
            ["denial_reconsideration_notice_missing"],
        ),
        ({"litigation_notice": ""}, ["denial_litigation_notice_missing"]),
        (
            {"reconsideration_notice": None, "litigation_notice": None},
            [
                "denial_reconsideration_notice_missing",
                "denial_litigation_notice_missing",
            ],
        ),
    ],
)
def test_deny_needs_reasons_and_both_remedies(changes, expected):
    paper = {**food_denial(), **changes}
    findings = check_transition("in_review", "deny", **paper)
    assert codes(findings) == expected
    assert all(finding.rule == "R13" for finding in findings)


def test_approve_resume_deliver_need_no_paper():
    assert check_transition("in_review", "approve") == []
    assert check_transition("suspended", "resume") == []
    assert check_transition("approved", "deliver") == []


@pytest.mark.parametrize(
    ("state", "transition", "kwargs", "error"),
    [
        ("closed", "accept", {}, "unknown_case_state"),
        (None, "accept", {}, "unknown_case_state"),
        ("submitted", "decide_instantly", {}, "unknown_transition"),
        ("submitted", "accept", {"extensions_used": -1}, "invalid_extensions_used"),
        ("submitted", "accept", {"extensions_used": True}, "invalid_extensions_used"),
        ("submitted", "accept", {"is_instant_item": "是"}, "invalid_flag"),
        (
            "in_review",
            "extend",
            {"reason": "x", "extension_days": "10"},
            "invalid_extension",
        ),
    ],
)
def test_bad_input_raises(state, transition, kwargs, error):
    with pytest.raises(RuleInputError) as raised:
        check_transition(state, transition, **kwargs)
    assert raised.value.code == error
    assert raised.value.message_zh


# -- one-time correction notice (R12) ---------------------------------------


def test_a_complete_correction_notice():
    assert check_correction_notice(food_correction_notice()) == []


def test_every_gap_of_the_notice_is_reported():
    items = food_correction_notice()
    items[0]["problem"] = ""
    items[2] = {"material": None, "problem": None, "how_to_fix": None}
    findings = check_correction_notice(items)
    assert codes(findings) == [
        "correction_problem_missing",
        "correction_material_missing",
        "correction_problem_missing",
        "correction_how_to_fix_missing",
    ]
    assert (
        findings[0].message_zh
        == "一次性告知书第1项（食品经营许可申请书）未写明存在的问题"
    )
    assert findings[1].message_zh == "一次性告知书第3项未写明材料名称"
    assert {finding.rule for finding in findings} == {"R12"}
    assert {finding.field for finding in findings} == {"correction_items"}


def test_a_material_listed_twice_is_a_warning():
    items = food_correction_notice()
    items.append({**items[0], "problem": "未加盖公章"})
    (finding,) = check_correction_notice(items)
    assert (finding.code, finding.severity) == (
        "correction_material_repeated",
        "warning",
    )
    assert "已在第1项列出" in finding.message_zh


def test_an_empty_notice():
    (finding,) = check_correction_notice([])
    assert finding.code == "correction_notice_empty"
    assert "一次性列明全部" in finding.message_zh


def test_a_notice_that_is_not_a_list_is_bad_input():
    with pytest.raises(RuleInputError):
        check_correction_notice("申请书未签字")
    with pytest.raises(RuleInputError):
        check_correction_notice(["申请书未签字"])


# -- denial (R13) -------------------------------------------------------------


def test_remedies_constants():
    assert (RECONSIDERATION_DAYS, LITIGATION_MONTHS) == (60, 6)


def test_default_remedies_notice_wording():
    notice = default_remedies_notice(MARKET_BUREAU_NAME, RECONSIDERATION_BODY, COURT)
    assert notice == (
        "申请人如对莆田市市场监督管理局作出的本决定不服，可在收到本决定书之日起"
        "六十日内向莆田市人民政府申请行政复议，或者在六个月内向莆田市城厢区人民法院"
        "提起行政诉讼。"
    )
    assert check_denial("经营场所不符合要求", notice, notice) == []


@pytest.mark.parametrize("blank", [0, 1, 2])
def test_default_remedies_notice_needs_every_name(blank):
    names = [MARKET_BUREAU_NAME, RECONSIDERATION_BODY, COURT]
    names[blank] = " "
    with pytest.raises(RuleInputError) as error:
        default_remedies_notice(*names)
    assert error.value.code == "remedies_notice_incomplete"


def test_denial_without_each_part():
    denial = food_denial()
    reasons = denial["reason"]
    notice = denial["reconsideration_notice"]
    assert codes(check_denial(None, notice, notice)) == ["denial_reasons_missing"]
    assert codes(check_denial(reasons, None, notice)) == [
        "denial_reconsideration_notice_missing"
    ]
    assert codes(check_denial(reasons, notice, None)) == [
        "denial_litigation_notice_missing"
    ]
    findings = check_denial(" ", "", "")
    assert len(findings) == 3
    assert [finding.field for finding in findings] == [
        "reason",
        "reconsideration_notice",
        "litigation_notice",
    ]
    assert findings[2].message_zh == "不予许可决定未告知申请人依法提起行政诉讼的权利"


def test_remedies_without_their_periods_are_warnings():
    findings = check_denial(
        "经营场所不符合要求",
        "可依法向莆田市人民政府申请行政复议",
        "可依法向人民法院提起行政诉讼",
    )
    assert codes(findings) == [
        "denial_reconsideration_period_missing",
        "denial_litigation_period_missing",
    ]
    assert {finding.severity for finding in findings} == {"warning"}
    # Arabic numerals are as good as Chinese ones.
    assert (
        check_denial(
            "经营场所不符合要求",
            "可在60日内向莆田市人民政府申请行政复议",
            "可在6个月内向莆田市城厢区人民法院提起行政诉讼",
        )
        == []
    )


# -- the denial names the deciding department's organ and court (R13) -------

XIANYOU_BUREAU = "仙游县市场监督管理局"
XIANYOU = {
    "reconsideration_organ": "仙游县人民政府",
    "litigation_court": "仙游县人民法院",
}


def xianyou_notice(body="仙游县人民政府", court="仙游县人民法院", organ=XIANYOU_BUREAU):
    return default_remedies_notice(organ, body, court)


def xianyou_denial(reconsideration, litigation=None, **organs):
    litigation = reconsideration if litigation is None else litigation
    return check_denial(
        "经营场所不符合要求", reconsideration, litigation, **(organs or XIANYOU)
    )


def test_a_notice_naming_the_departments_organ_and_court_passes():
    assert xianyou_denial(xianyou_notice()) == []
    # Separate notices, each naming its own organ, pass as well.
    assert (
        xianyou_denial(
            "可在收到本决定书之日起六十日内向仙游县人民政府申请行政复议",
            "或者在六个月内向仙游县人民法院提起行政诉讼",
        )
        == []
    )


def test_another_putian_government_is_refused_naming_the_right_one():
    findings = xianyou_denial(xianyou_notice(body="莆田市人民政府"))
    # The same sentence stands in both notices: both are wrong.
    assert codes(findings) == ["denial_notice_names_other_government"] * 2
    assert [finding.field for finding in findings] == [
        "reconsideration_notice",
        "litigation_notice",
    ]
    for finding in findings:
        assert finding.severity == "error"
        assert finding.rule == "R13"
        assert "莆田市人民政府" in finding.message_zh
        assert "仙游县人民政府" in finding.message_zh
        assert "仙游县人民政府" in finding.message_en
    # A wrong organ only in the reconsideration notice is refused there.
    (finding,) = xianyou_denial(
        "可在收到本决定书之日起六十日内向莆田市涵江区人民政府申请行政复议",
        "或者在六个月内向仙游县人民法院提起行政诉讼",
    )
    assert (finding.code, finding.field) == (
        "denial_notice_names_other_government",
        "reconsideration_notice",
    )


@pytest.mark.parametrize("court", ["莆田市城厢区人民法院", "莆田市中级人民法院"])
def test_another_putian_court_is_refused_naming_the_right_one(court):
    findings = xianyou_denial(
        "可在收到本决定书之日起六十日内向仙游县人民政府申请行政复议",
        f"或者在六个月内向{court}提起行政诉讼",
    )
    (finding,) = findings
    assert (finding.code, finding.field, finding.severity) == (
        "denial_notice_names_other_court",
        "litigation_notice",
        "error",
    )
    assert court in finding.message_zh
    assert "仙游县人民法院" in finding.message_zh
    assert "仙游县人民法院" in finding.message_en


def test_a_notice_naming_no_organ_is_refused_naming_the_right_one():
    findings = xianyou_denial(
        "可在收到本决定书之日起六十日内依法申请行政复议",
        "或者在六个月内依法提起行政诉讼",
    )
    assert codes(findings) == [
        "denial_reconsideration_organ_not_named",
        "denial_litigation_court_not_named",
    ]
    assert "仙游县人民政府" in findings[0].message_zh
    assert "仙游县人民政府" in findings[0].message_en
    assert "仙游县人民法院" in findings[1].message_zh
    assert "仙游县人民法院" in findings[1].message_en
    # An abbreviation is not the organ's name either.
    assert codes(xianyou_denial(xianyou_notice(body="仙游县政府"))) == [
        "denial_reconsideration_organ_not_named"
    ]


@pytest.mark.parametrize(
    "body",
    ["仙游县人民政府办公室", "仙游县人民政府行政复议办公室", "仙游县人民政府法制办"],
)
def test_the_organ_named_only_as_the_start_of_a_longer_name_is_not_named(body):
    # 仙游县人民政府办公室 is the government's office, not the government.
    assert codes(xianyou_denial(xianyou_notice(body=body))) == [
        "denial_reconsideration_organ_not_named"
    ]
    city = {"reconsideration_organ": "莆田市人民政府", "litigation_court": COURT}
    notice = default_remedies_notice(MARKET_BUREAU_NAME, "莆田市人民政府办公室", COURT)
    assert codes(check_denial("理由", notice, notice, **city)) == [
        "denial_reconsideration_organ_not_named"
    ]


def test_words_after_the_organ_do_not_make_it_a_longer_name():
    notice = (
        "可在收到本决定书之日起六十日内向仙游县人民政府依法申请办理行政复议，"
        "或者在六个月内向仙游县人民法院起诉"
    )
    assert xianyou_denial(notice) == []
    assert xianyou_denial(notice.replace("依法申请办理", "和仙游县司法局")) == []


def test_an_office_of_another_government_deciding_is_not_that_government_named():
    # The deciding organ's own name holds a government's name: only the
    # organ the notice sends the applicant to counts.
    notice = xianyou_notice(organ="仙游县人民政府办公室")
    assert xianyou_denial(notice) == []
    wrong = default_remedies_notice(
        "仙游县人民政府办公室", "莆田市人民政府", "仙游县人民法院"
    )
    assert codes(xianyou_denial(wrong)) == ["denial_notice_names_other_government"] * 2


def test_a_vertically_managed_organ_is_named_as_recorded():
    organs = dict(XIANYOU, reconsideration_organ="国家税务总局莆田市税务局")
    right = xianyou_notice(body="国家税务总局莆田市税务局")
    assert xianyou_denial(right, **organs) == []
    findings = xianyou_denial(xianyou_notice(), **organs)
    assert codes(findings) == ["denial_notice_names_other_government"] * 2
    assert "国家税务总局莆田市税务局" in findings[0].message_zh


def test_without_the_departments_organs_any_organ_passes():
    wrong = xianyou_notice(body="莆田市人民政府", court="莆田市城厢区人民法院")
    assert check_denial("经营场所不符合要求", wrong, wrong) == []
    assert (
        check_denial(
            "经营场所不符合要求",
            wrong,
            wrong,
            reconsideration_organ=None,
            litigation_court="  ",
        )
        == []
    )
    # Each name is checked when known, the other not.
    assert (
        codes(
            check_denial(
                "经营场所不符合要求",
                wrong,
                wrong,
                reconsideration_organ="仙游县人民政府",
            )
        )
        == ["denial_notice_names_other_government"] * 2
    )
    assert (
        codes(
            check_denial(
                "经营场所不符合要求", wrong, wrong, litigation_court="仙游县人民法院"
            )
        )
        == ["denial_notice_names_other_court"] * 2
    )


def test_the_deny_step_checks_the_departments_organs():
    paper = food_denial()
    assert check_transition("in_review", "deny", **paper) == []
    findings = check_transition("in_review", "deny", **paper, **XIANYOU)
    assert (
        codes(findings)
        == [
            "denial_notice_names_other_government",
            "denial_notice_names_other_court",
        ]
        * 2
    )
    # Other steps ignore them.
    assert check_transition("in_review", "approve", **XIANYOU) == []


# -- deadlines of the food case ---------------------------------------------


def deadlines(**changes):
    case = food_case(**changes)
    today = case.pop("today", None)
    return case_deadlines(
        CALENDAR,
        case["accepted_on"],
        case["statutory_days"],
        case["committed_days"],
        case["suspensions"],
        case["extension_days"],
        today=today,
    )


def test_food_case_across_spring_festival_2025():
    # Accepted Fri 2025-01-24, committed 10 working days:
    #  1 Sun 01-26 (make-up working day)  2 Mon 01-27
    #  01-28..02-04 Spring Festival off
    #  3 Wed 02-05  4 Thu 02-06  5 Fri 02-07  6 Sat 02-08 (make-up)
    #  7 Mon 02-10  8 Tue 02-11  9 Wed 02-12  10 Thu 02-13
    # Statutory 20: 11-15 Fri 02-14..Thu 02-20, 16-20 Fri 02-21..Thu 02-27.
    result = deadlines()
    assert result.committed.deadline == date(2025, 2, 13)
    assert result.statutory.deadline == date(2025, 2, 27)
    assert result.committed.counted[0] == date(2025, 1, 26)
    assert date(2025, 2, 8) in result.committed.counted
    assert len(result.committed.counted) == 10
    assert not result.committed.provisional
    assert result.governing is result.committed


def test_site_inspection_suspension_pushes_by_two_working_days():
    # 现场核查 Thu 02-06..Fri 02-07: two working days not counted.
    # Committed: 3 Wed 02-05, (06, 07 suspended), 4 Sat 02-08, 5-8 Mon
    # 02-10..Thu 02-13, 9 Fri 02-14, 10 Mon 02-17.
    result = deadlines(suspensions=[(date(2025, 2, 6), date(2025, 2, 7))])
    assert result.committed.deadline == date(2025, 2, 17)
    # Statutory: 02-27 plus two working days: Fri 02-28, Mon 03-03.
    assert result.statutory.deadline == date(2025, 3, 3)
    assert (date(2025, 2, 6), SUSPENDED) in result.committed.skipped
    assert (date(2025, 2, 7), SUSPENDED) in result.committed.skipped
    assert date(2025, 2, 6) not in result.committed.counted


def test_open_suspension_runs_up_to_today():
    # Suspended since Mon 02-10, not resumed; today Wed 02-12: 02-10, 02-11
    # and 02-12 are not counted, as if the case resumed tomorrow.
    # Committed: 6 Sat 02-08, (10-12 suspended), 7 Thu 02-13, 8 Fri 02-14,
    # 9 Mon 02-17, 10 Tue 02-18.
    result = deadlines(suspensions=[(date(2025, 2, 10), None)], today=date(2025, 2, 12))
    assert result.committed.deadline == date(2025, 2, 18)
    # Statutory: 02-27 plus three: 02-28, 03-03, 03-04.
    assert result.statutory.deadline == date(2025, 3, 4)
    # The next day the deadline moves on by one more working day.
    later = deadlines(suspensions=[(date(2025, 2, 10), None)], today=date(2025, 2, 13))
    assert later.committed.deadline == date(2025, 2, 19)


def test_open_suspension_with_closed_ones():
    result = deadlines(
        suspensions=[
            (date(2025, 2, 6), date(2025, 2, 7)),
            (date(2025, 2, 12), None),
        ],
        today=date(2025, 2, 12),
    )
    # 3 02-05, (06, 07), 4 02-08, 5 02-10, 6 02-11, (12), 7-10 02-13..02-18.
    assert result.committed.deadline == date(2025, 2, 18)


def test_open_suspension_needs_today():
    with pytest.raises(RuleInputError) as error:
        deadlines(suspensions=[(date(2025, 2, 10), None)])
    assert error.value.code == "open_suspension_needs_today"
    with pytest.raises(RuleInputError) as error:
        deadlines(suspensions=[(date(2025, 2, 10), None)], today=date(2025, 2, 7))
    assert error.value.code == "suspension_in_future"
    with pytest.raises(RuleInputError) as error:
        deadlines(suspensions=[date(2025, 2, 10)], today=date(2025, 2, 7))
    assert error.value.code == "invalid_suspension"


def test_one_extension_of_ten_working_days():
    # Statutory 20 + 10: 21 Fri 02-28, 22-26 Mon 03-03..Fri 03-07,
    # 27-30 Mon 03-10..Thu 03-13.  Committed 10 + 10 ends with the old
    # statutory deadline, 02-27.
    result = deadlines(extension_days=10)
    assert result.statutory.deadline == date(2025, 3, 13)
    assert result.committed.deadline == date(2025, 2, 27)
    assert result.extension_days == 10


def test_extension_and_suspension_together():
    result = deadlines(
        suspensions=[(date(2025, 2, 6), date(2025, 2, 7))], extension_days=10
    )
    # 03-13 plus two working days.
    assert result.statutory.deadline == date(2025, 3, 17)


def test_only_one_limit():
    only_statutory = deadlines(committed_days=None)
    assert only_statutory.committed is None
    assert only_statutory.statutory.deadline == date(2025, 2, 27)
    assert only_statutory.governing is only_statutory.statutory
    only_committed = deadlines(statutory_days=None)
    assert only_committed.statutory is None
    assert only_committed.committed.deadline == date(2025, 2, 13)
    with pytest.raises(RuleInputError) as error:
        deadlines(statutory_days=None, committed_days=None)
    assert error.value.code == "case_without_time_limit"


def test_instant_item_deadline_is_the_day_of_acceptance():
    result = deadlines(
        committed_days=0,
        suspensions=[(date(2025, 2, 6), date(2025, 2, 7))],
        extension_days=10,
    )
    assert result.committed.deadline == date(2025, 1, 24)


def test_bad_limits_raise():
    with pytest.raises(RuleInputError):
        deadlines(committed_days=-1)
    with pytest.raises(RuleInputError):
        deadlines(accepted_on="2025-01-24")


# -- traffic light ----------------------------------------------------------


@pytest.mark.parametrize(
    ("today", "light"),
    [
        (date(2025, 1, 24), "green"),
        (date(2025, 2, 5), "green"),  # 7 left: 06..13
        (date(2025, 2, 10), "green"),  # 3 left
        (date(2025, 2, 11), "yellow"),  # 2 left: 12, 13
        (date(2025, 2, 13), "yellow"),  # the deadline day
        (date(2025, 2, 14), "red"),
    ],
)
def test_traffic_light_on_the_committed_deadline(today, light):
    assert case_traffic_light(CALENDAR, today, deadlines(), 10) == light
    # The committed limit is remembered by case_deadlines.
    assert case_traffic_light(CALENDAR, today, deadlines()) == light


@pytest.mark.parametrize(
    ("today", "light"),
    [
        (date(2025, 2, 20), "green"),  # 5 left of 20
        (date(2025, 2, 21), "yellow"),  # 4 left: 20%
        (date(2025, 2, 28), "red"),
    ],
)
def test_traffic_light_on_the_statutory_deadline_without_commitment(today, light):
    assert (
        case_traffic_light(CALENDAR, today, deadlines(committed_days=None), None)
        == light
    )


def test_traffic_light_of_an_extended_case_judges_the_whole_period():
    extended = deadlines(extension_days=10)  # committed deadline 02-27
    # 4 working days left of 20: yellow; of the plain 10 it would be green.
    assert case_traffic_light(CALENDAR, date(2025, 2, 21), extended) == "yellow"
    assert case_traffic_light(CALENDAR, date(2025, 2, 20), extended) == "green"


def test_traffic_light_of_an_instant_item():
    instant = deadlines(committed_days=0)
    assert case_traffic_light(CALENDAR, date(2025, 1, 24), instant) == "yellow"
    assert case_traffic_light(CALENDAR, date(2025, 1, 25), instant) == "red"


# -- certificate (Art. 44) and forwarding (R12) -----------------------------


def test_certificate_due_across_national_day_2025():
    # Decided Fri 09-26: 1 Sun 09-28 (make-up), 2 09-29, 3 09-30,
    # 10-01..10-08 off (国庆节, 中秋节), 4 10-09, 5 10-10, 6 Sat 10-11
    # (make-up), 7-10 Mon 10-13..Thu 10-16.
    due = certificate_due(CALENDAR, date(2025, 9, 26))
    assert due.deadline == date(2025, 10, 16)
    assert due.counted[0] == date(2025, 9, 28)
    assert date(2025, 10, 11) in due.counted
    assert len(due.counted) == 10


def test_certificate_delivery():
    decided = date(2025, 9, 26)
    assert check_certificate_delivery(CALENDAR, decided, date(2025, 10, 16)) == []
    (late,) = check_certificate_delivery(CALENDAR, decided, date(2025, 10, 17))
    assert (late.rule, late.code) == ("R13", "certificate_late")
    assert late.message_zh == (
        "证照于2025-10-17送达，超过准予许可后10个工作日的期限（2025-10-16）"
    )
    # Not yet delivered: only a finding once the time is over.
    assert check_certificate_delivery(CALENDAR, decided, None, date(2025, 10, 16)) == []
    assert check_certificate_delivery(CALENDAR, decided) == []
    assert codes(
        check_certificate_delivery(CALENDAR, decided, None, date(2025, 10, 17))
    ) == ["certificate_overdue"]
    with pytest.raises(RuleInputError) as error:
        check_certificate_delivery(CALENDAR, decided, date(2025, 9, 25))
    assert error.value.code == "delivered_before_decided"


def test_forwarding_due_in_five_working_days():
    # Received Fri 09-26: 1 Sun 09-28 (make-up), 2 09-29, 3 09-30,
    # 10-01..08 off, 4 10-09, 5 10-10.
    assert forwarding_due(CALENDAR, date(2025, 9, 26)).deadline == date(2025, 10, 10)
    # Received Fri 2025-01-24: 01-26, 01-27, 02-05, 02-06, 02-07.
    assert forwarding_due(CALENDAR, date(2025, 1, 24)).deadline == date(2025, 2, 7)


def test_forwarding_and_its_acknowledgement():
    received = date(2025, 9, 26)
    assert (
        check_forwarding(CALENDAR, received, date(2025, 10, 10), date(2025, 10, 11))
        == []
    )
    (late,) = check_forwarding(
        CALENDAR, received, date(2025, 10, 13), date(2025, 10, 13)
    )
    assert (late.rule, late.code, late.severity) == ("R12", "forwarding_late", "error")
    (pending,) = check_forwarding(CALENDAR, received, date(2025, 9, 29))
    assert (pending.code, pending.severity) == (
        "forwarding_not_acknowledged",
        "warning",
    )
    assert pending.message_zh == "上级机关尚未书面确认收到报送的申请材料"
    # Not forwarded yet: fine until the due day, overdue after it.
    assert check_forwarding(CALENDAR, received, today=date(2025, 10, 10)) == []
    assert codes(check_forwarding(CALENDAR, received, today=date(2025, 10, 11))) == [
        "forwarding_overdue"
    ]


def test_forwarding_dates_out_of_order_are_bad_input():
    received = date(2025, 9, 26)
    with pytest.raises(RuleInputError) as error:
        check_forwarding(CALENDAR, received, date(2025, 9, 25))
    assert error.value.code == "forwarded_before_received"
    with pytest.raises(RuleInputError) as error:
        check_forwarding(CALENDAR, received, date(2025, 9, 29), date(2025, 9, 28))
    assert error.value.code == "acknowledged_before_forwarded"


# -- a whole case ------------------------------------------------------------


def test_a_food_licence_case_from_submission_to_delivery():
    """Each step checked as the workflow would, ending in a delivered
    certificate; the deadlines follow the suspension and the extension."""
    steps = [
        ("submitted", "request_correction", PAPER["request_correction"]),
        ("correction", "resubmit", {}),
        ("submitted", "accept", {}),
        ("accepted", "start_review", {}),
        ("in_review", "suspend", PAPER["suspend"]),
        ("suspended", "resume", {}),
        ("in_review", "extend", PAPER["extend"]),
        ("in_review", "approve", {}),
        ("approved", "deliver", {}),
    ]
    state = "submitted"
    extensions = 0
    for expected_state, transition, paper in steps:
        assert state == expected_state
        assert (
            check_transition(
                state,
                transition,
                is_instant_item=is_instant_item(10),
                extensions_used=extensions,
                **paper,
            )
            == []
        )
        extensions += transition == "extend"
        state = CASE_TRANSITIONS[transition].target
    assert state == "delivered"
    # A second extension would have been refused.
    assert codes(
        check_transition(
            "in_review", "extend", extensions_used=extensions, **PAPER["extend"]
        )
    ) == ["case_extension_used"]
    result = deadlines(
        suspensions=[(date(2025, 2, 6), date(2025, 2, 7))], extension_days=10
    )
    assert result.statutory.deadline == date(2025, 3, 17)
