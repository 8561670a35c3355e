"""R6-R9: the figures of an approval flow (审批流程) for its flowchart.

A flow is the mapping described in ``putian.policy.rules.flows.flow``. Its
counted steps (受理, 审查, 决定) form stages: consecutive steps with the
same non-empty ``parallel_group`` run side by side (并联) and count as one
stage that takes as long as its longest step. Special steps (特殊环节) are
outside the stages: their time is not counted in the time limit (R8).

Missing values are not judged here (``check_flow`` does that): a step
without days counts 0 days. Only values of the wrong type raise.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from putian.policy.rules.catalogue.limits import COMMITTED_FIELD
from putian.policy.rules.catalogue.limits import STATUTORY_FIELD
from putian.policy.rules.common.errors import RuleInputError
from putian.policy.rules.common.inputs import entries
from putian.policy.rules.common.inputs import flag
from putian.policy.rules.common.inputs import is_count
from putian.policy.rules.common.inputs import mapping
from putian.policy.rules.common.inputs import text


STEPS_FIELD = "steps"
SPECIAL_STEPS_FIELD = "special_steps"
COOPERATING_FIELD = "cooperating_departments"
LEAD_FIELD = "lead_department"

JOINT = "joint"
SINGLE = "single"


@dataclass(frozen=True)
class Stage:
    """One counted stage: a single step, or steps run in parallel.

    ``steps`` are the step mappings as given; ``working_days`` is the
    longest of them (a step without valid days counts 0).
    """

    steps: tuple[Mapping, ...]
    working_days: int
    parallel: bool

    @property
    def kinds(self) -> tuple[str, ...]:
        """The distinct step kinds of the stage, in order (blank ones left out)."""
        found = []
        for step in self.steps:
            kind = text(step.get("kind"), "环节类型", "step kind")
            if kind is not None and kind not in found:
                found.append(kind)
        return tuple(found)

    @property
    def departments(self) -> tuple[str, ...]:
        """The distinct departments of the stage's steps, in order."""
        return _unique(step_department(step) for step in self.steps)


@dataclass(frozen=True)
class FlowSummary:
    """What the flowchart and the item page show of a flow.

    ``counted_days`` adds up the stages (the longest step of a parallel
    stage); special steps are not counted. ``departments`` are the lanes of
    the flowchart: for a joint flow the lead department first, then the
    others as they appear in the steps and then in the cooperating list;
    for a single flow the departments of the steps, in order. A limit that
    is not a whole number is None here (``check_flow`` reports it).
    """

    kind: str | None
    form: str | None
    lead_department: str | None
    stages: tuple[Stage, ...]
    counted_stage_count: int
    counted_days: int
    special_steps: tuple[Mapping, ...]
    special_days_total: int
    special_days_not_required_by_law: int
    statutory_limit_days: int | None
    committed_limit_days: int | None
    departments: tuple[str, ...]

    def as_dict(self) -> dict:
        """JSON-ready figures for the REST API (dates as ISO strings)."""
        return {
            "kind": self.kind,
            "form": self.form,
            "lead_department": self.lead_department,
            "stages": [
                {
                    "steps": [_json_ready(step) for step in stage.steps],
                    "working_days": stage.working_days,
                    "parallel": stage.parallel,
                }
                for stage in self.stages
            ],
            "counted_stage_count": self.counted_stage_count,
            "counted_days": self.counted_days,
            "special_steps": [_json_ready(step) for step in self.special_steps],
            "special_days_total": self.special_days_total,
            "special_days_not_required_by_law": (self.special_days_not_required_by_law),
            "statutory_limit_days": self.statutory_limit_days,
            "committed_limit_days": self.committed_limit_days,
            "departments": list(self.departments),
        }


def _json_ready(row: Mapping) -> dict:
    return {
        key: value.isoformat() if isinstance(value, date) else value
        for key, value in row.items()
    }


def _unique(names) -> tuple[str, ...]:
    found = []
    for name in names:
        if name is not None and name not in found:
            found.append(name)
    return tuple(found)


# -- reading the flow ---------------------------------------------------------


def read_flow(flow: object) -> Mapping:
    """The flow itself, when it is a mapping."""
    return mapping(flow, "审批流程", "approval flow")


def flow_steps(flow: Mapping) -> list[Mapping]:
    """The counted steps, in order."""
    return entries(flow.get(STEPS_FIELD), "审批环节", "steps")


