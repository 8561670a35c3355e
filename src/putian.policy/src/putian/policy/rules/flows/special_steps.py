"""R8: special steps (特殊环节) of an approval flow.

Their time is not counted in the approval time limit, but each has a
published explanation and a duration; one not required by law needs the
approval of the service-centre committee (服务中心管委会) and must fit,
with the counted steps, within the statutory limit.
"""

from collections.abc import Mapping
from datetime import date
from putian.policy.rules.catalogue.terms import SPECIAL_STEP_KINDS
from putian.policy.rules.catalogue.terms import tokens
from putian.policy.rules.common.errors import RuleInputError
from putian.policy.rules.common.findings import ERROR
from putian.policy.rules.common.findings import Finding
from putian.policy.rules.common.findings import WARNING
from putian.policy.rules.common.inputs import is_count
from putian.policy.rules.common.inputs import text
from putian.policy.rules.flows.summary import required_by_law
from putian.policy.rules.flows.summary import special_duration
from putian.policy.rules.flows.summary import SPECIAL_STEPS_FIELD


def _special_label(number: int, special: Mapping) -> tuple[str, str]:
    name = text(special.get("name"), "特殊环节名称", "special step name")
    if name is None:
        kind = next(
            (
                entry
                for entry in SPECIAL_STEP_KINDS
                if entry.token == special.get("kind")
            ),
            None,
        )
        name = kind.title_zh if kind is not None else None
    if name is None:
        return f"第{number}个特殊环节", f"Special step {number}"
    return f"特殊环节“{name}”", f"The special step {name!r}"


def _approval_date(value: object) -> date | None:
    if value is None or isinstance(value, date):
        return value
    raise RuleInputError(
        "invalid_date",
        f"管委会批准日期必须是日期：{value!r}",
        f"The committee approval date must be a date: {value!r}",
    )


def special_step_findings(
    special: Mapping, number: int, step_count: int
) -> list[Finding]:
    """R8 for the ``number``-th special step of a flow of ``step_count`` steps."""
    labels = _special_label(number, special)
    return [
        *_kind_findings(special, labels),
        *_duration_findings(special, labels),
        *_explanation_findings(special, labels),
        *_basis_findings(special, labels),
        *_position_findings(special, labels, step_count),
    ]


def _r8(code: str, zh: str, en: str, severity=ERROR) -> Finding:
    return Finding("R8", severity, code, zh, en, SPECIAL_STEPS_FIELD)


def _kind_findings(special: Mapping, labels: tuple[str, str]) -> list[Finding]:
    label, label_en = labels
    kind = text(special.get("kind"), "特殊环节类型", "special step kind")
    if kind is None:
        return [
            _r8(
                "special_step_kind_missing",
                f"{label}未选择特殊环节类型",
                f"{label_en} has no kind",
            )
        ]
    if kind in tokens(SPECIAL_STEP_KINDS):
        return []
    known = "、".join(entry.title_zh for entry in SPECIAL_STEP_KINDS)
    return [
        _r8(
            "special_step_kind_unknown",
            f"{label}的类型“{kind}”不是规定的特殊环节（{known}）",
            f"{label_en} has an unknown kind {kind!r}; special steps are: "
            + ", ".join(entry.title_en.lower() for entry in SPECIAL_STEP_KINDS),
        )
    ]


def _duration_findings(special: Mapping, labels: tuple[str, str]) -> list[Finding]:
    label, label_en = labels
    duration = special_duration(special)
    if duration is None:
        return [
            _r8(
                "special_step_duration_missing",
                f"{label}未写明所需时间（工作日）",
                f"{label_en} does not say how long it takes (working days)",
            )
        ]
    if duration < 0:
        return [
            _r8(
                "special_step_duration_negative",
                f"{label}的所需时间不能为负数（{duration}个工作日）",
                f"{label_en} cannot take a negative number of working days "
                f"({duration})",
            )
        ]
    return []


def _explanation_findings(special: Mapping, labels: tuple[str, str]) -> list[Finding]:
    label, label_en = labels
    if text(special.get("explanation"), "特殊环节说明", "explanation") is not None:
        return []
    return [
        _r8(
            "special_step_explanation_missing",
            f"{label}未向社会公开说明（办理内容、所需时间等）",
            f"{label_en} has no published explanation",
        )
    ]


def _basis_findings(special: Mapping, labels: tuple[str, str]) -> list[Finding]:
    """A step required by law cites its basis; any other has the committee's
    approval, dated and numbered."""
    label, label_en = labels
    if required_by_law(special):
        if text(special.get("legal_basis"), "设定依据", "legal basis") is not None:
            return []
        return [
            _r8(
                "special_step_legal_basis_missing",
                f"{label}标为法定环节，但未写明法律依据",
                f"{label_en} is marked as required by law but cites no legal basis",
                WARNING,
            )
        ]
    approved = _approval_date(special.get("committee_approval_date"))
    document = text(special.get("committee_document"), "批准文号", "document")
    lacking = [
        (zh, en)
        for zh, en, value in (
            ("批准日期", "approval date", approved),
            ("批准文号", "document number", document),
        )
        if value is None
    ]
    if not lacking:
        return []
    return [
        _r8(
            "special_step_committee_approval_missing",
            f"{label}非法律法规规定，须经服务中心管委会批准，"
            f"但缺少{'和'.join(zh for zh, _ in lacking)}",
            f"{label_en} is not required by law and needs the approval of the "
            f"service centre committee, but its "
            f"{' and '.join(en for _, en in lacking)} is missing",
        )
    ]


def _position_findings(
    special: Mapping, labels: tuple[str, str], step_count: int
) -> list[Finding]:
    label, label_en = labels
    position = special.get("after_step")
    if position is None:
        return []
    if not is_count(position):
        raise RuleInputError(
            "invalid_step_position",
            f"特殊环节所在位置必须是环节序号：{position!r}",
            f"The position of a special step must be a step number: {position!r}",
        )
    if 0 <= position < step_count:
        return []
    return [
        _r8(
            "special_step_position_invalid",
            f"{label}所接的第{position + 1}个环节不存在（共{step_count}个环节）",
            f"{label_en} follows step {position + 1}, but the flow has "
            f"{step_count} steps",
        )
    ]


def special_time_findings(
    specials: list[Mapping], counted_days: int, statutory: int | None
) -> list[Finding]:
    """R8: counted days plus special steps not required by law fit the law."""
    if statutory is None or statutory < 0:
        return []
    extra = [
        (number, special, special_duration(special))
        for number, special in enumerate(specials, start=1)
        if not required_by_law(special)
    ]
    extra = [(n, s, days) for n, s, days in extra if days is not None and days > 0]
    total = counted_days + sum(days for _, _, days in extra)
    if not extra or total <= statutory:
        return []
    labels = [_special_label(number, special) for number, special, _ in extra]
    return [
        Finding(
            "R8",
            ERROR,
            "special_time_over_statutory",
            f"计时环节（{counted_days}个工作日）加上非法定的"
            + "、".join(zh for zh, _ in labels)
            + f"共{total}个工作日，超过法定办结时限（{statutory}个工作日）",
            f"The counted steps ({counted_days} working days) plus "
            + ", ".join(en[0].lower() + en[1:] for _, en in labels)
            + f", not required by law, take {total} working days, more than the "
            f"statutory time limit ({statutory} working days)",
            SPECIAL_STEPS_FIELD,
        )
    ]
