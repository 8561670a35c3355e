"""R4/R5: the service guide (办事指南) and its application materials."""

from collections.abc import Mapping
from collections.abc import Sequence
from putian.policy.rules.catalogue.materials import check_materials
from putian.policy.rules.catalogue.materials import MATERIALS_FIELD
from putian.policy.rules.catalogue.terms import CROSS_AREA_SCOPES
from putian.policy.rules.catalogue.terms import HANDLING_FORMS
from putian.policy.rules.catalogue.terms import tokens
from putian.policy.rules.common.findings import ERROR
from putian.policy.rules.common.findings import Finding
from putian.policy.rules.common.identifiers import check_phone
from putian.policy.rules.common.inputs import flag
from putian.policy.rules.common.inputs import mapping
from putian.policy.rules.common.inputs import strings
from putian.policy.rules.common.inputs import text
from typing import NamedTuple


__all__ = [
    "FEE_FREE",
    "GUIDE_ELEMENTS",
    "GuideElement",
    "check_guide",
    "guide_element",
    "guide_sections",
    "is_free",
]

ITEM = "item"
GUIDE = "guide"

# R4: written exactly this way, a fee standard needs no fee basis.
FEE_FREE = "不收费"


class GuideElement(NamedTuple):
    """One element of the guide; ``source`` says where its value lives.

    Item-level elements are shown from the item and never typed twice.
    """

    name: str
    title_zh: str
    title_en: str
    source: str = GUIDE


# R4: every element, in the standard order of the published guide.
GUIDE_ELEMENTS = (
    GuideElement("title", "事项名称", "Item name", ITEM),
    GuideElement("category", "事项类型", "Item category", ITEM),
    GuideElement("legal_basis", "设定依据", "Legal basis", ITEM),
    GuideElement("implementing_organ", "实施机构", "Implementing organ", ITEM),
    GuideElement("statutory_limit_days", "法定办结时限", "Statutory time limit", ITEM),
    GuideElement("committed_limit_days", "承诺办结时限", "Committed time limit", ITEM),
    GuideElement("result_name", "办理结果名称", "Result name"),
    GuideElement("result_sample", "办理结果样本", "Result sample"),
    GuideElement("fee_standard", "收费标准", "Fee standard"),
    GuideElement("fee_basis", "收费依据", "Fee basis"),
    GuideElement(MATERIALS_FIELD, "申请材料", "Application materials"),
    GuideElement("procedure", "办理流程", "Procedure"),
    GuideElement("handling_forms", "办理形式", "Handling forms"),
    GuideElement("review_criteria", "审查标准", "Review criteria"),
    GuideElement("cross_area_scope", "通办范围", "Cross-area scope"),
    GuideElement("appointment", "预约办理", "Appointment"),
    GuideElement("online_payment", "网上支付", "Online payment"),
    GuideElement("courier_delivery", "物流快递", "Courier delivery"),
    GuideElement("location", "办理地点", "Location"),
    GuideElement("office_hours", "办理时间", "Office hours"),
    GuideElement("consultation_phone", "咨询电话", "Consultation phone"),
    GuideElement("supervision_phone", "监督电话", "Supervision phone"),
)

# Yes/no elements: "no" is an answer, only None is missing.
FLAG_ELEMENTS = frozenset({"appointment", "online_payment", "courier_delivery"})
PHONE_ELEMENTS = frozenset({"consultation_phone", "supervision_phone"})


def guide_element(name: str) -> GuideElement:
    """The element called ``name``."""
    for element in GUIDE_ELEMENTS:
        if element.name == name:
            return element
    raise KeyError(name)


def _value(element: GuideElement, guide: Mapping, item: Mapping) -> object:
    value = (item if element.source == ITEM else guide).get(element.name)
    if element.name in FLAG_ELEMENTS:
        return flag(value, element.title_zh, element.title_en)
    return value


def guide_sections(guide: Mapping, item: Mapping) -> list[tuple[GuideElement, object]]:
    """(element, value) in the standard order, item-level values from the item."""
    guide = mapping(guide, "办事指南", "service guide")
    item = mapping(item, "事项", "item")
    return [(element, _value(element, guide, item)) for element in GUIDE_ELEMENTS]


def _is_present(value: object) -> bool:
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, Sequence | Mapping | set | frozenset):
        return len(value) > 0
    # Numbers (0 days is a limit), booleans, file objects for samples.
    return True


def is_free(fee_standard: object) -> bool:
    """The fee standard says the item is free of charge (不收费)."""
    return isinstance(fee_standard, str) and fee_standard.strip() == FEE_FREE


def _missing(element: GuideElement) -> Finding:
    where_zh = "（请在事项信息中填写）" if element.source == ITEM else ""
    where_en = " (filled in on the item)" if element.source == ITEM else ""
    return Finding(
        "R4",
        ERROR,
        "guide_element_missing",
        f"办事指南缺少“{element.title_zh}”{where_zh}",
        f"The service guide lacks the {element.title_en.lower()}{where_en}",
        element.name,
    )


def _unknown_choices(element: GuideElement, values: list[str], known) -> list:
    return [
        Finding(
            "R3",
            ERROR,
            f"{element.name}_unknown",
            f"“{element.title_zh}”的取值“{value}”不是规范取值",
            f"{value!r} is not a standard value for the {element.title_en.lower()}",
            element.name,
        )
        for value in values
        if value not in tokens(known)
    ]


def _value_findings(element: GuideElement, value: object) -> list[Finding]:
    if element.name == MATERIALS_FIELD:
        return check_materials(value)
    if element.name in PHONE_ELEMENTS:
        return check_phone(value, element.name)
    if element.name == "handling_forms":
        values = strings(value, element.title_zh, element.title_en)
        return _unknown_choices(element, values, HANDLING_FORMS)
    if element.name == "cross_area_scope":
        scope = text(value, element.title_zh, element.title_en)
        return _unknown_choices(element, [scope], CROSS_AREA_SCOPES)
    return []


def check_guide(guide: Mapping, item: Mapping) -> list[Finding]:
    """R4/R5: every element present, in order; materials each justified.

    Exceptions: no statutory limit is fine when the law sets none (the
    item's limit check then requires a committed one), and a fee standard
    of "不收费" needs no fee basis.
    """
    findings = []
    sections = guide_sections(guide, item)
    free = is_free(guide.get("fee_standard"))
    for element, value in sections:
        if element.name == "statutory_limit_days" and value is None:
            continue
        if element.name == "fee_basis" and free:
            continue
        if not _is_present(value):
            findings.append(_missing(element))
            continue
        findings += _value_findings(element, value)
    return findings
