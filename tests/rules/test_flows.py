"""R6-R10, R14: approval flows, their stages, summary and findings."""

from datetime import date
from hypothesis import given
from hypothesis import strategies as st
from putian.policy.rules.catalogue.terms import REVIEW_STAGES
from putian.policy.rules.catalogue.terms import tokens
from putian.policy.rules.common.errors import RuleInputError
from putian.policy.rules.common.findings import Finding
from putian.policy.rules.flows.flow import check_flow
from putian.policy.rules.flows.flow import EXEMPTIBLE_CODES
from putian.policy.rules.flows.flow import FLOW_FORMS
from putian.policy.rules.flows.flow import FLOW_KINDS
from putian.policy.rules.flows.flow import FLOW_VOCABULARIES
from putian.policy.rules.flows.flow import STEP_KINDS
from putian.policy.rules.flows.summary import flow_stages
from putian.policy.rules.flows.summary import FlowSummary
from putian.policy.rules.flows.summary import Stage
from putian.policy.rules.flows.summary import summarize_flow
from tests.rules.samples import construction_flow
from tests.rules.samples import construction_limits
from tests.rules.samples import cooperation
from tests.rules.samples import deregistration_flow
from tests.rules.samples import expert_review
from tests.rules.samples import FIRE_BRIGADE
from tests.rules.samples import flow_step
from tests.rules.samples import FOOD_BUREAU
from tests.rules.samples import food_flow
from tests.rules.samples import food_flow_limits
from tests.rules.samples import HOUSING_BUREAU
from tests.rules.samples import LAND_BUREAU
from tests.rules.samples import renewal_flow
from tests.rules.samples import site_inspection

import dataclasses
import itertools
import json
import pytest


def codes(findings: list[Finding]) -> list[str]:
    return [finding.code for finding in findings]


def only(findings: list[Finding], code: str) -> Finding:
    (finding,) = [finding for finding in findings if finding.code == code]
    return finding


def with_steps(flow: dict, *changes: dict) -> dict:
    """``flow`` with its steps changed one by one (an empty dict: unchanged)."""
    flow["steps"] = [
        {**step, **change}
        for step, change in itertools.zip_longest(flow["steps"], changes, fillvalue={})
    ]
    return flow


def sequential_construction_flow(**changes) -> dict:
    """The construction flow with its joint review run one after another."""
    return with_steps(
        construction_flow(**changes), {}, *[{"parallel_group": None}] * 3, {}
    )


# -- vocabularies ------------------------------------------------------------


def test_flow_vocabularies():
    assert tokens(FLOW_KINDS) == ("single", "joint")
    assert [entry.title_zh for entry in FLOW_KINDS] == ["单一审批", "共同审批"]
    assert tokens(FLOW_FORMS) == ("standard", "one_review_one_approval")
    assert [entry.title_zh for entry in FLOW_FORMS] == ["受理—审查—决定", "一审一核"]
    # The steps are the review stages (R11): one table, one set of titles.
    assert STEP_KINDS is REVIEW_STAGES
    assert tokens(STEP_KINDS) == ("accept", "review", "decide")
    assert dict(FLOW_VOCABULARIES) == {
        "flow_kinds": FLOW_KINDS,
        "flow_forms": FLOW_FORMS,
        "step_kinds": STEP_KINDS,
    }


# -- stages --------------------------------------------------------------------


def test_stages_of_a_single_flow():
    flow = food_flow()
    stages = flow_stages(flow)
    assert stages == [
        Stage((step,), step["working_days"], False) for step in flow["steps"]
    ]
    assert [stage.working_days for stage in stages] == [1, 5, 2]
    assert [stage.kinds for stage in stages] == [("accept",), ("review",), ("decide",)]
    assert all(
        stage.steps[0] is step
        for stage, step in zip(stages, flow["steps"], strict=True)
    )


def test_parallel_group_is_one_stage_as_long_as_its_longest_step():
    flow = construction_flow()
    accept, review, decide = flow_stages(flow)
    assert review.steps == tuple(flow["steps"][1:4])
    assert review.working_days == 4  # 自然资源局, the longest of 3, 4 and 2
    assert review.parallel
    assert review.kinds == ("review",)
    assert review.departments == (HOUSING_BUREAU, LAND_BUREAU, FIRE_BRIGADE)
    assert not accept.parallel
    assert not decide.parallel
    assert (accept.working_days, decide.working_days) == (1, 2)


