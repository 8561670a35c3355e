"""R6-R10, R14: the approval flow (审批流程) of an item and its flowchart.

A flow is a mapping::

    {
        "kind": "single" | "joint",                 # FLOW_KINDS
        "form": "standard" | "one_review_one_approval",  # FLOW_FORMS
        "lead_department": str | None,              # 牵头部门 (joint flows)
        "cooperating_departments": [                # 配合部门 (joint flows)
            {"department", "duties", "handover_points", "material_transfer",
             "opinion_deadline_days"},
        ],
        "steps": [                                  # counted steps, in order
            {"kind" (STEP_KINDS), "name", "department", "role",
             "working_days", "parallel_group"},
        ],
        "special_steps": [                          # 特殊环节, not counted
            {"kind" (SPECIAL_STEP_KINDS), "name", "duration_days",
             "legal_basis", "required_by_law", "committee_approval_date",
             "committee_document", "explanation", "after_step"},
        ],
        "complex_exemption_reason": str | None,     # 复杂事项说明 (R7 only)
        "formal_review_only": bool,                 # 形式审查 (R10)
    }

and the item's limits are {"statutory_limit_days", "committed_limit_days",
"limit_exemption_reason"}. ``check_flow`` returns findings; only values of
the wrong type raise RuleInputError.
"""

from collections.abc import Mapping
from putian.policy.rules.catalogue.limits import check_time_limits
from putian.policy.rules.catalogue.limits import COMMITTED_FIELD
from putian.policy.rules.catalogue.limits import STATUTORY_FIELD
from putian.policy.rules.catalogue.terms import REVIEW_STAGES
from putian.policy.rules.catalogue.terms import Term
from putian.policy.rules.catalogue.terms import term
from putian.policy.rules.catalogue.terms import tokens
from putian.policy.rules.common.findings import ERROR
from putian.policy.rules.common.findings import Finding
from putian.policy.rules.common.findings import SUGGESTION
from putian.policy.rules.common.inputs import chosen_token
from putian.policy.rules.common.inputs import flag
from putian.policy.rules.common.inputs import mapping
from putian.policy.rules.common.inputs import text
from putian.policy.rules.flows.departments import cooperating_names
from putian.policy.rules.flows.departments import department_findings
from putian.policy.rules.flows.departments import parallel_suggestion
from putian.policy.rules.flows.special_steps import special_step_findings
from putian.policy.rules.flows.special_steps import special_time_findings
from putian.policy.rules.flows.summary import flow_stages
from putian.policy.rules.flows.summary import flow_steps
from putian.policy.rules.flows.summary import JOINT
from putian.policy.rules.flows.summary import lead_department
from putian.policy.rules.flows.summary import limit_value
from putian.policy.rules.flows.summary import read_flow
from putian.policy.rules.flows.summary import SINGLE
from putian.policy.rules.flows.summary import special_steps
from putian.policy.rules.flows.summary import Stage
from putian.policy.rules.flows.summary import step_days
from putian.policy.rules.flows.summary import step_department
from putian.policy.rules.flows.summary import STEPS_FIELD
from types import MappingProxyType


__all__ = [
    "EXEMPTIBLE_CODES",
    "FLOW_FORMS",
    "FLOW_KINDS",
    "FLOW_VOCABULARIES",
    "MAX_COUNTED_STAGES",
    "STEP_KINDS",
    "check_flow",
]

# 审批流程类型 (R6).
FLOW_KINDS = (
    Term(SINGLE, "单一审批", "Single-organ approval"),
    Term(JOINT, "共同审批", "Joint approval"),
)

# 审批流程形式 (R7).
STANDARD = "standard"
ONE_REVIEW_ONE_APPROVAL = "one_review_one_approval"
FLOW_FORMS = (
    Term(STANDARD, "受理—审查—决定", "Accept, review, decide"),
    Term(ONE_REVIEW_ONE_APPROVAL, "一审一核", "One review, one approval"),
)

# 计时环节 (R7): the same three stages as the review rules (R11).
STEP_KINDS = REVIEW_STAGES

