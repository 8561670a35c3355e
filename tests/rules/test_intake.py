"""The one gate of intake: which items take applications, through which path."""

from putian.policy.rules.cases.intake import CATALOGUE_STATES
from putian.policy.rules.cases.intake import check_intake_open
from putian.policy.rules.catalogue.terms import LIFECYCLE_STATUSES
from putian.policy.rules.catalogue.terms import ONLINE_DEPTHS
from putian.policy.rules.catalogue.terms import tokens
from putian.policy.rules.common.errors import RuleInputError

import pytest


def codes(findings) -> list[str]:
    return [finding.code for finding in findings]


@pytest.mark.parametrize("depth", ["3", "4"])
def test_a_published_item_open_online_takes_applications(depth):
    assert check_intake_open("published", depth) == []
    assert check_intake_open("published", depth, "retained") == []


@pytest.mark.parametrize("status", ["retained", "filing", "commitment", "optimized"])
def test_a_reformed_item_still_takes_applications(status):
    assert check_intake_open("published", "4", status) == []


@pytest.mark.parametrize(
    "state", ["draft", "pending_department", "pending_office", None]
)
def test_an_item_not_yet_published_takes_none(state):
    (finding,) = check_intake_open(state, "4")
    assert finding.code == "intake_item_not_published"
    assert finding.rule == "R1"
    assert finding.field is None
    assert "尚未发布" in finding.message_zh
    assert "not published" in finding.message_en


def test_a_retired_item_takes_none():
    (finding,) = check_intake_open("retired", "4")
    assert finding.code == "intake_item_retired"
    assert "不再受理" in finding.message_zh
    assert "retired" in finding.message_en


def test_a_cancelled_item_takes_none_even_if_still_published():
    (finding,) = check_intake_open("published", "4", "cancelled")
    assert finding.code == "intake_item_cancelled"
    assert "已取消" in finding.message_zh


@pytest.mark.parametrize("depth", ["0", "1", "2", None])
def test_an_item_not_accepted_online_takes_no_online_application(depth):
    (finding,) = check_intake_open("published", depth)
    assert finding.code == "intake_online_not_offered"
    assert finding.rule == "R17"
    assert "窗口" in finding.message_zh
    assert "window" in finding.message_en


def test_the_not_offered_message_names_the_depth():
    (finding,) = check_intake_open("published", "2")
    assert "网上预审（二级）" in finding.message_zh
    assert "pre-review" in finding.message_en


@pytest.mark.parametrize("depth", ["0", "1", "2", "3", "4", None])
def test_window_staff_file_for_an_applicant_in_person_whatever_the_depth(depth):
    assert check_intake_open("published", depth, at_window=True) == []


def test_the_window_does_not_open_an_unpublished_or_cancelled_item():
    assert codes(check_intake_open("retired", "0", at_window=True)) == [
        "intake_item_retired"
    ]
    assert codes(check_intake_open("draft", "0", "cancelled", at_window=True)) == [
        "intake_item_not_published",
        "intake_item_cancelled",
    ]


def test_every_reason_at_once():
    assert codes(check_intake_open("retired", "0", "cancelled")) == [
        "intake_item_retired",
        "intake_item_cancelled",
        "intake_online_not_offered",
    ]


def test_only_a_published_item_open_online_and_not_cancelled_opens():
    for state in CATALOGUE_STATES:
        for depth in tokens(ONLINE_DEPTHS):
            for status in tokens(LIFECYCLE_STATUSES):
                findings = check_intake_open(state, depth, status)
                opens = (
                    state == "published" and int(depth) >= 3 and status != "cancelled"
                )
                assert (findings == []) == opens, (state, depth, status)
                assert all(f.message_zh and f.message_en for f in findings)


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (("closed", "4"), "unknown_catalogue_state"),
        (("published", "5"), "unknown_token"),
        (("published", "4", "abolished"), "unknown_token"),
    ],
)
def test_unknown_values_from_the_shell_raise(args, code):
    with pytest.raises(RuleInputError) as raised:
        check_intake_open(*args)
    assert raised.value.code == code


def test_at_window_is_a_flag():
    with pytest.raises(RuleInputError):
        check_intake_open("published", "4", at_window="yes")
