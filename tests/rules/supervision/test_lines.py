"""R20: the supervision lines a case makes, against the 2025 official calendar.

National Day 2025: Oct 1-8 off, Sunday Sep 28 and Saturday Oct 11 are
make-up working days.  A case accepted on Tuesday Sep 30 counts Oct 9 (1),
Oct 10 (2), Sat Oct 11 (3), Oct 13 (4), Oct 14 (5) ... Oct 21 (10) ... Nov 4
(20): the day of acceptance itself is never counted.
"""

from dataclasses import replace
from datetime import date
from putian.policy.rules.calendar.working_days import WorkingCalendar
from putian.policy.rules.common.errors import RuleInputError
from putian.policy.rules.supervision import lines as supervision
from putian.policy.rules.supervision.lines import case_light
from putian.policy.rules.supervision.lines import CaseFacts
from putian.policy.rules.supervision.lines import judge
from putian.policy.rules.supervision.lines import LINE_KINDS
from putian.policy.rules.supervision.lines import register
from putian.policy.rules.supervision.lines import supervision_lines
from putian.policy.rules.supervision.lines import Suspension

import pytest


CALENDAR = WorkingCalendar()
ACCEPTED = date(2025, 9, 30)
OPEN = CaseFacts(accepted_on=ACCEPTED, statutory_days=20, committed_days=5)


def kinds(facts, today):
    return [line.kind for line in supervision_lines(facts, CALENDAR, today)]


def lights(facts, today):
    return {line.kind: line.light for line in supervision_lines(facts, CALENDAR, today)}


def decided(decision, on, **changes):
    return replace(OPEN, decision=decision, decided_on=on, **changes)


def test_every_kind_names_its_rule_and_legal_source():
    assert set(LINE_KINDS) == {
        "committed_deadline",
        "statutory_overdue",
        "suspension_without_notice",
        "denial_without_remedies",
        "certificate_late",
        "forwarding_late",
        "forwarding_unacknowledged",
        "faster_than_special_step",
        "rectification_overdue",
    }
    for entry in LINE_KINDS.values():
        assert entry.rule.startswith("R")
        # R21's rectification stands on the national 好差评 opinion.
        law = "国办发〔2019〕51号" if entry.rule == "R21" else "《行政许可法》"
        assert law in entry.source
        assert entry.title_zh
        assert entry.title_en


@pytest.mark.parametrize(
    ("today", "light"),
    [
        (date(2025, 10, 1), "green"),  # holiday: 5 working days still ahead
        (date(2025, 10, 10), "green"),  # Oct 11, 13, 14 left: 3
        (date(2025, 10, 11), "yellow"),  # make-up Saturday: Oct 13, 14 left
        (date(2025, 10, 14), "yellow"),  # the deadline day itself
        (date(2025, 10, 15), "red"),
    ],
)
def test_an_open_case_is_lit_on_its_committed_deadline(today, light):
    judged = judge(OPEN, CALENDAR, today)
    assert judged.deadlines.committed.deadline == date(2025, 10, 14)
    assert case_light(judged) == light
    expected = {} if light == "green" else {"committed_deadline": light}
    assert lights(OPEN, today) == expected


def test_a_decided_case_has_no_light():
    assert case_light(judge(decided("approved", ACCEPTED), CALENDAR, ACCEPTED)) is None
    closed_late = decided(
        "denied", date(2025, 10, 20), remedy_notices=supervision.REMEDIES
    )
    assert kinds(closed_late, date(2025, 12, 1)) == []


def test_the_statutory_limit_open_and_decided():
    assert judge(OPEN, CALENDAR, ACCEPTED).deadlines.statutory.deadline == date(
        2025, 11, 4
    )
    assert "statutory_overdue" not in kinds(OPEN, date(2025, 11, 4))
    assert "statutory_overdue" in kinds(OPEN, date(2025, 11, 5))
    on_time = decided("denied", date(2025, 11, 4), remedy_notices=supervision.REMEDIES)
    assert kinds(on_time, date(2026, 1, 5)) == []
    late = replace(on_time, decided_on=date(2025, 11, 5))
    assert kinds(late, date(2026, 1, 5)) == ["statutory_overdue"]


def test_a_suspension_moves_the_statutory_deadline():
    stop = Suspension(date(2025, 10, 13), date(2025, 10, 14), notified=True)
    facts = decided(
        "denied",
        date(2025, 11, 6),
        suspensions=(stop,),
        remedy_notices=supervision.REMEDIES,
    )
    assert kinds(facts, date(2026, 1, 5)) == []
    assert kinds(replace(facts, decided_on=date(2025, 11, 7)), date(2026, 1, 5)) == [
        "statutory_overdue"
    ]


def test_an_open_suspension_runs_up_to_today():
    stop = Suspension(date(2025, 10, 13), None, notified=True)
    facts = replace(OPEN, suspensions=(stop,))
    # Suspended since Oct 13 with 3 days counted: resuming tomorrow, Oct 21
    # and 22 are the last two.  Not red although Oct 14 has passed.
    judged = judge(facts, CALENDAR, date(2025, 10, 20))
    assert judged.deadlines.committed.deadline == date(2025, 10, 22)
    assert case_light(judged) == "yellow"
    assert lights(facts, date(2025, 10, 20)) == {"committed_deadline": "yellow"}