def test_only_consecutive_steps_of_a_group_run_in_parallel():
    flow = food_flow(
        steps=[
            flow_step("review", "甲", 2, parallel_group="A"),
            flow_step("review", "乙", 3, parallel_group="A"),
            flow_step("review", "丙", 1, parallel_group="B"),
            flow_step("review", "丁", 4, parallel_group="A"),
            flow_step("review", "戊", 6, parallel_group=" A "),
        ]
    )
    stages = flow_stages(flow)
    assert [[step["name"] for step in stage.steps] for stage in stages] == [
        ["甲", "乙"],
        ["丙"],
        ["丁", "戊"],  # " A " is group "A"
    ]
    assert [stage.working_days for stage in stages] == [3, 1, 6]
    assert [stage.parallel for stage in stages] == [True, False, True]


@pytest.mark.parametrize("group", [None, "", "   "])
def test_steps_without_a_group_stay_apart(group):
    flow = food_flow()
    for step in flow["steps"]:
        step["parallel_group"] = group
    assert len(flow_stages(flow)) == 3


def test_a_group_of_one_step_is_not_parallel():
    flow = with_steps(food_flow(), {}, {"parallel_group": "联合审查"}, {})
    assert [stage.parallel for stage in flow_stages(flow)] == [False, False, False]


def test_steps_without_valid_days_count_zero_in_stages():
    flow = with_steps(food_flow(), {"working_days": None}, {"working_days": -3}, {})
    assert [stage.working_days for stage in flow_stages(flow)] == [0, 0, 2]


def test_no_steps_no_stages():
    assert flow_stages(food_flow(steps=[])) == []
    assert flow_stages(food_flow(steps=None)) == []


group_names = st.sampled_from([None, "A", "B"])
steps_drawn = st.lists(
    st.tuples(group_names, st.integers(min_value=0, max_value=30)), max_size=8
)


@given(steps_drawn)
def test_counted_days_are_the_sum_of_the_longest_step_of_each_stage(drawn):
    flow = food_flow(
        steps=[
            flow_step("review", f"环节{number}", days, parallel_group=group)
            for number, (group, days) in enumerate(drawn)
        ]
    )
    expected = 0
    for group, run in itertools.groupby(drawn, key=lambda step: step[0]):
        days = [step[1] for step in run]
        expected += max(days) if group else sum(days)
    summary = summarize_flow(flow, food_flow_limits())
    assert summary.counted_days == expected
    assert sum(len(stage.steps) for stage in summary.stages) == len(drawn)


# -- summary -------------------------------------------------------------------


def test_summary_of_the_food_flow():
    flow = food_flow(special_steps=[site_inspection()])
    summary = summarize_flow(flow, food_flow_limits())
    assert summary == FlowSummary(
        kind="single",
        form="standard",
        lead_department=None,
        stages=tuple(flow_stages(flow)),
        counted_stage_count=3,
        counted_days=8,
        special_steps=(flow["special_steps"][0],),
        special_days_total=3,
        special_days_not_required_by_law=0,
        statutory_limit_days=20,
        committed_limit_days=10,
        departments=(FOOD_BUREAU,),
    )
    with pytest.raises(dataclasses.FrozenInstanceError):
        summary.counted_days = 0


def test_summary_of_the_joint_flow_with_special_steps():
    flow = construction_flow(special_steps=[site_inspection(), expert_review()])
    summary = summarize_flow(flow, construction_limits())
    assert summary.counted_stage_count == 3
    assert summary.counted_days == 7  # 1 + max(3, 4, 2) + 2
    assert summary.special_days_total == 8
    assert summary.special_days_not_required_by_law == 5
    assert (summary.statutory_limit_days, summary.committed_limit_days) == (15, 7)
    assert summary.departments == (HOUSING_BUREAU, LAND_BUREAU, FIRE_BRIGADE)
    assert summary.lead_department == HOUSING_BUREAU


def test_lead_department_is_the_first_lane():
    flow = construction_flow(
        cooperating_departments=[
            cooperation("莆田市人民防空办公室", 3),
            cooperation(FIRE_BRIGADE, 2),
            cooperation(LAND_BUREAU, 4),
        ]
    )
    flow["steps"].insert(0, flow_step("accept", "预审", 1, department=FIRE_BRIGADE))
    summary = summarize_flow(flow, construction_limits())
    # Lead, then as the steps go, then the cooperating department without steps.
    assert summary.departments == (
        HOUSING_BUREAU,
        FIRE_BRIGADE,
        LAND_BUREAU,
        "莆田市人民防空办公室",
    )


def test_single_flow_lanes_follow_the_steps():
    flow = with_steps(
        food_flow(lead_department="不相关"),
        {"department": "行政审批科"},
        {"department": "食品经营监管科"},
        {"department": "行政审批科"},
    )
    summary = summarize_flow(flow, food_flow_limits())
    assert summary.departments == ("行政审批科", "食品经营监管科")