def special_steps(flow: Mapping) -> list[Mapping]:
    """The special steps (特殊环节)."""
    return entries(flow.get(SPECIAL_STEPS_FIELD), "特殊环节", "special steps")


def cooperating_departments(flow: Mapping) -> list[Mapping]:
    """The cooperating departments (配合部门) of a joint flow."""
    return entries(flow.get(COOPERATING_FIELD), "配合部门", "cooperating departments")


def lead_department(flow: Mapping) -> str | None:
    return text(flow.get(LEAD_FIELD), "牵头部门", "lead department")


def step_department(step: Mapping) -> str | None:
    return text(step.get("department"), "承办部门", "department")


def days_value(value: object, what_zh: str, what_en: str) -> int | None:
    """A number of working days as given (maybe negative), or None."""
    if value is None:
        return None
    if not is_count(value):
        raise RuleInputError(
            "invalid_days",
            f"{what_zh}必须是整数个工作日：{value!r}",
            f"The {what_en} must be a whole number of working days: {value!r}",
        )
    return value


def step_days(step: Mapping) -> int | None:
    return days_value(step.get("working_days"), "环节办理时限", "step's working days")


def special_duration(special: Mapping) -> int | None:
    return days_value(
        special.get("duration_days"), "特殊环节时限", "special step's duration"
    )


def required_by_law(special: Mapping) -> bool:
    """Only an explicit yes counts: an unanswered one needs the committee."""
    return bool(flag(special.get("required_by_law"), "法定环节", "required by law"))


def limit_value(limits: Mapping, field: str) -> int | None:
    """A limit that is a whole number, else None (reported by check_time_limits)."""
    value = limits.get(field)
    return value if is_count(value) else None


def _counted(days: int | None) -> int:
    return days if days is not None and days > 0 else 0


# -- stages and summary -------------------------------------------------------


def flow_stages(flow: Mapping) -> list[Stage]:
    """The counted stages in order; parallel steps make one stage (max days)."""
    flow = read_flow(flow)
    groups: list[tuple[str | None, list[Mapping]]] = []
    for step in flow_steps(flow):
        group = text(step.get("parallel_group"), "并联分组", "parallel group")
        if group is not None and groups and groups[-1][0] == group:
            groups[-1][1].append(step)
        else:
            groups.append((group, [step]))
    return [
        Stage(
            steps=tuple(steps),
            working_days=max(_counted(step_days(step)) for step in steps),
            parallel=len(steps) > 1,
        )
        for _, steps in groups
    ]


def flow_departments(flow: Mapping) -> tuple[str, ...]:
    """The flowchart's lanes: see ``FlowSummary.departments``."""
    flow = read_flow(flow)
    in_steps = [step_department(step) for step in flow_steps(flow)]
    if text(flow.get("kind"), "流程类型", "kind of flow") != JOINT:
        return _unique(in_steps)
    cooperating = [
        text(entry.get("department"), "配合部门名称", "cooperating department")
        for entry in cooperating_departments(flow)
    ]
    return _unique([lead_department(flow), *in_steps, *cooperating])


def summarize_flow(flow: Mapping, limits: Mapping) -> FlowSummary:
    """The figures of ``flow`` under the item's ``limits``.

    ``limits`` holds the item's statutory_limit_days, committed_limit_days
    (and limit_exemption_reason, not needed here).
    """
    flow = read_flow(flow)
    limits = mapping(limits, "办结时限", "time limits")
    stages = flow_stages(flow)
    specials = special_steps(flow)
    return FlowSummary(
        kind=text(flow.get("kind"), "流程类型", "kind of flow"),
        form=text(flow.get("form"), "流程形式", "form of flow"),
        lead_department=lead_department(flow),
        stages=tuple(stages),
        counted_stage_count=len(stages),
        counted_days=sum(stage.working_days for stage in stages),
        special_steps=tuple(specials),
        special_days_total=sum(
            _counted(special_duration(special)) for special in specials
        ),
        special_days_not_required_by_law=sum(
            _counted(special_duration(special))
            for special in specials
            if not required_by_law(special)
        ),
        statutory_limit_days=limit_value(limits, STATUTORY_FIELD),
        committed_limit_days=limit_value(limits, COMMITTED_FIELD),
        departments=flow_departments(flow),
    )
