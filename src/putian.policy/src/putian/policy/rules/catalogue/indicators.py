"""R4, R6, R7, R9, R10, R11, R17: a department's compliance indicators.

Each item is a mapping (one catalogue brain's worth)::

    {"id", "title", "url",
     "has_guide", "has_flow", "has_review_rules",   # bool
     "flow_stage_count",                            # int | None
     "statutory_limit_days", "committed_limit_days", "limit_exemption_reason",
     "flow_exemption_reason",                       # str | None (optional)
     "trips",                                       # TRIPS token
     "online_depth",                                # ONLINE_DEPTHS token
     "is_instant"}                                  # bool

An unanswered yes/no or a missing value fails the indicator concerned.
"""

from collections.abc import Callable
from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from decimal import ROUND_HALF_UP
from putian.policy.rules.catalogue.limits import check_time_limits
from putian.policy.rules.catalogue.limits import is_instant_item
from putian.policy.rules.catalogue.terms import is_online_handling_open
from putian.policy.rules.catalogue.terms import term
from putian.policy.rules.catalogue.terms import TRIPS
from putian.policy.rules.common.errors import RuleInputError
from putian.policy.rules.common.inputs import flag
from putian.policy.rules.common.inputs import is_count
from putian.policy.rules.common.inputs import mapping
from putian.policy.rules.common.inputs import text


__all__ = [
    "INDICATORS",
    "AT_MOST_ONE_TRIP",
    "Indicator",
    "IndicatorDefinition",
    "department_indicators",
    "indicators_as_dict",
]

# R7: accept, review, decide.
MAX_FLOW_STAGES = 3

# R17: no trip or at most one trip (一趟不用跑、最多跑一趟).
AT_MOST_ONE_TRIP = frozenset({"0", "1"})


@dataclass(frozen=True)
class Indicator:
    """One indicator over a department's items.

    ``percent`` is numerator/denominator in percent, one decimal, or None
    when no item is concerned (denominator 0); ``meets_target`` is None
    without a target or without items, and is judged on the exact share,
    not the rounded percent. ``missing`` lists the ids of the items
    concerned that fail it, in the order given.
    """

    code: str
    title_zh: str
    title_en: str
    rule: str
    numerator: int
    denominator: int
    percent: float | None
    target_percent: float | None
    meets_target: bool | None
    missing: tuple[str, ...]


@dataclass(frozen=True)
class IndicatorDefinition:
    """How an indicator is counted: which items it concerns, which meet it."""

    code: str
    title_zh: str
    title_en: str
    rule: str
    target_percent: float | None
    concerns: Callable[[Mapping], bool]
    meets: Callable[[Mapping], bool]


def _flag(item: Mapping, key: str, what_zh: str, what_en: str) -> bool:
    return bool(flag(item.get(key), what_zh, what_en))


def _count(item: Mapping, key: str, what_zh: str, what_en: str) -> int | None:
    value = item.get(key)
    if value is None or is_count(value):
        return value
    raise RuleInputError(
        "invalid_count",
        f"{what_zh}必须是整数：{value!r}",
        f"The {what_en} must be a whole number: {value!r}",
    )


def _exempted(item: Mapping) -> bool:
    reason = text(item.get("limit_exemption_reason"), "复杂事项说明", "reason")
    return reason is not None


def _has_flow(item: Mapping) -> bool:
    return _flag(item, "has_flow", "已绘制流程图", "has flow")


def _within_stage_limit(item: Mapping) -> bool:
    # A complex item's reason for more steps is recorded on its flow (R7).
    flow_reason = text(item.get("flow_exemption_reason"), "复杂事项说明", "reason")
    if flow_reason is not None or _exempted(item):
        return True
    count = _count(item, "flow_stage_count", "流程环节数", "flow stage count")
    return count is not None and count <= MAX_FLOW_STAGES


def _statutory(item: Mapping) -> int | None:
    return _count(item, "statutory_limit_days", "法定办结时限", "statutory limit")


def _within_half_statutory(item: Mapping) -> bool:
    statutory = _statutory(item)
    committed = _count(item, "committed_limit_days", "承诺办结时限", "committed limit")
    # Without a committed limit the statutory one applies: not cut by half.
    if committed is None:
        committed = statutory
    reason = text(item.get("limit_exemption_reason"), "复杂事项说明", "reason")
    return not check_time_limits(statutory, committed, reason)


def _trips(item: Mapping) -> str | None:
    value = text(item.get("trips"), "跑动次数", "number of trips")
    return None if value is None else term(TRIPS, value).token


def _online_open(item: Mapping) -> bool:
    depth = text(item.get("online_depth"), "网上办理深度", "online depth")
    return depth is not None and is_online_handling_open(depth)


def _instant(item: Mapping) -> bool:
    answer = flag(item.get("is_instant"), "即办件", "instant item")
    if answer is None:
        committed = _count(
            item, "committed_limit_days", "承诺办结时限", "committed limit"
        )
        return is_instant_item(committed)
    return answer


