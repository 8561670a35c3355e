"""R21: satisfaction ratings, once per completed case."""

from putian.policy.rules.cases.ratings import check_rating
from putian.policy.rules.cases.ratings import MAX_COMMENT_LENGTH
from putian.policy.rules.cases.ratings import RATABLE_STATES
from putian.policy.rules.cases.ratings import RATING_CHANNELS
from putian.policy.rules.cases.ratings import SATISFACTION_LEVELS
from putian.policy.rules.cases.ratings import SATISFACTION_SCORES
from putian.policy.rules.cases.ratings import satisfaction_summary
from putian.policy.rules.cases.ratings import STAFF_CHANNELS
from putian.policy.rules.catalogue.terms import tokens
from putian.policy.rules.common.errors import RuleInputError

import pytest


LEVELS = (
    "very_satisfied",
    "satisfied",
    "basically_satisfied",
    "dissatisfied",
    "very_dissatisfied",
)


def codes(findings) -> list[str]:
    return [finding.code for finding in findings]


def test_five_levels_scored_five_to_one():
    assert tokens(SATISFACTION_LEVELS) == LEVELS
    assert [entry.title_zh for entry in SATISFACTION_LEVELS] == [
        "非常满意",
        "满意",
        "基本满意",
        "不满意",
        "非常不满意",
    ]
    assert [SATISFACTION_SCORES[level] for level in LEVELS] == [5, 4, 3, 2, 1]


def test_decided_cases_are_rated():
    assert {"approved", "delivered", "denied", "rejected_intake"} == RATABLE_STATES


@pytest.mark.parametrize(
    "state", ["approved", "delivered", "denied", "rejected_intake"]
)
@pytest.mark.parametrize("level", LEVELS)
def test_a_rating_of_a_decided_case(state, level):
    assert check_rating(state, False, level, "窗口人员耐心细致，一次办好") == []


@pytest.mark.parametrize(
    "state",
    [
        "submitted",
        "correction",
        "accepted",
        "in_review",
        "suspended",
        "withdrawn",
    ],
)
def test_no_rating_before_a_decision(state):
    (finding,) = check_rating(state, False, "satisfied", None)
    assert (finding.rule, finding.code, finding.field) == (
        "R21",
        "rating_case_not_completed",
        "case_state",
    )
    assert finding.message_zh.endswith("作出决定后才能评价")


def test_in_review_message():
    (finding,) = check_rating("in_review", False, "satisfied", None)
    assert finding.message_zh == "办件状态为“审查中”，作出决定后才能评价"
    assert finding.message_en == "The case is in review; it can be rated once decided"


def test_an_approved_case_is_rated_before_the_certificate_is_delivered():
    assert check_rating("approved", False, "satisfied", None) == []
    (finding,) = check_rating("approved", True, "satisfied", None)
    assert finding.code == "rating_already_given"


def test_once_per_case():
    (finding,) = check_rating("delivered", True, "very_satisfied", None)
    assert finding.code == "rating_already_given"
    assert finding.message_zh == "该办件已评价，每件只能评价一次"


@pytest.mark.parametrize(
    ("level", "code"),
    [
        (None, "rating_level_missing"),
        (" ", "rating_level_missing"),
        ("excellent", "rating_level_unknown"),
        ("满意", "rating_level_unknown"),
    ],
)
def test_the_level_must_be_known(level, code):
    (finding,) = check_rating("delivered", False, level, None)
    assert (finding.code, finding.field) == (code, "level")


def test_comment_of_at_most_500_characters():
    assert MAX_COMMENT_LENGTH == 500
    assert check_rating("delivered", False, "dissatisfied", "等" * 500) == []
    # Surrounding blanks do not count.
    assert (
        check_rating("delivered", False, "dissatisfied", " " + "等" * 500 + "\n") == []
    )
    (finding,) = check_rating("delivered", False, "dissatisfied", "等" * 501)
    assert (finding.code, finding.field) == ("rating_comment_too_long", "comment")
    assert finding.message_zh == "评价意见为501字，不能超过500字"


def test_everything_wrong_at_once():
    assert codes(check_rating("in_review", True, "great", "等" * 600)) == [
        "rating_case_not_completed",
        "rating_already_given",
        "rating_level_unknown",
        "rating_comment_too_long",
    ]