# The flow's vocabularies by name, for generating the Plone vocabularies.
FLOW_VOCABULARIES = MappingProxyType(
    {"flow_kinds": FLOW_KINDS, "flow_forms": FLOW_FORMS, "step_kinds": STEP_KINDS}
)

# R7: accept, review, decide at most; more only for a recorded complex item.
MAX_COUNTED_STAGES = 3
ONE_REVIEW_ONE_APPROVAL_STAGES = 2

# Which stage kinds each form must have; kinds come in the order of STEP_KINDS.
REQUIRED_STAGE_KINDS = MappingProxyType(
    {
        STANDARD: ("accept", "review", "decide"),
        ONE_REVIEW_ONE_APPROVAL: ("decide",),
    }
)
_STAGE_RANK = {kind.token: rank for rank, kind in enumerate(STEP_KINDS)}

TOO_MANY_STAGES = "flow_too_many_stages"

# The error codes a complex item's recorded reason (复杂事项说明) lifts:
# only the step-count rule (R7). check_flow leaves them out when the flow
# has a reason; the Plone side uses this to say a reason would lift them.
EXEMPTIBLE_CODES = frozenset({TOO_MANY_STAGES})


def _choice(flow: Mapping, field: str, vocabulary, rule: str, what: tuple):
    return chosen_token(
        flow, field, vocabulary, rule, what, code_prefix="flow_", missing_zh="未选择"
    )


# -- labels naming what is wrong ----------------------------------------------


def _step_label(number: int, step: Mapping) -> tuple[str, str]:
    name = text(step.get("name"), "环节名称", "step name")
    if name is None:
        return f"第{number}个环节", f"Step {number}"
    return f"第{number}个环节“{name}”", f"Step {number} {name!r}"


def _stage_label(stage: Stage, numbers: Mapping[int, int]) -> tuple[str, str]:
    """The stage by its steps' numbers and names (``numbers``: id -> number)."""
    labels = [_step_label(numbers[id(step)], step) for step in stage.steps]
    return "、".join(zh for zh, _ in labels), ", ".join(en for _, en in labels)


# -- steps (R6, R7, R9) --------------------------------------------------------


def _step_findings(
    step: Mapping, number: int, kind: str | None, departments: set | None
) -> list[Finding]:
    label, label_en = _step_label(number, step)
    findings = []

    def error(rule: str, code: str, zh: str, en: str) -> None:
        findings.append(Finding(rule, ERROR, code, zh, en, STEPS_FIELD))

    if text(step.get("name"), "环节名称", "step name") is None:
        error(
            "R6", "step_name_missing", f"{label}未填写名称", f"{label_en} has no name"
        )
    step_kind = text(step.get("kind"), "环节类型", "step kind")
    if step_kind is None:
        error(
            "R7",
            "step_kind_missing",
            f"{label}未选择环节类型（受理、审查或决定）",
            f"{label_en} is not marked as acceptance, review or decision",
        )
    elif step_kind not in tokens(STEP_KINDS):
        error(
            "R7",
            "step_kind_unknown",
            f"{label}的环节类型“{step_kind}”不是受理、审查或决定",
            f"{label_en} has an unknown kind {step_kind!r} (expected acceptance, "
            "review or decision)",
        )
    days = step_days(step)
    if days is None:
        error(
            "R9",
            "step_days_missing",
            f"{label}未填写办理时限（工作日）",
            f"{label_en} does not say how many working days it takes",
        )
    elif days < 0:
        error(
            "R9",
            "step_days_negative",
            f"{label}的办理时限不能为负数（{days}个工作日）",
            f"{label_en} cannot take a negative number of working days ({days})",
        )
    if kind == JOINT:
        department = step_department(step)
        if department is None:
            error(
                "R6",
                "step_department_missing",
                f"共同审批流程的{label}未写明承办部门",
                f"{label_en} of the joint flow does not name its department",
            )
        elif departments is not None and department not in departments:
            error(
                "R6",
                "step_department_not_in_flow",
                f"{label}的承办部门“{department}”既不是牵头部门，也不在配合部门之列",
                f"{label_en} is handled by {department!r}, which is neither the "
                "lead department nor a cooperating department",
            )
    return findings