def test_summary_leaves_out_invalid_limits_and_days():
    flow = food_flow(
        special_steps=[expert_review(duration_days=None), site_inspection()]
    )
    summary = summarize_flow(
        flow, food_flow_limits(statutory_limit_days=-1, committed_limit_days=None)
    )
    assert summary.statutory_limit_days == -1  # a number: check_flow reports it
    assert summary.committed_limit_days is None
    assert summary.special_days_total == 3
    assert summary.special_days_not_required_by_law == 0
    summary = summarize_flow(flow, {"statutory_limit_days": True})
    assert summary.statutory_limit_days is None


def test_summary_as_dict_is_json_ready():
    flow = construction_flow(special_steps=[expert_review()])
    data = summarize_flow(flow, construction_limits()).as_dict()
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data
    assert data["special_steps"][0]["committee_approval_date"] == "2024-03-15"
    assert data["stages"][1]["working_days"] == 4
    assert data["stages"][1]["parallel"] is True
    assert [step["name"] for step in data["stages"][1]["steps"]] == [
        "施工条件审查",
        "规划用地核查",
        "消防设计核查",
    ]
    assert data["departments"] == [HOUSING_BUREAU, LAND_BUREAU, FIRE_BRIGADE]


# -- valid flows ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("flow", "limits"),
    [
        (food_flow(), food_flow_limits()),
        (food_flow(special_steps=[site_inspection()]), food_flow_limits()),
        (
            construction_flow(special_steps=[site_inspection(), expert_review()]),
            construction_limits(),
        ),
        (renewal_flow(), food_flow_limits()),
        (deregistration_flow(), food_flow_limits(committed_limit_days=0)),
        # No committed limit: the statutory one applies (R9).
        (food_flow(), food_flow_limits(committed_limit_days=None)),
    ],
    ids=["food", "food-inspection", "construction", "renewal", "instant", "no-commit"],
)
def test_valid_flows_have_no_findings(flow, limits):
    assert check_flow(flow, limits) == []


# -- R6: the flowchart and its departments -------------------------------------


@pytest.mark.parametrize(
    ("flow", "expected"),
    [
        (food_flow(steps=[]), ["flow_steps_missing"]),
        (food_flow(steps=None), ["flow_steps_missing"]),
        (food_flow(kind=None), ["flow_kind_missing"]),
        (food_flow(kind="mixed"), ["flow_kind_unknown"]),
        (
            food_flow(cooperating_departments=[cooperation(LAND_BUREAU, 3)]),
            ["single_flow_with_cooperating"],
        ),
        # An empty row of the form names nobody.
        (food_flow(cooperating_departments=[{"department": " "}]), []),
        (construction_flow(lead_department=None), ["lead_department_missing"]),
        (
            construction_flow(cooperating_departments=[]),
            # Its steps are now by departments the flow does not list.
            [
                "step_department_not_in_flow",
                "step_department_not_in_flow",
                "joint_flow_without_cooperating",
            ],
        ),
        (
            construction_flow(
                cooperating_departments=[
                    cooperation(LAND_BUREAU, 4),
                    cooperation(FIRE_BRIGADE, 2),
                    cooperation(HOUSING_BUREAU, 2),
                ]
            ),
            ["lead_department_also_cooperating"],
        ),
        (
            construction_flow(
                cooperating_departments=[
                    cooperation(LAND_BUREAU, 4),
                    cooperation(FIRE_BRIGADE, 2),
                    cooperation(LAND_BUREAU, 4),
                ]
            ),
            ["cooperating_department_duplicate"],
        ),
        (
            construction_flow(
                cooperating_departments=[
                    cooperation(LAND_BUREAU, 4, duties=None),
                    cooperation(FIRE_BRIGADE, 2, handover_points=" "),
                ]
            ),
            ["cooperating_duties_missing", "cooperating_handover_missing"],
        ),
        (
            construction_flow(
                cooperating_departments=[
                    cooperation(LAND_BUREAU, 4, material_transfer=None),
                    cooperation(FIRE_BRIGADE, None),
                ]
            ),
            [
                "cooperating_material_transfer_missing",
                "cooperating_opinion_deadline_missing",
            ],
        ),
        (
            construction_flow(
                cooperating_departments=[
                    cooperation(LAND_BUREAU, 4),
                    cooperation(FIRE_BRIGADE, -1),
                ]
            ),
            ["cooperating_opinion_deadline_negative"],
        ),
        (
            construction_flow(
                cooperating_departments=[
                    cooperation(LAND_BUREAU, 4),
                    cooperation(FIRE_BRIGADE, 2),
                    cooperation(None, 2),
                ]
            ),
            ["cooperating_department_name_missing"],
        ),
        (
            with_steps(construction_flow(), {}, {}, {"department": None}),
            ["step_department_missing"],
        ),
        (
            with_steps(construction_flow(), {}, {}, {}, {"department": "莆田市水利局"}),
            ["step_department_not_in_flow"],
        ),
        (with_steps(food_flow(), {"name": ""}), ["step_name_missing"]),
    ],
)
def test_flow_structure(flow, expected):
    limits = construction_limits() if flow["kind"] == "joint" else food_flow_limits()
    findings = check_flow(flow, limits)
    assert codes(findings) == expected
    assert all(finding.severity == "error" for finding in findings)


