"""R2: one item, one standard across city, county and township."""

from collections.abc import Mapping
from putian.policy.rules.catalogue.legal_basis import basis_key
from putian.policy.rules.catalogue.legal_basis import describe
from putian.policy.rules.catalogue.legal_basis import LEGAL_BASIS_FIELD
from putian.policy.rules.common.findings import ERROR
from putian.policy.rules.common.findings import Finding
from putian.policy.rules.common.inputs import entries
from putian.policy.rules.common.inputs import mapping
from putian.policy.rules.common.inputs import text


# The elements a local item takes over unchanged from the standard item.
STANDARD_FIELDS = (
    ("title", "事项名称", "item name"),
    ("category", "事项类型", "item category"),
    ("base_code", "基本编码", "base code"),
)


# The standard's materials and handling, inherited by a local guide (R2).
STANDARD_GUIDE_FIELDS = (
    "result_name",
    "fee_standard",
    "fee_basis",
    "materials",
    "procedure",
    "handling_forms",
    "review_criteria",
    "cross_area_scope",
    "appointment",
    "online_payment",
    "courier_delivery",
)

# What a county or township department sets for itself: its time limits
# (within the law), where and when it serves, and its phones.
LOCAL_ITEM_SETTINGS = ("statutory_limit_days", "committed_limit_days")
LOCAL_GUIDE_SETTINGS = (
    "location",
    "office_hours",
    "consultation_phone",
    "supervision_phone",
)


# Standards are set at city level; counties and townships follow them.
STANDARD_LEVEL = "city"


def check_standard_source(standard_level: str | None, local_level: str | None):
    """R2: a local item follows a city item, from a county or township."""
    if standard_level != STANDARD_LEVEL:
        return [
            Finding(
                "R2",
                ERROR,
                "standard_not_city",
                "标准事项必须是市级事项",
                "The standard item must be a city item",
                "standard_item",
            )
        ]
    if local_level == STANDARD_LEVEL:
        return [
            Finding(
                "R2",
                ERROR,
                "local_department_required",
                "只有县（区）级、乡镇（街道）级部门从市级标准事项创建事项",
                "Only county and township departments create items from a city "
                "standard",
                "standard_item",
            )
        ]
    return []


def _differs(field: str, zh: str, en: str) -> Finding:
    return Finding("R2", ERROR, f"{field}_differs_from_standard", zh, en, field)


def _basis_finding(local: Mapping, standard: Mapping) -> list[Finding]:
    def cited(item: Mapping) -> dict[tuple, str]:
        basis = entries(item.get(LEGAL_BASIS_FIELD), "设定依据", "legal basis")
        return {basis_key(entry): describe(entry) for entry in basis}

    # The quoted text is left out of the comparison: the same article may be
    # quoted more or less fully.
    ours, theirs = cited(local), cited(standard)
    if ours.keys() == theirs.keys():
        return []
    lacking = "、".join(theirs[key] for key in theirs if key not in ours) or "无"
    extra = "、".join(ours[key] for key in ours if key not in theirs) or "无"
    return [
        _differs(
            LEGAL_BASIS_FIELD,
            f"设定依据与标准事项不一致（缺少：{lacking}；多出：{extra}）",
            f"The legal basis differs from the standard item (lacking: {lacking}; "
            f"extra: {extra})",
        )
    ]


def check_standard_conformity(local: Mapping, standard: Mapping) -> list[Finding]:
    """R2: a local item made from the standard item keeps its name, category,
    base code and legal basis; one error per difference."""
    local = mapping(local, "事项", "item")
    standard = mapping(standard, "标准事项", "standard item")
    findings = []
    for field, what_zh, what_en in STANDARD_FIELDS:
        ours = text(local.get(field), what_zh, what_en)
        theirs = text(standard.get(field), what_zh, what_en)
        if ours != theirs:
            findings.append(
                _differs(
                    field,
                    f"{what_zh}“{ours or ''}”与标准事项的“{theirs or ''}”不一致",
                    f"The {what_en} {ours!r} differs from the standard item's "
                    f"{theirs!r}",
                )
            )
    return findings + _basis_finding(local, standard)
