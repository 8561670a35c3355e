"""R21: a bad rating's follow-up visit and rectification deadlines, and the
supervision line an overdue rectification makes, against the 2026 official
calendar.

National Day 2026: Thu Oct 1 - Wed Oct 7 off; Sunday Sep 20 and Saturday
Oct 10 are make-up working days; Mid-Autumn Fri Sep 25 - Sun Sep 27 off.
The rating's day itself is never counted.
"""

from datetime import date
from putian.policy.rules.calendar.working_days import WorkingCalendar
from putian.policy.rules.supervision.lines import CaseFacts
from putian.policy.rules.supervision.lines import supervision_lines
from putian.policy.rules.supervision.rectification import opens_rectification
from putian.policy.rules.supervision.rectification import rectification_deadlines
from putian.policy.rules.supervision.rectification import RECTIFICATION_WORKING_DAYS
from putian.policy.rules.supervision.rectification import VISIT_WORKING_DAYS

import pytest


CALENDAR = WorkingCalendar()


def test_the_limits_are_the_national_numbers():
    assert VISIT_WORKING_DAYS == 1
    assert RECTIFICATION_WORKING_DAYS == 15


@pytest.mark.parametrize(
    ("level", "opens"),
    [
        ("very_satisfied", False),
        ("satisfied", False),
        ("basically_satisfied", False),
        ("dissatisfied", True),
        ("very_dissatisfied", True),
    ],
)
def test_only_dissatisfied_levels_open_a_rectification(level, opens):
    assert opens_rectification(level) is opens


def test_rated_the_day_before_national_day():
    # Wed Sep 30: the visit is due Thu Oct 8, the first working day after
    # the week off.  Rectification: Oct 8 (1), 9 (2), Sat Oct 10 (3, make-up),
    # 12-16 (4-8), 19-23 (9-13), 26 (14), Tue Oct 27 (15).
    deadlines = rectification_deadlines(CALENDAR, date(2026, 9, 30))
    assert deadlines.visit_due == date(2026, 10, 8)
    assert deadlines.rectification_due == date(2026, 10, 27)


def test_rated_before_the_make_up_sunday():
    # Fri Sep 18: the visit is due on the make-up Sunday Sep 20.
    # Rectification: Sep 20 (1), 21-24 (2-5), Mid-Autumn off, 28-30 (6-8),
    # National Day off, Oct 8 (9), 9 (10), Sat Oct 10 (11), 12-15 (12-15).
    deadlines = rectification_deadlines(CALENDAR, date(2026, 9, 18))
    assert deadlines.visit_due == date(2026, 9, 20)
    assert deadlines.rectification_due == date(2026, 10, 15)


def test_rated_during_the_holiday():
    # Sat Oct 3: the days off are not counted; Oct 8 is the first.
    # Oct 8 (1), 9 (2), 10 (3), 12-16 (4-8), 19-23 (9-13), 26 (14), 27 (15).
    deadlines = rectification_deadlines(CALENDAR, date(2026, 10, 3))
    assert deadlines.visit_due == date(2026, 10, 8)
    assert deadlines.rectification_due == date(2026, 10, 27)


DUE = date(2026, 10, 27)
DECIDED = CaseFacts(
    accepted_on=date(2026, 9, 21),
    statutory_days=20,
    committed_days=5,
    decision="approved",
    decided_on=date(2026, 9, 24),
    certificate_delivered_on=date(2026, 9, 24),
)


def rectification_lines(today, rectified_on=None, due=DUE):
    facts = CaseFacts(
        **{
            **DECIDED.__dict__,
            "rectification_due": due,
            "rectified_on": rectified_on,
        }
    )
    return [
        (line.kind, line.light, line.rule)
        for line in supervision_lines(facts, CALENDAR, today)
        if line.kind == "rectification_overdue"
    ]


def test_no_line_up_to_the_deadline_day():
    assert rectification_lines(date(2026, 10, 27)) == []


def test_red_from_the_day_after_the_deadline_while_not_rectified():
    assert rectification_lines(date(2026, 10, 28)) == [
        ("rectification_overdue", "red", "R21")
    ]


def test_rectified_on_the_deadline_makes_no_line():
    assert rectification_lines(date(2026, 11, 30), date(2026, 10, 27)) == []


def test_rectified_after_the_deadline_stays_on_record():
    lines = supervision_lines(
        CaseFacts(
            **{
                **DECIDED.__dict__,
                "rectification_due": DUE,
                "rectified_on": date(2026, 10, 28),
            }
        ),
        CALENDAR,
        date(2026, 11, 30),
    )
    late = [line for line in lines if line.kind == "rectification_overdue"]
    assert len(late) == 1
    assert "2026-10-28" in late[0].message_zh
    assert "2026-10-27" in late[0].message_en


def test_no_rating_no_rectification_line():
    assert [
        line.kind
        for line in supervision_lines(DECIDED, CALENDAR, date(2026, 12, 31))
        if line.kind == "rectification_overdue"
    ] == []