def test_rules_of_the_structure_findings():
    flow = construction_flow(
        lead_department=None,
        cooperating_departments=[
            cooperation(LAND_BUREAU, None, duties=None, handover_points=None),
        ],
    )
    flow["steps"] = flow["steps"][:2] + flow["steps"][4:]
    rules = {
        finding.code: (finding.rule, finding.field)
        for finding in check_flow(flow, construction_limits())
    }
    assert rules == {
        "lead_department_missing": ("R6", "lead_department"),
        "cooperating_duties_missing": ("R6", "cooperating_departments"),
        "cooperating_handover_missing": ("R6", "cooperating_departments"),
        "cooperating_opinion_deadline_missing": ("R14", "cooperating_departments"),
    }


def test_missing_duties_names_the_department():
    flow = construction_flow()
    flow["cooperating_departments"][1]["duties"] = None
    finding = only(
        check_flow(flow, construction_limits()), "cooperating_duties_missing"
    )
    assert finding.message_zh == "配合部门“莆田市消防救援支队”未写明职责"
    assert finding.message_en == (
        "The cooperating department '莆田市消防救援支队' has no duties"
    )


def test_opinion_deadline_longer_than_the_limit_is_a_warning():
    flow = construction_flow()
    flow["cooperating_departments"][0]["opinion_deadline_days"] = 8
    (finding,) = check_flow(flow, construction_limits())
    assert finding.code == "cooperating_opinion_deadline_over_limit"
    assert finding.severity == "warning"
    assert finding.rule == "R14"
    assert "莆田市自然资源局" in finding.message_zh
    assert "（8个工作日）" in finding.message_zh


# -- R7: at most three counted stages, in order --------------------------------


def four_stage_flow(**changes) -> dict:
    flow = food_flow(**changes)
    flow["steps"].insert(2, flow_step("review", "复核", 2, role="科长"))
    return flow


def test_more_than_three_stages():
    finding = only(
        check_flow(four_stage_flow(), food_flow_limits()), "flow_too_many_stages"
    )
    assert finding.rule == "R7"
    assert finding.severity == "error"
    assert finding.field == "steps"
    assert finding.message_zh == (
        "审批流程有4个计时环节，超过受理、审查、决定3个环节；"
        "确属复杂事项的，应填写复杂事项说明"
    )


def test_parallel_steps_count_as_one_stage():
    flow = construction_flow()
    assert len(flow["steps"]) == 5
    assert check_flow(flow, construction_limits()) == []


def test_complex_item_reason_lifts_the_step_count_rule():
    reason = "涉及多部门技术审查的复杂事项"
    assert (
        check_flow(four_stage_flow(complex_exemption_reason=reason), food_flow_limits())
        == []
    )
    blank = four_stage_flow(complex_exemption_reason="  ")
    assert codes(check_flow(blank, food_flow_limits())) == ["flow_too_many_stages"]


def test_complex_item_reason_lifts_nothing_else():
    flow = with_steps(
        four_stage_flow(),
        {"working_days": 4},  # 4 + 5 + 2 + 2 = 13 > 10 committed
        {},
        {},
        {"kind": "accept"},  # 受理 after 审查
    )
    flow["special_steps"] = [expert_review(committee_document=None)]
    limits = food_flow_limits(committed_limit_days=11)  # > 50% of 20
    without = check_flow(flow, limits)
    assert "flow_too_many_stages" in codes(without)
    exempted = check_flow({**flow, "complex_exemption_reason": "复杂事项"}, limits)
    assert exempted == [f for f in without if f.code not in EXEMPTIBLE_CODES]
    assert codes(exempted) == [
        "flow_stage_order",
        "flow_stage_missing",
        "special_step_committee_approval_missing",
        "committed_over_half_statutory",
        "flow_days_over_committed",
    ]


