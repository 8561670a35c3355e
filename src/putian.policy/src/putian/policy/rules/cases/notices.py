"""R12/R13: the written notices of a case.

The one-time correction notice (一次性告知, 行政许可法 Art. 32) and the
denial with its reasons and the two remedies (Art. 38): administrative
reconsideration within 60 days (行政复议法 Art. 20) or litigation within
six months (行政诉讼法 Art. 46).
"""

from collections.abc import Sequence
from putian.policy.rules.cases.remedies import names_organ
from putian.policy.rules.cases.remedies import putian_organs_named
from putian.policy.rules.common.errors import RuleInputError
from putian.policy.rules.common.findings import ERROR
from putian.policy.rules.common.findings import Finding
from putian.policy.rules.common.findings import WARNING
from putian.policy.rules.common.inputs import entries
from putian.policy.rules.common.inputs import text

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


# Each remedies notice's field: its name (zh, en).
_NOTICES = {
    RECONSIDERATION_FIELD: ("行政复议告知", "reconsideration notice"),
    LITIGATION_FIELD: ("行政诉讼告知", "litigation notice"),
}


def _organ_findings(
    notice: str, field: str, organ: str | None, court: str | None
) -> list[Finding]:
    """The organs ``notice`` names against the deciding department's
    ``organ`` and ``court`` (each None when not known: not checked)."""
    label_zh, label_en = _NOTICES[field]
    governments, courts = putian_organs_named(notice)
    findings = []
    other_governments = [name for name in governments if name != organ]
    if organ and other_governments:
        others = "、".join(other_governments)
        findings.append(
            _finding(
                DENIAL_RULE,
                "denial_notice_names_other_government",
                f"{label_zh}写的是{others}，本部门的行政复议机关是{organ}"
                "（《中华人民共和国行政复议法》第二十四条）",
                f"The {label_en} names {', '.join(other_governments)}; the "
                f"reconsideration organ of this department is {organ} "
                "(Administrative Reconsideration Law, art. 24)",
                field,
            )
        )
    other_courts = [name for name in courts if name != court]
    if court and other_courts:
        others = "、".join(other_courts)
        findings.append(
            _finding(
                DENIAL_RULE,
                "denial_notice_names_other_court",
                f"{label_zh}写的是{others}，起诉本部门的第一审法院是{court}"
                "（《中华人民共和国行政诉讼法》第十四条、第十八条）",
                f"The {label_en} names {', '.join(other_courts)}; suits against "
                f"this department are heard first by {court} (Administrative "
                "Litigation Law, arts. 14 and 18)",
                field,
            )
        )
    if findings:
        # Each message already names the right organ.
        return findings
    if field == RECONSIDERATION_FIELD and organ and not names_organ(notice, organ):
        findings.append(
            _finding(
                DENIAL_RULE,
                "denial_reconsideration_organ_not_named",
                f"行政复议告知未写明向哪一机关申请：本部门的行政复议机关是{organ}"
                "，应写明全称",
                "The reconsideration notice does not name the organ to apply "
                f"to: this department's reconsideration organ is {organ}, to be "
                "named in full",
                field,
            )
        )
    if field == LITIGATION_FIELD and court and not names_organ(notice, court):
        findings.append(
            _finding(
                DENIAL_RULE,
                "denial_litigation_court_not_named",
                f"行政诉讼告知未写明向哪一法院起诉：起诉本部门的第一审法院是{court}"
                "，应写明全称",
                "The litigation notice does not name the court: suits against "
                f"this department are heard first by {court}, to be named in full",
                field,
            )
        )
    return findings


def check_denial(
    reasons: str | None,
    reconsideration_notice: str | None,
    litigation_notice: str | None,
    *,
    reconsideration_organ: str | None = None,
    litigation_court: str | None = None,
) -> list[Finding]:
    """R13: a denial states its reasons and BOTH remedies in writing.

    A remedies notice that does not state its period (六十日 / 六个月) is a
    warning.  Given the deciding department's ``reconsideration_organ``
    and ``litigation_court`` (its record, ``remedies.recorded_or_proposed``),
    each notice must not name a Putian people's government or court other
    than those, the reconsideration notice must name the organ and the
    litigation notice the court, in full and not only as the start of a
    longer name (``remedies.names_organ``).  Without them (None or blank)
    the names are not checked.
    """
    organ = text(reconsideration_organ, "行政复议机关", "reconsideration organ")
    court = text(litigation_court, "管辖法院", "court")
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
    if reconsideration is not None:
        findings += _organ_findings(
            reconsideration, RECONSIDERATION_FIELD, organ, court
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
    if litigation is not None:
        findings += _organ_findings(litigation, LITIGATION_FIELD, organ, court)
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
