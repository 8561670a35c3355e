"""R9/R10: the committed time limit (承诺办结时限) against the statutory one."""

from putian.policy.rules.common.findings import ERROR
from putian.policy.rules.common.findings import Finding
from putian.policy.rules.common.inputs import is_count


STATUTORY_FIELD = "statutory_limit_days"
COMMITTED_FIELD = "committed_limit_days"

# R9: the committed limit may be at most half of the statutory one.
MAX_COMMITTED_SHARE_PERCENT = 50


def is_instant_item(committed_limit_days: int | None) -> bool:
    """R10: a committed limit of 0 working days is an instant item (即办件)."""
    return committed_limit_days == 0


def _value_findings(value: object, field: str, what_zh: str, what_en: str) -> list:
    if value is None:
        return []
    if not is_count(value):
        return [
            Finding(
                "R9",
                ERROR,
                f"{field}_not_integer",
                f"{what_zh}必须是整数个工作日",
                f"The {what_en} must be a whole number of working days",
                field,
            )
        ]
    if value < 0:
        return [
            Finding(
                "R9",
                ERROR,
                f"{field}_negative",
                f"{what_zh}不能为负数（{value}个工作日）",
                f"The {what_en} cannot be negative ({value} working days)",
                field,
            )
        ]
    return []


def check_time_limits(
    statutory_days: int | None,
    committed_days: int | None,
    complex_exemption_reason: str | None = None,
) -> list[Finding]:
    """Check an item's time limits (R9, R10); an empty list means fine.

    A recorded reason for a complex item (复杂事项说明) exempts it from the
    50% rule, but never lets the committed limit exceed the statutory one.
    """
    findings = _value_findings(
        statutory_days, STATUTORY_FIELD, "法定办结时限", "statutory time limit"
    ) + _value_findings(
        committed_days, COMMITTED_FIELD, "承诺办结时限", "committed time limit"
    )
    if findings:
        return findings

    if statutory_days is None:
        if committed_days is None:
            return [
                Finding(
                    "R9",
                    ERROR,
                    "committed_required_without_statutory",
                    "无法定办结时限的事项必须填写承诺办结时限",
                    "An item without a statutory time limit needs a committed "
                    "time limit",
                    COMMITTED_FIELD,
                )
            ]
        return []
    if committed_days is None:
        # The committed limit is optional when the law sets one; the
        # statutory limit then applies.
        return []

    if committed_days > statutory_days:
        return [
            Finding(
                "R9",
                ERROR,
                "committed_over_statutory",
                f"承诺办结时限（{committed_days}个工作日）超过法定办结时限"
                f"（{statutory_days}个工作日）",
                f"The committed time limit ({committed_days} working days) "
                f"exceeds the statutory time limit ({statutory_days} working days)",
                COMMITTED_FIELD,
            )
        ]
    exempted = bool(complex_exemption_reason and complex_exemption_reason.strip())
    over_half = committed_days * 100 > statutory_days * MAX_COMMITTED_SHARE_PERCENT
    if over_half and not exempted:
        return [
            Finding(
                "R9",
                ERROR,
                "committed_over_half_statutory",
                f"承诺办结时限（{committed_days}个工作日）超过法定办结时限"
                f"（{statutory_days}个工作日）的50%",
                f"The committed time limit ({committed_days} working days) "
                f"exceeds 50% of the statutory time limit ({statutory_days} "
                "working days)",
                COMMITTED_FIELD,
            )
        ]
    return []
