"""R9/R10: committed against statutory time limits."""

from putian.policy.rules.catalogue.limits import check_time_limits
from putian.policy.rules.catalogue.limits import is_instant_item
from putian.policy.rules.common.findings import Finding

import dataclasses
import pytest


def codes(findings: list[Finding]) -> list[str]:
    return [finding.code for finding in findings]


@pytest.mark.parametrize(
    ("statutory", "committed", "reason", "expected"),
    [
        (20, 10, None, []),  # exactly 50%
        (20, 11, None, ["committed_over_half_statutory"]),
        (20, 11, "需现场勘验和专家评审", []),
        (20, 11, "   ", ["committed_over_half_statutory"]),  # blank is no reason
        (20, 20, "复杂事项", []),
        (20, 21, "复杂事项", ["committed_over_statutory"]),
        (20, 21, None, ["committed_over_statutory"]),
        (None, None, None, ["committed_required_without_statutory"]),
        (None, 5, None, []),
        (None, 0, None, []),
        (20, 0, None, []),  # instant item
        (0, 0, None, []),
        (20, None, None, []),  # the statutory limit applies
        (21, 10, None, []),  # 10 <= 10.5
        (21, 11, None, ["committed_over_half_statutory"]),
        (-1, 5, None, ["statutory_limit_days_negative"]),
        (20, -1, None, ["committed_limit_days_negative"]),
        (None, -1, None, ["committed_limit_days_negative"]),
        (
            -5,
            -1,
            None,
            ["statutory_limit_days_negative", "committed_limit_days_negative"],
        ),
        (20.0, 5, None, ["statutory_limit_days_not_integer"]),
        (20, True, None, ["committed_limit_days_not_integer"]),
    ],
)
def test_check_time_limits(statutory, committed, reason, expected):
    assert codes(check_time_limits(statutory, committed, reason)) == expected


def test_over_half_message():
    (finding,) = check_time_limits(20, 12)
    assert finding == Finding(
        rule="R9",
        severity="error",
        code="committed_over_half_statutory",
        message_zh="承诺办结时限（12个工作日）超过法定办结时限（20个工作日）的50%",
        message_en="The committed time limit (12 working days) exceeds 50% of the "
        "statutory time limit (20 working days)",
        field="committed_limit_days",
    )


def test_over_statutory_message():
    (finding,) = check_time_limits(20, 25, "复杂事项")
    assert finding.message_zh == (
        "承诺办结时限（25个工作日）超过法定办结时限（20个工作日）"
    )
    assert finding.severity == "error"
    assert finding.field == "committed_limit_days"


def test_required_message():
    (finding,) = check_time_limits(None, None)
    assert finding.message_zh == "无法定办结时限的事项必须填写承诺办结时限"
    assert finding.rule == "R9"


def test_instant_item():
    assert is_instant_item(0)
    assert not is_instant_item(1)
    assert not is_instant_item(None)


def test_finding_is_frozen_and_checks_severity():
    finding = Finding("R9", "warning", "x", "中文", "English")
    assert finding.field is None
    with pytest.raises(dataclasses.FrozenInstanceError):
        finding.code = "y"
    with pytest.raises(ValueError, match="severity"):
        Finding("R9", "note", "x", "中文", "English")