def test_exemptible_codes():
    assert frozenset({"flow_too_many_stages"}) == EXEMPTIBLE_CODES


def test_decision_before_review():
    flow = with_steps(food_flow(), {}, {"kind": "decide"}, {"kind": "review"})
    (finding,) = check_flow(flow, food_flow_limits())
    assert finding.code == "flow_stage_order"
    assert finding.rule == "R7"
    assert finding.message_zh == (
        "第3个环节“决定”为“审查”环节，不能排在“决定”环节之后"
        "（应按受理—审查—决定的顺序）"
    )
    assert finding.message_en == (
        "Step 3 '决定' is a review step and cannot come after a decision step "
        "(the order is acceptance, review, decision)"
    )


def test_parallel_stage_out_of_order_is_named_step_by_step():
    flow = with_steps(construction_flow(), {"kind": "decide"})
    findings = check_flow(flow, construction_limits())
    assert codes(findings) == ["flow_stage_order", "flow_stage_missing"]
    assert findings[0].message_zh.startswith(
        "第2个环节“施工条件审查”、第3个环节“规划用地核查”、第4个环节“消防设计核查”"
        "为“审查”环节，不能排在“决定”环节之后"
    )
    assert findings[0].message_en.startswith(
        "Step 2 '施工条件审查', Step 3 '规划用地核查', Step 4 '消防设计核查' are "
        "review steps and cannot come after a decision step"
    )
    assert findings[1].message_en == (
        "The flow (form: Accept, review, decide) has no acceptance step"
    )


def test_standard_flow_needs_all_three_stages():
    flow = food_flow(steps=food_flow()["steps"][::2])  # 受理, 决定
    (finding,) = check_flow(flow, food_flow_limits())
    assert finding.code == "flow_stage_missing"
    assert finding.message_zh == "“受理—审查—决定”流程缺少“审查”环节"
    # The same two steps make a one-review-one-approval flow.
    assert (
        check_flow({**flow, "form": "one_review_one_approval"}, food_flow_limits())
        == []
    )


@pytest.mark.parametrize(
    ("steps", "expected"),
    [
        (
            [flow_step("review", "审查", 2), flow_step("decide", "决定", 1)],
            [],
        ),
        (
            [flow_step("decide", "决定", 1)],
            ["one_review_one_approval_stage_count"],
        ),
        (
            [
                flow_step("accept", "受理", 1),
                flow_step("review", "审查", 2),
                flow_step("decide", "决定", 1),
            ],
            ["one_review_one_approval_stage_count"],
        ),
        (
            [flow_step("accept", "受理", 1), flow_step("review", "审查", 2)],
            ["flow_stage_missing"],
        ),
        (
            [
                flow_step("review", "审查", 2, parallel_group="并联"),
                flow_step("review", "会审", 3, parallel_group="并联"),
                flow_step("decide", "决定", 1),
            ],
            [],
        ),
    ],
)
def test_one_review_one_approval(steps, expected):
    flow = renewal_flow(steps=steps)
    assert codes(check_flow(flow, food_flow_limits())) == expected


def test_parallel_steps_of_different_kinds():
    flow = with_steps(
        food_flow(), {}, {"parallel_group": "并联"}, {"parallel_group": "并联"}
    )
    (finding,) = check_flow(flow, food_flow_limits())
    assert finding.code == "parallel_stage_mixed_kinds"
    assert "第2个环节“审查”、第3个环节“决定”" in finding.message_zh


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"kind": None}, ["step_kind_missing", "flow_stage_missing"]),
        ({"kind": "approve"}, ["step_kind_unknown", "flow_stage_missing"]),
        ({"working_days": None}, ["step_days_missing"]),
        ({"working_days": -1}, ["step_days_negative"]),
    ],
)
def test_step_findings(change, expected):
    flow = with_steps(food_flow(), {}, change)
    assert codes(check_flow(flow, food_flow_limits())) == expected


def test_negative_days_names_the_step():
    flow = with_steps(food_flow(), {}, {"working_days": -2})
    (finding,) = check_flow(flow, food_flow_limits())
    assert finding == Finding(
        "R9",
        "error",
        "step_days_negative",
        "第2个环节“审查”的办理时限不能为负数（-2个工作日）",
        "Step 2 '审查' cannot take a negative number of working days (-2)",
        "steps",
    )