def test_a_suspension_without_written_notice():
    told = Suspension(date(2025, 10, 9), date(2025, 10, 10), notified=True)
    silent = Suspension(date(2025, 10, 13), date(2025, 10, 13), notified=False)
    assert kinds(replace(OPEN, suspensions=(told,)), ACCEPTED) == []
    lines = supervision_lines(
        replace(OPEN, suspensions=(told, silent)), CALENDAR, ACCEPTED
    )
    assert [line.kind for line in lines] == ["suspension_without_notice"]
    assert "2025-10-13" in lines[0].message_zh
    assert lines[0].source == "《行政许可法》第四十五条"


@pytest.mark.parametrize(
    ("notices", "missing"),
    [
        (frozenset(), ["申请行政复议", "提起行政诉讼"]),
        (frozenset({"reconsideration"}), ["提起行政诉讼"]),
        (frozenset({"litigation"}), ["申请行政复议"]),
    ],
)
def test_a_denial_names_both_remedies(notices, missing):
    facts = decided("denied", date(2025, 10, 9), remedy_notices=notices)
    (line,) = supervision_lines(facts, CALENDAR, date(2025, 10, 9))
    assert line.kind == "denial_without_remedies"
    assert line.light == "red"
    for name in missing:
        assert name in line.message_zh
    assert "第三十八条" in line.source


def test_an_approval_needs_no_remedies():
    facts = decided(
        "approved", date(2025, 10, 9), certificate_delivered_on=date(2025, 10, 9)
    )
    assert kinds(facts, date(2026, 1, 5)) == []


@pytest.mark.parametrize(
    ("delivered_on", "today", "late"),
    [
        (None, date(2025, 10, 21), False),  # the 10th working day after Sep 30
        (None, date(2025, 10, 22), True),
        (date(2025, 10, 21), date(2026, 1, 5), False),
        (date(2025, 10, 22), date(2026, 1, 5), True),
    ],
)
def test_the_certificate_within_ten_working_days(delivered_on, today, late):
    facts = decided("approved", ACCEPTED, certificate_delivered_on=delivered_on)
    assert kinds(facts, today) == (["certificate_late"] if late else [])


def test_a_denial_has_no_certificate_to_issue():
    facts = decided("denied", ACCEPTED, remedy_notices=supervision.REMEDIES)
    assert "certificate_late" not in kinds(facts, date(2026, 1, 5))


# Received Friday Sep 26: Sun Sep 28 (make-up) 1, 29 2, 30 3, Oct 9 4, Oct 10 5.
RECEIVED = date(2025, 9, 26)


@pytest.mark.parametrize(
    ("forwarded_on", "today", "expected"),
    [
        (None, date(2025, 10, 10), []),
        (None, date(2025, 10, 11), ["forwarding_late"]),
        (date(2025, 10, 10), date(2025, 10, 10), []),
        (date(2025, 10, 11), date(2025, 10, 11), ["forwarding_late"]),
    ],
)
def test_forwarding_within_five_working_days(forwarded_on, today, expected):
    facts = replace(OPEN, received_on=RECEIVED, forwarded_on=forwarded_on)
    assert [
        kind for kind in kinds(facts, today) if kind.startswith("forwarding")
    ] == expected


@pytest.mark.parametrize(
    ("acknowledged_on", "today", "light"),
    [
        (None, date(2025, 10, 10), None),  # due Oct 10
        (None, date(2025, 10, 11), "red"),
        (date(2025, 10, 10), date(2025, 11, 1), None),
        (date(2025, 10, 11), date(2025, 11, 1), "yellow"),
    ],
)
def test_the_upper_level_acknowledges_within_five(acknowledged_on, today, light):
    facts = replace(
        OPEN,
        accepted_on=RECEIVED,
        received_on=RECEIVED,
        forwarded_on=RECEIVED,
        acknowledged_on=acknowledged_on,
    )
    assert lights(facts, today).get("forwarding_unacknowledged") == light


@pytest.mark.parametrize(
    ("decided_on", "special_days", "too_fast"),
    [
        (date(2025, 10, 10), 3, True),  # Oct 9, 10: two working days used
        (date(2025, 10, 11), 3, False),  # the make-up Saturday is the third
        (date(2025, 10, 8), 1, True),  # nothing counted over the holiday
        (date(2025, 10, 10), 0, False),  # no special step
    ],
)
def test_decided_faster_than_a_special_step_takes(decided_on, special_days, too_fast):
    facts = decided(
        "denied",
        decided_on,
        special_days=special_days,
        remedy_notices=supervision.REMEDIES,
    )
    assert kinds(facts, date(2026, 1, 5)) == (
        ["faster_than_special_step"] if too_fast else []
    )


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"decision": "granted", "decided_on": ACCEPTED}, "invalid_decision"),
        ({"decision": "approved"}, "decision_without_date"),
        ({"decided_on": ACCEPTED}, "decision_without_date"),
        (
            {"decision": "approved", "decided_on": date(2025, 9, 29)},
            "decided_before_accepted",
        ),
    ],
)
def test_impossible_facts_are_refused(changes, code):
    with pytest.raises(RuleInputError) as raised:
        replace(OPEN, **changes)
    assert raised.value.code == code
    assert raised.value.message_zh


def test_a_new_kind_joins_without_touching_the_others(monkeypatch):
    monkeypatch.setattr(supervision, "LINE_KINDS", dict(LINE_KINDS))

    @register("always", "测试", "Test", "R21", "《行政许可法》第六十一条")
    def _always(judged):
        return "yellow", "总是", "always"

    assert kinds(OPEN, ACCEPTED) == ["always"]
    with pytest.raises(ValueError, match="twice"):
        register("always", "测试", "Test", "R21", "")(_always)
