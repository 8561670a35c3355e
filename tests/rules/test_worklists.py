"""What waits for whom (rules.worklists)."""

from datetime import date
from putian.policy.rules.cases.worklists import case_states_for
from putian.policy.rules.cases.worklists import deadline_order
from putian.policy.rules.cases.worklists import is_sent_back
from putian.policy.rules.cases.worklists import waits_for
from putian.policy.rules.common.errors import RuleInputError

import pytest


def test_states_per_role():
    assert case_states_for("WindowClerk") == {"submitted", "approved"}
    assert case_states_for("CaseReviewer") == {"accepted", "in_review", "suspended"}
    assert case_states_for("CaseDecider") == {"accepted", "in_review"}


@pytest.mark.parametrize(
    ("role", "state", "instant", "expected"),
    [
        ("WindowClerk", "submitted", False, True),
        ("WindowClerk", "correction", False, False),
        ("WindowClerk", "approved", False, True),
        ("CaseReviewer", "accepted", False, True),
        ("CaseReviewer", "accepted", True, False),
        ("CaseDecider", "accepted", False, False),
        ("CaseDecider", "accepted", True, True),
        ("CaseDecider", "in_review", False, True),
        ("CaseDecider", "suspended", False, False),
        ("CaseReviewer", "delivered", False, False),
    ],
)
def test_waits_for(role, state, instant, expected):
    assert waits_for(role, state, instant) is expected


def test_unknown_role():
    with pytest.raises(RuleInputError) as caught:
        waits_for("Applicant", "submitted")
    assert caught.value.code == "unknown_case_role"


def test_sent_back():
    assert is_sent_back("reject")
    assert not is_sent_back("submit")
    assert not is_sent_back(None)


def test_overdue_first_then_by_deadline():
    rows = [
        ("green", date(2025, 3, 1)),
        (None, None),
        ("yellow", date(2025, 3, 10)),
        ("red", date(2025, 2, 20)),
        ("green", date(2025, 2, 25)),
        ("red", date(2025, 2, 10)),
        (None, date(2025, 1, 1)),
    ]
    ordered = sorted(rows, key=lambda row: deadline_order(*row))
    assert ordered == [
        ("red", date(2025, 2, 10)),
        ("red", date(2025, 2, 20)),
        ("yellow", date(2025, 3, 10)),
        ("green", date(2025, 2, 25)),
        ("green", date(2025, 3, 1)),
        (None, date(2025, 1, 1)),
        (None, None),
    ]