@pytest.mark.parametrize(
    ("form", "expected"),
    [(None, ["flow_form_missing"]), ("two_step", ["flow_form_unknown"])],
)
def test_flow_form(form, expected):
    findings = check_flow(food_flow(form=form), food_flow_limits())
    assert codes(findings) == expected
    assert findings[0].rule == "R7"
    assert findings[0].field == "form"


# -- R8: special steps ----------------------------------------------------------


def special_codes(*specials: dict, flow=None, **limits) -> list[str]:
    flow = flow or food_flow()
    flow["special_steps"] = list(specials)
    return codes(check_flow(flow, food_flow_limits(**limits)))


@pytest.mark.parametrize(
    ("special", "expected"),
    [
        (site_inspection(), []),
        # Required by law: no committee approval needed.
        (site_inspection(committee_approval_date=None, committee_document=None), []),
        (expert_review(), []),
        (
            expert_review(committee_approval_date=None),
            ["special_step_committee_approval_missing"],
        ),
        (
            expert_review(committee_document=" "),
            ["special_step_committee_approval_missing"],
        ),
        (
            expert_review(committee_approval_date=None, committee_document=None),
            ["special_step_committee_approval_missing"],
        ),
        # Unanswered is not "required by law".
        (
            site_inspection(required_by_law=None),
            ["special_step_committee_approval_missing"],
        ),
        (site_inspection(kind=None), ["special_step_kind_missing"]),
        (site_inspection(kind="site_visit"), ["special_step_kind_unknown"]),
        (site_inspection(duration_days=None), ["special_step_duration_missing"]),
        (site_inspection(duration_days=-1), ["special_step_duration_negative"]),
        (site_inspection(explanation=""), ["special_step_explanation_missing"]),
        (site_inspection(legal_basis=None), ["special_step_legal_basis_missing"]),
        (site_inspection(after_step=3), ["special_step_position_invalid"]),
        (site_inspection(after_step=-1), ["special_step_position_invalid"]),
        (site_inspection(after_step=2), []),
        (site_inspection(after_step=None), []),
    ],
)
def test_special_step(special, expected):
    assert special_codes(special) == expected


def test_every_special_step_kind_is_accepted():
    kinds = ["public_notice", "hearing", "tender", "auction", "inspection"]
    kinds += ["testing", "quarantine", "surveying", "appraisal", "expert_review"]
    specials = [site_inspection(kind=kind, name=None) for kind in kinds]
    assert special_codes(*specials) == []


def test_committee_approval_message_names_the_step_and_what_lacks():
    flow = food_flow(special_steps=[expert_review(committee_approval_date=None)])
    (finding,) = check_flow(flow, food_flow_limits())
    assert finding == Finding(
        "R8",
        "error",
        "special_step_committee_approval_missing",
        "特殊环节“专家评审”非法律法规规定，须经服务中心管委会批准，但缺少批准日期",
        "The special step '专家评审' is not required by law and needs the approval "
        "of the service centre committee, but its approval date is missing",
        "special_steps",
    )
    flow["special_steps"][0]["committee_document"] = None
    (finding,) = check_flow(flow, food_flow_limits())
    assert finding.message_zh.endswith("但缺少批准日期和批准文号")
    assert finding.message_en.endswith("approval date and document number is missing")


def test_unnamed_special_step_is_named_by_its_kind():
    flow = food_flow(special_steps=[site_inspection(name=None, explanation=None)])
    (finding,) = check_flow(flow, food_flow_limits())
    assert (
        finding.message_zh == "特殊环节“检验”未向社会公开说明（办理内容、所需时间等）"
    )
    flow["special_steps"][0]["kind"] = None
    findings = check_flow(flow, food_flow_limits())
    assert findings[0].message_zh == "第1个特殊环节未选择特殊环节类型"


@pytest.mark.parametrize(
    ("duration", "expected"),
    [
        (12, []),  # 8 counted + 12 = 20, the statutory limit
        (13, ["special_time_over_statutory"]),
    ],
)
def test_special_steps_not_required_by_law_stay_within_the_statutory_limit(
    duration, expected
):
    assert special_codes(expert_review(duration_days=duration)) == expected


def test_special_steps_required_by_law_are_not_limited():
    assert special_codes(site_inspection(duration_days=60)) == []


def test_special_time_adds_up_every_step_not_required_by_law():
    specials = (
        expert_review(duration_days=6),
        site_inspection(duration_days=30),
        expert_review(name="论证会", kind="hearing", duration_days=7),
    )
    flow = food_flow(special_steps=list(specials))
    (finding,) = check_flow(flow, food_flow_limits())
    assert finding.code == "special_time_over_statutory"
    assert finding.message_zh == (
        "计时环节（8个工作日）加上非法定的特殊环节“专家评审”、特殊环节“论证会”"
        "共21个工作日，超过法定办结时限（20个工作日）"
    )
    assert finding.message_en == (
        "The counted steps (8 working days) plus the special step '专家评审', the "
        "special step '论证会', not required by law, take 21 working days, more "
        "than the statutory time limit (20 working days)"
    )