def _order_findings(stages: list[Stage], steps: list[Mapping], form: str | None):
    numbers = {id(step): number for number, step in enumerate(steps, start=1)}
    findings = []
    highest = None  # (rank, kind) of the latest stage so far
    present = set()
    for stage in stages:
        kinds = [kind for kind in stage.kinds if kind in _STAGE_RANK]
        present.update(kinds)
        label, label_en = _stage_label(stage, numbers)
        if len(kinds) > 1:
            titles = "、".join(
                entry.title_zh for entry in STEP_KINDS if entry.token in kinds
            )
            findings.append(
                Finding(
                    "R7",
                    ERROR,
                    "parallel_stage_mixed_kinds",
                    f"并联办理的{label}分属不同环节（{titles}），"
                    "同一并联分组只能是同一环节",
                    f"{label_en} run in parallel but are of different kinds; "
                    "a parallel group must be one kind of step",
                    STEPS_FIELD,
                )
            )
            continue
        if not kinds:
            continue
        rank = _STAGE_RANK[kinds[0]]
        if highest is not None and rank < highest[0]:
            this, before = STEP_KINDS[rank], highest[1]
            findings.append(
                Finding(
                    "R7",
                    ERROR,
                    "flow_stage_order",
                    f"{label}为“{this.title_zh}”环节，不能排在“{before.title_zh}”"
                    "环节之后（应按受理—审查—决定的顺序）",
                    f"{label_en} {'are' if stage.parallel else 'is a'} "
                    f"{this.title_en.lower()} step{'s' if stage.parallel else ''} "
                    f"and cannot come after a {before.title_en.lower()} step "
                    "(the order is acceptance, review, decision)",
                    STEPS_FIELD,
                )
            )
        else:
            highest = (rank, STEP_KINDS[rank])
    if form is not None:
        missing = [
            entry
            for entry in STEP_KINDS
            if entry.token in REQUIRED_STAGE_KINDS[form] and entry.token not in present
        ]
        if missing:
            form_title = term(FLOW_FORMS, form)
            findings.append(
                Finding(
                    "R7",
                    ERROR,
                    "flow_stage_missing",
                    f"“{form_title.title_zh}”流程缺少"
                    + "、".join(f"“{entry.title_zh}”" for entry in missing)
                    + "环节",
                    f"The flow (form: {form_title.title_en}) has no "
                    + " or ".join(entry.title_en.lower() for entry in missing)
                    + " step",
                    STEPS_FIELD,
                )
            )
    return findings


def _stage_findings(
    flow: Mapping, stages: list[Stage], form: str | None
) -> list[Finding]:
    steps = flow_steps(flow)
    if not stages:
        return [
            Finding(
                "R6",
                ERROR,
                "flow_steps_missing",
                "审批流程没有任何办理环节，无法绘制流程图",
                "The approval flow has no steps, so no flowchart can be drawn",
                STEPS_FIELD,
            )
        ]
    findings = []
    count = len(stages)
    exempted = text(
        flow.get("complex_exemption_reason"), "复杂事项说明", "complex item reason"
    )
    if count > MAX_COUNTED_STAGES and exempted is None:
        findings.append(
            Finding(
                "R7",
                ERROR,
                TOO_MANY_STAGES,
                f"审批流程有{count}个计时环节，超过受理、审查、决定3个环节；"
                "确属复杂事项的，应填写复杂事项说明",
                f"The flow has {count} counted stages, more than the three of "
                "acceptance, review and decision; record the reason if it is a "
                "complex item",
                STEPS_FIELD,
            )
        )
    if form == ONE_REVIEW_ONE_APPROVAL and count != ONE_REVIEW_ONE_APPROVAL_STAGES:
        findings.append(
            Finding(
                "R7",
                ERROR,
                "one_review_one_approval_stage_count",
                f"“一审一核”流程应有2个计时环节，现有{count}个",
                f"A one-review-one-approval flow has two counted stages, not {count}",
                STEPS_FIELD,
            )
        )
    return findings + _order_findings(stages, steps, form)


# -- time limits (R9) ----------------------------------------------------------