def _every(item: Mapping) -> bool:
    return True


INDICATORS = (
    IndicatorDefinition(
        "guide",
        "办事指南编制率",
        "Items with a service guide",
        "R4",
        100.0,
        _every,
        lambda item: _flag(item, "has_guide", "已编制办事指南", "has guide"),
    ),
    IndicatorDefinition(
        "flowchart",
        "审批流程图绘制率",
        "Items with a flowchart",
        "R6",
        100.0,
        _every,
        _has_flow,
    ),
    IndicatorDefinition(
        "review_rules",
        "审查工作细则制定率",
        "Items with review rules",
        "R11",
        100.0,
        _every,
        lambda item: _flag(
            item, "has_review_rules", "已制定审查工作细则", "has review rules"
        ),
    ),
    IndicatorDefinition(
        "flow_within_three_steps",
        "审批环节不超过3个的事项比例",
        "Flows with at most three steps",
        "R7",
        100.0,
        _has_flow,
        _within_stage_limit,
    ),
    IndicatorDefinition(
        "committed_within_half_statutory",
        "承诺时限压缩至法定时限50%以内的事项比例",
        "Committed limit at most half the statutory one",
        "R9",
        100.0,
        lambda item: _statutory(item) is not None,
        _within_half_statutory,
    ),
    IndicatorDefinition(
        "at_most_one_trip",
        "“最多跑一趟”事项比例",
        "Items needing at most one trip",
        "R17",
        90.0,
        _every,
        lambda item: _trips(item) in AT_MOST_ONE_TRIP,
    ),
    IndicatorDefinition(
        "online_handling_open",
        "网上可办事项比例",
        "Items that can be applied for online",
        "R17",
        80.0,
        _every,
        _online_open,
    ),
    IndicatorDefinition(
        "instant_items",
        "即办件比例",
        "Instant items",
        "R10",
        None,
        _every,
        _instant,
    ),
)


def _percent(numerator: int, denominator: int) -> float | None:
    if denominator == 0:
        return None
    share = Decimal(numerator * 100) / Decimal(denominator)
    return float(share.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def _meets(numerator: int, denominator: int, target: float | None) -> bool | None:
    if target is None or denominator == 0:
        return None
    # Exactly: 89.96% is shown as 90.0 but does not reach 90%.
    return Decimal(numerator * 100) >= Decimal(str(target)) * denominator


def _item_id(item: Mapping) -> str:
    item_id = text(item.get("id"), "事项标识", "item id")
    if item_id is None:
        raise RuleInputError(
            "item_id_missing",
            f"事项缺少标识：{dict(item)!r}",
            f"An item has no id: {dict(item)!r}",
        )
    return item_id


def _indicator(definition: IndicatorDefinition, items: list) -> Indicator:
    concerned = [
        (item_id, item) for item_id, item in items if definition.concerns(item)
    ]
    missing = tuple(
        item_id for item_id, item in concerned if not definition.meets(item)
    )
    denominator = len(concerned)
    numerator = denominator - len(missing)
    return Indicator(
        code=definition.code,
        title_zh=definition.title_zh,
        title_en=definition.title_en,
        rule=definition.rule,
        numerator=numerator,
        denominator=denominator,
        percent=_percent(numerator, denominator),
        target_percent=definition.target_percent,
        meets_target=_meets(numerator, denominator, definition.target_percent),
        missing=missing,
    )


def department_indicators(items: Sequence[Mapping]) -> list[Indicator]:
    """The indicators of INDICATORS, in that order, over ``items``.

    Guide, flowchart, review rules, trips, online handling and instant items
    count every item; the three-step rule counts the items with a flow and
    the 50% rule those with a statutory limit. A recorded complex-item
    reason (limit_exemption_reason) makes an item meet both of those. An
    item without a committed limit is held to its statutory limit, so it
    does not meet the 50% rule (unless that limit is 0).
    """
    if not isinstance(items, Sequence) or isinstance(items, str | bytes):
        raise RuleInputError(
            "invalid_list",
            f"事项必须是列表：{items!r}",
            f"The items must be a list: {items!r}",
        )
    read = [
        (_item_id(item), item) for item in (mapping(i, "事项", "item") for i in items)
    ]
    return [_indicator(definition, read) for definition in INDICATORS]


def indicators_as_dict(indicators: Sequence[Indicator]) -> dict:
    """JSON-ready indicators for the REST API and the department report."""
    return {
        "indicators": [
            {
                "code": indicator.code,
                "title": indicator.title_zh,
                "title_en": indicator.title_en,
                "rule": indicator.rule,
                "numerator": indicator.numerator,
                "denominator": indicator.denominator,
                "percent": indicator.percent,
                "target_percent": indicator.target_percent,
                "meets_target": indicator.meets_target,
                "missing": list(indicator.missing),
            }
            for indicator in indicators
        ]
    }
