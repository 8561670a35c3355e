"""A known set of cases with past dates, and the lines they make.

Item food (department A) and item permit (department B) both have a
statutory limit of 20 and a committed limit of 10 working days. "Today"
is Monday 2026-11-30. The deadlines below are counted by hand on the 2026
official calendar (Mid-Autumn Friday 2026-09-25 off, Sunday 2026-09-20
worked):

- ``late``  (A) accepted 2026-09-01, still in review: committed deadline
  2026-09-15 (red), statutory deadline 2026-09-29 (past);
- ``near``  (A) accepted 2026-11-16, in review: committed deadline
  2026-11-30, today (yellow);
- ``fresh`` (A) accepted 2026-11-27: green, no line;
- ``undelivered`` (A) accepted 2026-11-02, approved 2026-11-05, never
  delivered: certificate due 2026-11-19; decided 3 working days after
  acceptance, fewer than the 5 of the item's on-site inspection;
- ``denied`` (B) accepted 2026-11-02, denied 2026-11-10 without the
  litigation notice (6 working days: its inspection's 5 fit);
- ``silent`` (B) accepted 2026-11-16, suspended from 2026-11-20 without
  the written notice: green (the clock stands still);
- a submitted case of A, not accepted: no facts, no line; department B's
  clerk tried to accept it (beyond authority), A's decider to approve it
  (out of order); A's reviewer tried to suspend ``near`` without the
  paper (refused, but neither: not shown).
"""

from datetime import date
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from tests.fixtures.applications import act
from tests.fixtures.applications import DENIAL
from tests.fixtures.applications import new_case
from tests.fixtures.applications import SUSPENSION
from tests.fixtures.catalogue import make_item


TODAY = date(2026, 11, 30)

EXPECTED_LINES = {
    ("committed_deadline", "late", "red"),
    ("committed_deadline", "near", "yellow"),
    ("statutory_overdue", "late", "red"),
    ("suspension_without_notice", "silent", "red"),
    ("denial_without_remedies", "denied", "red"),
    ("certificate_late", "undelivered", "red"),
    ("faster_than_special_step", "undelivered", "yellow"),
}
EXPECTED_REFUSALS = {
    ("beyond_authority", "submitted", "clerk_b", "accept"),
    ("out_of_order", "submitted", "decider_a", "approve"),
}
EXPECTED_LIGHTS = {
    "a": {"red": 1, "yellow": 1, "green": 1},
    "b": {"red": 0, "yellow": 0, "green": 1},
}


def _accepted(item, accepted_on, review=True):
    with api.env.adopt_user(SITE_OWNER_NAME):
        case = new_case(item).case
    department = item.aq_parent.getId()
    assert act(f"clerk_{department}", case, "accept").done
    if review:
        reviewer = "case_reviewer_a" if department == "a" else "reviewer_b_cases"
        assert act(reviewer, case, "start_review").done
    case.accepted_on = accepted_on
    return case


def _decided(case, decided_on):
    case.decided_on = decided_on
    case.decision = dict(case.decision, decided_on=decided_on)


def make_cases(departments) -> dict:
    """The cases above; needs the case workers, and adds those of B."""
    for name, role in (("reviewer_b_cases", "CaseReviewer"),):
        api.user.create(
            email=f"{name}@putian.example", username=name, password="secret-pw-123"
        )
        api.user.grant_roles(username=name, obj=departments["b"], roles=[role])
    with api.env.adopt_user(SITE_OWNER_NAME):
        food = departments["a"]["food"]
        permit = make_item(departments["b"], "permit", "建筑工程施工许可证核发")
    cases = {
        "late": _accepted(food, date(2026, 9, 1)),
        "near": _accepted(food, date(2026, 11, 16)),
        "fresh": _accepted(food, date(2026, 11, 27), review=False),
    }

    undelivered = _accepted(food, date(2026, 11, 2))
    assert act("decider_a", undelivered, "approve").done
    _decided(undelivered, date(2026, 11, 5))
    cases["undelivered"] = undelivered

    denied = _accepted(permit, date(2026, 11, 2))
    assert act("decider_b", denied, "deny", **DENIAL).done
    _decided(denied, date(2026, 11, 10))
    decision = dict(denied.decision)
    del decision["litigation_notice"]
    denied.decision = decision
    cases["denied"] = denied

    silent = _accepted(permit, date(2026, 11, 16))
    assert act("reviewer_b_cases", silent, "suspend", **SUSPENSION).done
    stop = dict(silent.suspensions[0], started_on=date(2026, 11, 20))
    del stop["reason"]
    silent.suspensions = (stop,)
    cases["silent"] = silent

    with api.env.adopt_user(SITE_OWNER_NAME):
        cases["submitted"] = new_case(food).case
    assert not act("clerk_b", cases["submitted"], "accept").done
    assert not act("decider_a", cases["submitted"], "approve").done
    assert not act("case_reviewer_a", cases["near"], "suspend").done
    for case in cases.values():
        case.reindexObject()
    return cases


def named_lines(lines, cases) -> set:
    """(kind, case name, light) of each line."""
    names = {case.absolute_url(): name for name, case in cases.items()}
    return {(line.kind, names[line.case_url], line.light) for line in lines}


def named_refusals(attempts, cases) -> set:
    """(kind, case name, actor, attempted step) of each refused attempt."""
    names = {case.absolute_url(): name for name, case in cases.items()}
    return {
        (attempt.kind, names[attempt.case_url], attempt.actor, attempt.attempted)
        for attempt in attempts
    }