def _effective_limit(limits: Mapping) -> int | None:
    """The committed limit, else the statutory one (None when neither is valid)."""
    committed = limit_value(limits, COMMITTED_FIELD)
    if committed is not None:
        return committed if committed >= 0 else None
    statutory = limit_value(limits, STATUTORY_FIELD)
    if limits.get(COMMITTED_FIELD) is None and statutory is not None:
        return statutory if statutory >= 0 else None
    return None


def _limit_findings(limits: Mapping, counted_days: int) -> list[Finding]:
    findings = check_time_limits(
        limits.get(STATUTORY_FIELD),
        limits.get(COMMITTED_FIELD),
        text(limits.get("limit_exemption_reason"), "复杂事项说明", "exemption reason"),
    )
    limit = _effective_limit(limits)
    if limit is None or counted_days <= limit:
        return findings
    committed = limits.get(COMMITTED_FIELD) is not None
    which_zh, which_en = ("承诺", "committed") if committed else ("法定", "statutory")
    findings.append(
        Finding(
            "R9",
            ERROR,
            f"flow_days_over_{which_en}",
            f"各计时环节合计{counted_days}个工作日（并联环节按最长者计），"
            f"超过{which_zh}办结时限（{limit}个工作日）",
            f"The counted steps take {counted_days} working days (parallel steps "
            f"counted once, by the longest), more than the {which_en} time limit "
            f"({limit} working days)",
            STEPS_FIELD,
        )
    )
    return findings


# -- suggestions (R10, R14) ----------------------------------------------------


def _instant_suggestion(
    flow: Mapping, kind: str | None, specials: list, limits: Mapping
) -> list[Finding]:
    formal = flag(flow.get("formal_review_only"), "仅形式审查", "formal review only")
    limit = _effective_limit(limits)
    if kind != SINGLE or not formal or specials or limit is None or limit <= 0:
        return []
    return [
        Finding(
            "R10",
            SUGGESTION,
            "flow_could_be_instant",
            f"单一审批、仅作形式审查且无特殊环节的事项，建议作为即办件办理"
            f"（承诺办结时限由{limit}个工作日改为0）",
            f"A single-organ item with formal review only and no special step "
            f"should be an instant item (committed limit 0 instead of {limit} "
            "working days)",
            COMMITTED_FIELD,
        )
    ]


# -- the whole flow ------------------------------------------------------------


def check_flow(flow: Mapping, limits: Mapping) -> list[Finding]:
    """Every flow rule (R6-R10, R14); an empty list means fine.

    ``limits`` are the item's statutory_limit_days, committed_limit_days and
    limit_exemption_reason (the latter lifts the 50% rule, R9). The flow's
    complex_exemption_reason lifts only the step-count rule (EXEMPTIBLE_CODES).
    Findings come flow kind and form first, then steps, stages, departments,
    special steps, time limits and finally the suggestions.
    """
    flow = read_flow(flow)
    limits = mapping(limits, "办结时限", "time limits")
    kind, findings = _choice(
        flow, "kind", FLOW_KINDS, "R6", ("流程类型", "kind of flow")
    )
    form, form_findings = _choice(
        flow, "form", FLOW_FORMS, "R7", ("流程形式", "form of flow")
    )
    findings += form_findings

    steps = flow_steps(flow)
    # Without a lead department (reported below) the steps' departments
    # cannot be told apart from it.
    lead = lead_department(flow)
    departments = None if lead is None else {lead, *cooperating_names(flow)}
    for number, step in enumerate(steps, start=1):
        findings += _step_findings(step, number, kind, departments)
    stages = flow_stages(flow)
    findings += _stage_findings(flow, stages, form)
    limit = _effective_limit(limits)
    findings += department_findings(flow, kind, limit)

    specials = special_steps(flow)
    for number, special in enumerate(specials, start=1):
        findings += special_step_findings(special, number, len(steps))
    counted_days = sum(stage.working_days for stage in stages)
    findings += special_time_findings(
        specials, counted_days, limit_value(limits, STATUTORY_FIELD)
    )
    findings += _limit_findings(limits, counted_days)
    findings += _instant_suggestion(flow, kind, specials, limits)
    findings += parallel_suggestion(flow, kind, stages)
    return findings