def test_no_statutory_limit_no_special_time_rule():
    flow = food_flow(special_steps=[expert_review(duration_days=90)])
    limits = food_flow_limits(statutory_limit_days=None, committed_limit_days=10)
    assert check_flow(flow, limits) == []


# -- R9: counted days and time limits --------------------------------------------


def test_counted_days_over_the_committed_limit():
    limits = food_flow_limits(committed_limit_days=7)
    (finding,) = check_flow(food_flow(), limits)
    assert finding == Finding(
        "R9",
        "error",
        "flow_days_over_committed",
        "各计时环节合计8个工作日（并联环节按最长者计），超过承诺办结时限（7个工作日）",
        "The counted steps take 8 working days (parallel steps counted once, by "
        "the longest), more than the committed time limit (7 working days)",
        "steps",
    )


def test_counted_days_equal_to_the_committed_limit():
    assert check_flow(food_flow(), food_flow_limits(committed_limit_days=8)) == []


def test_parallel_days_are_counted_once():
    # Added up one by one the steps would take 12 days; parallel, 7.
    assert check_flow(construction_flow(), construction_limits()) == []
    limits = construction_limits()
    findings = check_flow(sequential_construction_flow(), limits)
    assert codes(findings) == [
        "flow_too_many_stages",
        "flow_days_over_committed",
        "joint_flow_sequential",
    ]


def test_without_a_committed_limit_the_statutory_limit_counts():
    limits = food_flow_limits(statutory_limit_days=7, committed_limit_days=None)
    (finding,) = check_flow(food_flow(), limits)
    assert finding.code == "flow_days_over_statutory"
    assert finding.message_zh.endswith("超过法定办结时限（7个工作日）")


def test_special_steps_are_not_counted_against_the_committed_limit():
    flow = food_flow(special_steps=[site_inspection(duration_days=10), expert_review()])
    assert check_flow(flow, food_flow_limits()) == []


@pytest.mark.parametrize(
    ("limits", "expected"),
    [
        (food_flow_limits(committed_limit_days=11), ["committed_over_half_statutory"]),
        (
            food_flow_limits(committed_limit_days=11, limit_exemption_reason="复杂"),
            [],
        ),
        (food_flow_limits(committed_limit_days=25), ["committed_over_statutory"]),
        (
            food_flow_limits(statutory_limit_days=None, committed_limit_days=None),
            ["committed_required_without_statutory"],
        ),
        (
            food_flow_limits(committed_limit_days=-1),
            ["committed_limit_days_negative"],
        ),
        (
            food_flow_limits(committed_limit_days="10"),
            ["committed_limit_days_not_integer"],
        ),
    ],
)
def test_time_limits_are_checked_by_the_limits_rule(limits, expected):
    assert codes(check_flow(food_flow(), limits)) == expected


def test_the_flow_reason_does_not_lift_the_half_rule():
    flow = food_flow(complex_exemption_reason="复杂事项")
    limits = food_flow_limits(committed_limit_days=11)
    assert codes(check_flow(flow, limits)) == ["committed_over_half_statutory"]


# -- R10: instant items -----------------------------------------------------------


def test_formal_review_only_suggests_an_instant_item():
    (finding,) = check_flow(deregistration_flow(), food_flow_limits())
    assert finding == Finding(
        "R10",
        "suggestion",
        "flow_could_be_instant",
        "单一审批、仅作形式审查且无特殊环节的事项，建议作为即办件办理"
        "（承诺办结时限由10个工作日改为0）",
        "A single-organ item with formal review only and no special step should "
        "be an instant item (committed limit 0 instead of 10 working days)",
        "committed_limit_days",
    )


@pytest.mark.parametrize(
    ("flow", "limits", "expected"),
    [
        (deregistration_flow(), food_flow_limits(committed_limit_days=0), []),
        (
            deregistration_flow(),
            food_flow_limits(committed_limit_days=None),
            ["flow_could_be_instant"],
        ),
        (deregistration_flow(formal_review_only=False), food_flow_limits(), []),
        (deregistration_flow(formal_review_only=None), food_flow_limits(), []),
        (
            deregistration_flow(special_steps=[site_inspection()]),
            food_flow_limits(),
            [],
        ),
        (
            food_flow(formal_review_only=True),
            food_flow_limits(),
            ["flow_could_be_instant"],
        ),
    ],
)
def test_instant_item_suggestion(flow, limits, expected):
    assert codes(check_flow(flow, limits)) == expected


