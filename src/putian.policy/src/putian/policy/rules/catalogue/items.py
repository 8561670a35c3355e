"""R1/R2/R3/R9/R10/R17: an item of the catalogue (事项目录)."""

from collections.abc import Mapping
from putian.policy.rules.catalogue.codes import check_base_code
from putian.policy.rules.catalogue.legal_basis import check_legal_basis
from putian.policy.rules.catalogue.legal_basis import LEGAL_BASIS_FIELD
from putian.policy.rules.catalogue.limits import check_time_limits
from putian.policy.rules.catalogue.terms import ITEM_CATEGORIES
from putian.policy.rules.catalogue.terms import LIFECYCLE_STATUSES
from putian.policy.rules.catalogue.terms import ONLINE_DEPTHS
from putian.policy.rules.catalogue.terms import ONLINE_OPEN_MIN_DEPTH
from putian.policy.rules.catalogue.terms import term
from putian.policy.rules.catalogue.terms import TRIPS
from putian.policy.rules.common.findings import ERROR
from putian.policy.rules.common.findings import Finding
from putian.policy.rules.common.findings import SUGGESTION
from putian.policy.rules.common.findings import WARNING
from putian.policy.rules.common.inputs import chosen_token
from putian.policy.rules.common.inputs import mapping
from putian.policy.rules.common.inputs import text


# Status changes and conformity with the standard item live in their own
# modules; they are part of the item's rules, so they are offered here too.
__all__ = [
    "check_item",
]

SEVERAL_TRIPS = "2"


def _choice(item: Mapping, field: str, vocabulary, rule: str, what: tuple):
    """The item's token for ``field`` if known, and what is wrong with it."""
    return chosen_token(item, field, vocabulary, rule, what)


def _trips_findings(item: Mapping) -> list[Finding]:
    trips, findings = _choice(
        item, "trips", TRIPS, "R17", ("跑动次数", "number of trips")
    )
    if trips == SEVERAL_TRIPS:
        findings.append(
            Finding(
                "R17",
                WARNING,
                "trips_several",
                "事项需跑多趟，应压减至“最多跑一趟”（目标：90%以上事项最多跑一趟）",
                "The item needs several trips; cut it to at most one (target: "
                "at most one trip for 90% of items or more)",
                "trips",
            )
        )
    return findings


def _online_findings(item: Mapping) -> list[Finding]:
    depth, findings = _choice(
        item, "online_depth", ONLINE_DEPTHS, "R17", ("网上办理深度", "online depth")
    )
    if depth is not None and int(depth) < ONLINE_OPEN_MIN_DEPTH:
        title = term(ONLINE_DEPTHS, depth).title_zh
        findings.append(
            Finding(
                "R17",
                SUGGESTION,
                "online_not_open",
                f"网上办理深度为“{title}”，建议提升至网上受理（三级）以上",
                f"The item is only at online depth {depth}; raise it to online "
                "acceptance (level 3) or higher",
                "online_depth",
            )
        )
    return findings


def _parent_findings(item: Mapping, category: str | None, parent: Mapping) -> list:
    parent_category = text(parent.get("category"), "主项事项类型", "main item category")
    if category is None or parent_category in (None, category):
        return []
    return [
        Finding(
            "R2",
            ERROR,
            "category_differs_from_parent",
            f"子项的事项类型“{category}”与主项的“{parent_category}”不一致",
            f"The sub-item's category {category!r} differs from its main item's "
            f"{parent_category!r}",
            "category",
        )
    ]


def check_item(item: Mapping, parent: Mapping | None = None) -> list[Finding]:
    """Everything about the item itself; ``parent`` is its main item, if any.

    ``limit_exemption_reason`` is the recorded complex-item reason that
    lifts the 50% rule (R9).
    """
    item = mapping(item, "事项", "item")
    findings = []
    if text(item.get("title"), "事项名称", "item name") is None:
        findings.append(
            Finding(
                "R3",
                ERROR,
                "title_missing",
                "未填写事项名称",
                "The item name is missing",
                "title",
            )
        )
    category, category_findings = _choice(
        item, "category", ITEM_CATEGORIES, "R3", ("事项类型", "item category")
    )
    findings += category_findings
    parent_code = None
    if parent is not None:
        parent = mapping(parent, "主项", "main item")
        findings += _parent_findings(item, category, parent)
        # "" rather than None: a sub-item stays a sub-item even when its main
        # item's code is still missing (that is reported on the main item).
        parent_code = parent.get("base_code") or ""
    findings += check_base_code(item.get("base_code"), category, parent_code)
    findings += check_legal_basis(item.get(LEGAL_BASIS_FIELD), LEGAL_BASIS_FIELD, "R2")
    findings += check_time_limits(
        item.get("statutory_limit_days"),
        item.get("committed_limit_days"),
        text(item.get("limit_exemption_reason"), "复杂事项说明", "exemption reason"),
    )
    findings += _trips_findings(item)
    findings += _online_findings(item)
    findings += _choice(
        item, "lifecycle_status", LIFECYCLE_STATUSES, "R1", ("事项状态", "item status")
    )[1]
    return findings
