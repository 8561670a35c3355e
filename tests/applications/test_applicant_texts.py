"""What the applicant writes after filing (issue 20): the note with a
resubmission, the reason for a withdrawal and a rating's comment are text
of bounded length without control characters; refused with the field."""

from plone import api
from putian.policy.applications import applicant
from putian.policy.applications.intake import Upload
from tests.fixtures.applications import act
from tests.fixtures.applications import CORRECTION
from tests.fixtures.applications import DENIAL
from tests.fixtures.applications import PDF

import pytest


BAD_NOTES = [
    ("补正\x00说明", "comment_invalid_characters"),
    ("补正\x1b[2J说明", "comment_invalid_characters"),
    ("补\ud800正", "comment_invalid_characters"),
    ("补" * 501, "comment_too_long"),
    (42, "comment_not_text"),
    (["补正"], "comment_not_text"),
]


@pytest.mark.parametrize(("note", "code"), BAD_NOTES)
def test_a_bad_resubmission_note_is_refused_and_nothing_changes(case, note, code):
    act("clerk_a", case, "request_correction", **CORRECTION)
    before = list(case.objectIds())
    outcome = applicant.resubmit(
        case, [Upload("material_1", "签字版.pdf", PDF)], comment=note
    )
    assert not outcome.done
    assert [(f.field, f.code) for f in outcome.findings] == [("comment", code)]
    assert api.content.get_state(case) == "correction"
    assert list(case.objectIds()) == before


def test_a_note_of_several_lines_is_fine(case):
    act("clerk_a", case, "request_correction", **CORRECTION)
    outcome = applicant.resubmit(
        case,
        [Upload("material_1", "签字版.pdf", PDF)],
        comment="已补签字。\r\n请审核。",
    )
    assert outcome.done


@pytest.mark.parametrize(("reason", "code"), BAD_NOTES)
def test_a_bad_withdrawal_reason_is_refused(case, reason, code):
    outcome = applicant.withdraw(case, reason)
    assert not outcome.done
    assert [(f.field, f.code) for f in outcome.findings] == [("comment", code)]
    assert api.content.get_state(case) == "submitted"


def test_a_rating_comment_with_a_terminal_escape_is_refused(case):
    act("clerk_a", case, "accept")
    act("case_reviewer_a", case, "start_review")
    act("decider_a", case, "deny", **DENIAL)
    findings = applicant.rate(case, "satisfied", "很好\x1b]0;pwned\x07")
    assert [(f.field, f.code) for f in findings] == [
        ("comment", "rating_comment_invalid_characters")
    ]
    assert case.rating is None
    assert applicant.rate(case, 5) != []
    assert case.rating is None