def test_joint_flow_is_never_suggested_instant():
    flow = construction_flow(formal_review_only=True)
    assert check_flow(flow, construction_limits()) == []


# -- R14: joint approval ----------------------------------------------------------


def test_sequential_joint_flow_suggests_parallel_approval():
    limits = construction_limits(committed_limit_days=None, statutory_limit_days=30)
    flow = sequential_construction_flow(complex_exemption_reason="多部门审查的复杂事项")
    (finding,) = check_flow(flow, limits)
    assert finding == Finding(
        "R14",
        "suggestion",
        "joint_flow_sequential",
        "配合部门（莆田市自然资源局、莆田市消防救援支队）的环节均为串联办理，"
        "能同时进行的建议实行并联审批",
        "The steps of the cooperating departments (莆田市自然资源局, "
        "莆田市消防救援支队) all run one after another; run those that can in "
        "parallel",
        "steps",
    )


def test_one_parallel_cooperating_step_is_enough():
    flow = with_steps(
        construction_flow(complex_exemption_reason="多部门审查的复杂事项"),
        {},
        {},
        {},
        {"parallel_group": None},  # 消防 after the joint review of the others
    )
    assert [stage.parallel for stage in flow_stages(flow)] == [
        False,
        True,
        False,
        False,
    ]
    limits = construction_limits(committed_limit_days=9, statutory_limit_days=20)
    assert check_flow(flow, limits) == []


def test_cooperating_departments_without_steps_get_no_suggestion():
    flow = construction_flow()
    flow["steps"] = [flow["steps"][0], flow["steps"][1], flow["steps"][4]]
    flow["steps"][1]["parallel_group"] = None
    assert check_flow(flow, construction_limits()) == []


# -- bad input ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("flow", "limits", "code"),
    [
        ("食品经营许可", food_flow_limits(), "invalid_mapping"),
        (food_flow(), None, "invalid_mapping"),
        (food_flow(steps="受理—审查—决定"), food_flow_limits(), "invalid_list"),
        (food_flow(steps=["受理"]), food_flow_limits(), "invalid_mapping"),
        (
            with_steps(food_flow(), {"working_days": "1"}),
            food_flow_limits(),
            "invalid_days",
        ),
        (
            with_steps(food_flow(), {"working_days": 1.5}),
            food_flow_limits(),
            "invalid_days",
        ),
        (
            with_steps(food_flow(), {"working_days": True}),
            food_flow_limits(),
            "invalid_days",
        ),
        (with_steps(food_flow(), {"name": 3}), food_flow_limits(), "invalid_text"),
        (food_flow(kind=["single"]), food_flow_limits(), "invalid_text"),
        (food_flow(formal_review_only="yes"), food_flow_limits(), "invalid_flag"),
        (
            food_flow(
                special_steps=[expert_review(committee_approval_date="2024-03-15")]
            ),
            food_flow_limits(),
            "invalid_date",
        ),
        (
            food_flow(special_steps=[expert_review(required_by_law="否")]),
            food_flow_limits(),
            "invalid_flag",
        ),
        (
            food_flow(special_steps=[expert_review(after_step="2")]),
            food_flow_limits(),
            "invalid_step_position",
        ),
        (
            food_flow(special_steps=[expert_review(duration_days="5")]),
            food_flow_limits(),
            "invalid_days",
        ),
        (
            construction_flow(cooperating_departments=[cooperation(LAND_BUREAU, 2.5)]),
            construction_limits(),
            "invalid_days",
        ),
    ],
)
def test_malformed_input_raises(flow, limits, code):
    with pytest.raises(RuleInputError) as raised:
        check_flow(flow, limits)
    assert raised.value.code == code
    assert raised.value.message_zh


def test_summary_rejects_malformed_input():
    with pytest.raises(RuleInputError):
        summarize_flow(food_flow(), ["statutory_limit_days"])
    with pytest.raises(RuleInputError):
        flow_stages(with_steps(food_flow(), {"parallel_group": 1}))


def test_rules_accept_a_date_and_leave_the_input_unchanged():
    flow = construction_flow(
        special_steps=[expert_review(committee_approval_date=date(2025, 1, 2))]
    )
    before = json.dumps(flow, default=str, ensure_ascii=False)
    check_flow(flow, construction_limits())
    summarize_flow(flow, construction_limits())
    assert json.dumps(flow, default=str, ensure_ascii=False) == before
