"""R12/R13: the written notices of a case.

The one-time correction notice (一次性告知, 行政许可法 Art. 32) and the
denial with its reasons and the two remedies (Art. 38): administrative
reconsideration within 60 days (行政复议法 Art. 20) or litigation within
six months (行政诉讼法 Art. 46).
"""

from collections.abc import Sequence
from putian.policy.rules.errors import RuleInputError
from putian.policy.rules.findings import ERROR
from putian.policy.rules.findings import Finding
from putian.policy.rules.findings import WARNING
from putian.policy.rules.inputs import entries
from putian.policy.rules.inputs import text

import re


CORRECTION_RULE = "R12"
DENIAL_RULE = "R13"

CORRECTION_FIELD = "correction_items"
REASONS_FIELD = "reason"
RECONSIDERATION_FIELD = "reconsideration_notice"
LITIGATION_FIELD = "litigation_notice"

# 行政复议法 Art. 20: sixty (calendar) days from knowing of the decision.
RECONSIDERATION_DAYS = 60
# 行政诉讼法 Art. 46: six months from knowing of the decision.
LITIGATION_MONTHS = 6

# The parts of one entry of a correction notice: (key, zh, en).
CORRECTION_PARTS = (
    ("material", "材料名称", "material"),
    ("problem", "存在的问题", "problem"),
    ("how_to_fix", "补正要求", "how to correct it"),
)

# A remedies notice that does not say the period leaves the applicant
# guessing; the period may be written in Chinese or Arabic numerals.
_RECONSIDERATION_PERIOD = re.compile(r"(六十|60)\s*(日|天)")
_LITIGATION_PERIOD = re.compile(r"(六|6)\s*个\s*月")


def _finding(
    rule: str, code: str, zh: str, en: str, field: str, severity: str = ERROR
) -> Finding:
    return Finding(rule, severity, code, zh, en, field)


def check_correction_notice(items: Sequence | None) -> list[Finding]:
    """R12: a one-time notice lists every problem and how to correct it.

    ``items`` is a list of {"material", "problem", "how_to_fix"}; at least
    one entry, each with all three parts.  A material listed twice is a
    warning: the notice should say everything about it in one place.
    """
    notice = entries(items, "一次性告知内容", "correction notice entries")
    if not notice:
        return [
            _finding(
                CORRECTION_RULE,
                "correction_notice_empty",
                "一次性告知书未列出需要补正的材料：应一次性列明全部缺少或不符合"
                "要求的材料及补正方式",
                "The correction notice lists nothing: it must list every missing "
                "or faulty material and how to correct it, all at once",
                CORRECTION_FIELD,
            )
        ]
    findings = []
    seen: dict[str, int] = {}
    for number, entry in enumerate(notice, start=1):
        material = text(entry.get("material"), "材料名称", "material")
        label = f"第{number}项（{material}）" if material else f"第{number}项"
        for key, what_zh, what_en in CORRECTION_PARTS:
            if text(entry.get(key), what_zh, what_en) is None:
                findings.append(
                    _finding(
                        CORRECTION_RULE,
                        f"correction_{key}_missing",
                        f"一次性告知书{label}未写明{what_zh}",
                        f"Entry {number} of the correction notice lacks the {what_en}",
                        CORRECTION_FIELD,
                    )
                )
        if material is None:
            continue
        if material in seen:
            findings.append(
                _finding(
                    CORRECTION_RULE,
                    "correction_material_repeated",
                    f"一次性告知书第{number}项的材料“{material}”已在第"
                    f"{seen[material]}项列出，同一材料的问题应合并写明",
                    f"Entry {number} of the correction notice repeats the material "
                    f"{material!r} of entry {seen[material]}; say everything about "
                    "it in one entry",
                    CORRECTION_FIELD,
                    WARNING,
                )
            )
        else:
            seen[material] = number
    return findings


def check_denial(
    reasons: str | None,
    reconsideration_notice: str | None,
    litigation_notice: str | None,
) -> list[Finding]:
    """R13: a denial states its reasons and BOTH remedies in writing.

    A remedies notice that does not state its period (六十日 / 六个月) is a
    warning.
    """
    findings = []
    if text(reasons, "不予许可理由", "reasons for the denial") is None:
        findings.append(
            _finding(
                DENIAL_RULE,
                "denial_reasons_missing",
                "不予许可决定未书面说明理由",
                "The denial does not state its reasons in writing",
                REASONS_FIELD,
            )
        )
    reconsideration = text(
        reconsideration_notice, "行政复议告知", "reconsideration notice"
    )
    if reconsideration is None:
        findings.append(
            _finding(
                DENIAL_RULE,
                "denial_reconsideration_notice_missing",
                "不予许可决定未告知申请人依法申请行政复议的权利",
                "The denial does not tell the applicant of the right to "
                "administrative reconsideration",
                RECONSIDERATION_FIELD,
            )
        )
    elif not _RECONSIDERATION_PERIOD.search(reconsideration):
        findings.append(
            _finding(
                DENIAL_RULE,
                "denial_reconsideration_period_missing",
                f"行政复议告知未写明申请期限（收到决定书之日起{RECONSIDERATION_DAYS}"
                "日内）",
                "The reconsideration notice does not state the period "
                f"({RECONSIDERATION_DAYS} days from receiving the decision)",
                RECONSIDERATION_FIELD,
                WARNING,
            )
        )
    litigation = text(litigation_notice, "行政诉讼告知", "litigation notice")
    if litigation is None:
        findings.append(
            _finding(
                DENIAL_RULE,
                "denial_litigation_notice_missing",
                "不予许可决定未告知申请人依法提起行政诉讼的权利",
                "The denial does not tell the applicant of the right to bring "
                "an administrative lawsuit",
                LITIGATION_FIELD,
            )
        )
    elif not _LITIGATION_PERIOD.search(litigation):
        findings.append(
            _finding(
                DENIAL_RULE,
                "denial_litigation_period_missing",
                f"行政诉讼告知未写明起诉期限（{LITIGATION_MONTHS}个月内）",
                "The litigation notice does not state the period "
                f"({LITIGATION_MONTHS} months)",
                LITIGATION_FIELD,
                WARNING,
            )
        )
    return findings


def _required(value: object, what_zh: str, what_en: str) -> str:
    result = text(value, what_zh, what_en)
    if result is None:
        raise RuleInputError(
            "remedies_notice_incomplete",
            f"生成救济途径告知需要{what_zh}",
            f"The remedies notice needs the {what_en}",
        )
    return result


def default_remedies_notice(
    organ_name: str, reconsideration_body: str, court: str
) -> str:
    """The standard sentence telling the applicant of both remedies.

    e.g. 申请人如对莆田市市场监督管理局作出的本决定不服，可在收到本决定书之日起
    六十日内向莆田市人民政府申请行政复议，或者在六个月内向莆田市城厢区人民法院
    提起行政诉讼。  The same sentence satisfies both notices of
    ``check_denial``.
    """
    organ = _required(organ_name, "作出决定的机关名称", "name of the deciding organ")
    body = _required(
        reconsideration_body, "行政复议机关名称", "name of the reconsideration body"
    )
    court_name = _required(court, "管辖法院名称", "name of the court")
    return (
        f"申请人如对{organ}作出的本决定不服，可在收到本决定书之日起六十日内向"
        f"{body}申请行政复议，或者在六个月内向{court_name}提起行政诉讼。"
    )
