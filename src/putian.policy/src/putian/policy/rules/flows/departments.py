"""R6, R14: the departments of an approval flow.

A single-organ flow (单一审批) has no cooperating departments. A joint flow
(共同审批) names one lead department (牵头部门) and, for each cooperating
department, its duties, hand-over points, material transfer requirements
and the deadline for returning its opinion; steps that can run in
parallel should (并联审批).
"""

from collections.abc import Mapping
from putian.policy.rules.common.findings import ERROR
from putian.policy.rules.common.findings import Finding
from putian.policy.rules.common.findings import SUGGESTION
from putian.policy.rules.common.findings import WARNING
from putian.policy.rules.common.inputs import text
from putian.policy.rules.flows.summary import cooperating_departments
from putian.policy.rules.flows.summary import COOPERATING_FIELD
from putian.policy.rules.flows.summary import days_value
from putian.policy.rules.flows.summary import JOINT
from putian.policy.rules.flows.summary import lead_department
from putian.policy.rules.flows.summary import LEAD_FIELD
from putian.policy.rules.flows.summary import SINGLE
from putian.policy.rules.flows.summary import Stage
from putian.policy.rules.flows.summary import STEPS_FIELD


def _cooperation_findings(
    entry: Mapping, number: int, lead: str | None, seen: set, limit: int | None
) -> list[Finding]:
    department = text(entry.get("department"), "配合部门名称", "cooperating department")
    findings = []

    def finding(rule: str, code: str, zh: str, en: str, severity=ERROR) -> None:
        findings.append(Finding(rule, severity, code, zh, en, COOPERATING_FIELD))

    if department is None:
        label, label_en = f"第{number}个配合部门", f"Cooperating department {number}"
        finding(
            "R6",
            "cooperating_department_name_missing",
            f"{label}未填写部门名称",
            f"{label_en} has no name",
        )
    else:
        label, label_en = (
            f"配合部门“{department}”",
            f"The cooperating department {department!r}",
        )
        if department == lead:
            finding(
                "R6",
                "lead_department_also_cooperating",
                f"牵头部门“{department}”不能同时列为配合部门",
                f"The lead department {department!r} cannot also be a cooperating "
                "department",
            )
        elif department in seen:
            finding(
                "R6",
                "cooperating_department_duplicate",
                f"{label}重复列出",
                f"{label_en} is listed more than once",
            )
        seen.add(department)
    for key, code, what_zh, what_en in (
        ("duties", "cooperating_duties_missing", "职责", "duties"),
        (
            "handover_points",
            "cooperating_handover_missing",
            "交接节点",
            "hand-over points",
        ),
        (
            "material_transfer",
            "cooperating_material_transfer_missing",
            "材料流转要求",
            "material transfer requirements",
        ),
    ):
        if text(entry.get(key), what_zh, what_en) is None:
            finding(
                "R6",
                code,
                f"{label}未写明{what_zh}",
                f"{label_en} has no {what_en}",
            )
    deadline = days_value(
        entry.get("opinion_deadline_days"), "反馈意见时限", "opinion deadline"
    )
    if deadline is None:
        finding(
            "R14",
            "cooperating_opinion_deadline_missing",
            f"{label}未写明反馈意见时限（工作日）",
            f"{label_en} has no deadline (in working days) for returning its opinion",
        )
    elif deadline < 0:
        finding(
            "R14",
            "cooperating_opinion_deadline_negative",
            f"{label}的反馈意见时限不能为负数（{deadline}个工作日）",
            f"{label_en} cannot have a negative opinion deadline ({deadline} "
            "working days)",
        )
    elif limit is not None and deadline > limit:
        finding(
            "R14",
            "cooperating_opinion_deadline_over_limit",
            f"{label}的反馈意见时限（{deadline}个工作日）超过事项的办结时限"
            f"（{limit}个工作日）",
            f"{label_en} may take {deadline} working days to return its opinion, "
            f"longer than the item's time limit ({limit} working days)",
            WARNING,
        )
    return findings


def department_findings(
    flow: Mapping, kind: str | None, limit: int | None
) -> list[Finding]:
    """R6/R14 for a flow of ``kind``; ``limit`` bounds the opinion deadlines."""
    cooperating = cooperating_departments(flow)
    if kind == SINGLE:
        named = cooperating_names(flow)
        if not named:
            return []
        return [
            Finding(
                "R6",
                ERROR,
                "single_flow_with_cooperating",
                "单一审批流程不应有配合部门（"
                + "、".join(named)
                + "）；多部门办理的应选择共同审批流程",
                "A single-organ flow has no cooperating departments ("
                + ", ".join(named)
                + "); choose a joint flow when several departments take part",
                COOPERATING_FIELD,
            )
        ]
    if kind != JOINT:
        return []
    findings = []
    lead = lead_department(flow)
    if lead is None:
        findings.append(
            Finding(
                "R6",
                ERROR,
                "lead_department_missing",
                "共同审批流程必须明确一个牵头部门",
                "A joint flow must name one lead department",
                LEAD_FIELD,
            )
        )
    if not cooperating:
        findings.append(
            Finding(
                "R6",
                ERROR,
                "joint_flow_without_cooperating",
                "共同审批流程未列出配合部门及其职责",
                "The joint flow lists no cooperating department and its duties",
                COOPERATING_FIELD,
            )
        )
    seen: set = set()
    for number, entry in enumerate(cooperating, start=1):
        findings += _cooperation_findings(entry, number, lead, seen, limit)
    return findings


def cooperating_names(flow: Mapping) -> list[str]:
    """The named cooperating departments, each once, in order."""
    names = (
        text(entry.get("department"), "配合部门名称", "cooperating department")
        for entry in cooperating_departments(flow)
    )
    return list(dict.fromkeys(name for name in names if name is not None))


def parallel_suggestion(
    flow: Mapping, kind: str | None, stages: list[Stage]
) -> list[Finding]:
    """R14: a joint flow whose cooperating steps all run in sequence."""
    if kind != JOINT:
        return []
    cooperating = set(cooperating_names(flow))
    involved = [
        stage
        for stage in stages
        if any(department in cooperating for department in stage.departments)
    ]
    if not involved or any(stage.parallel for stage in involved):
        return []
    names = [
        department
        for department in cooperating_names(flow)
        if any(department in stage.departments for stage in involved)
    ]
    return [
        Finding(
            "R14",
            SUGGESTION,
            "joint_flow_sequential",
            "配合部门（"
            + "、".join(names)
            + "）的环节均为串联办理，能同时进行的建议实行并联审批",
            "The steps of the cooperating departments ("
            + ", ".join(names)
            + ") all run one after another; run those that can in parallel",
            STEPS_FIELD,
        )
    ]