@pytest.mark.parametrize(
    ("state", "already", "level", "comment"),
    [
        ("closed", False, "satisfied", None),
        ("delivered", None, "satisfied", None),
        ("delivered", "no", "satisfied", None),
    ],
)
def test_bad_input_raises(state, already, level, comment):
    with pytest.raises(RuleInputError):
        check_rating(state, already, level, comment)


@pytest.mark.parametrize(
    ("level", "comment", "field", "code"),
    [
        (5, None, "level", "rating_level_not_text"),
        (["satisfied"], None, "level", "rating_level_not_text"),
        ("satisfied" * 4, None, "level", "rating_level_too_long"),
        ("satisfied", 5, "comment", "rating_comment_not_text"),
        ("satisfied", True, "comment", "rating_comment_not_text"),
        ("satisfied", "很好\x1b[2J", "comment", "rating_comment_invalid_characters"),
        ("satisfied", "很好\x00", "comment", "rating_comment_invalid_characters"),
        ("satisfied", "很\ud800好", "comment", "rating_comment_invalid_characters"),
    ],
)
def test_what_the_applicant_sends_is_a_finding_not_an_exception(
    level, comment, field, code
):
    """The public sends these: a finding for the field, never an exception."""
    (finding,) = check_rating("delivered", False, level, comment)
    assert (finding.field, finding.code) == (field, code)
    assert finding.message_zh
    assert finding.message_en


def test_a_comment_may_have_several_lines():
    assert check_rating("delivered", False, "satisfied", "很好\r\n谢谢\t！") == []


def test_summary():
    summary = satisfaction_summary(
        [
            "very_satisfied",
            "very_satisfied",
            "satisfied",
            "basically_satisfied",
            "dissatisfied",
            "very_dissatisfied",
            "very_satisfied",
            "satisfied",
        ]
    )
    assert summary["total"] == 8
    assert summary["counts"] == {
        "very_satisfied": 3,
        "satisfied": 2,
        "basically_satisfied": 1,
        "dissatisfied": 1,
        "very_dissatisfied": 1,
    }
    assert list(summary["counts"]) == list(LEVELS)  # best first
    # (3*5 + 2*4 + 3 + 2 + 1) / 8 = 29 / 8
    assert summary["average_score"] == pytest.approx(3.625)
    assert summary["satisfied_share"] == pytest.approx(6 / 8)


def test_summary_of_no_ratings():
    assert satisfaction_summary([]) == {
        "total": 0,
        "counts": dict.fromkeys(LEVELS, 0),
        "average_score": None,
        "satisfied_share": None,
    }


def test_summary_of_one_generator():
    summary = satisfaction_summary(level for level in ["basically_satisfied"])
    assert (summary["average_score"], summary["satisfied_share"]) == (3, 1)


@pytest.mark.parametrize("bad", ["满意", None, 5, ["satisfied"]])
def test_summary_refuses_unknown_levels(bad):
    with pytest.raises(RuleInputError) as raised:
        satisfaction_summary(["satisfied", bad])
    assert raised.value.code == "unknown_token"


def test_four_channels_online_first():
    assert tokens(RATING_CHANNELS) == ("web", "window", "phone_12345", "terminal")
    assert {"window", "phone_12345", "terminal"} == STAFF_CHANNELS


def test_the_applicant_rates_online_only():
    assert check_rating("approved", False, "satisfied") == []
    assert codes(check_rating("approved", False, "satisfied", None, "window")) == [
        "rating_channel_unknown"
    ]


@pytest.mark.parametrize("channel", ["window", "phone_12345", "terminal"])
def test_staff_record_a_rating_given_off_line(channel):
    assert (
        check_rating("denied", False, "dissatisfied", "", channel, STAFF_CHANNELS) == []
    )


@pytest.mark.parametrize("channel", ["web", "fax", None, ["window"]])
def test_staff_do_not_record_an_online_or_unknown_channel(channel):
    findings = check_rating("denied", False, "satisfied", "", channel, STAFF_CHANNELS)
    assert codes(findings) == ["rating_channel_unknown"]
    assert findings[0].field == "channel"
