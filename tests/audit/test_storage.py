"""The audit log's storage: per-object chains, indexes, verification."""

from datetime import date
from datetime import datetime
from datetime import timedelta
from datetime import UTC
from putian.policy.audit.storage import AuditLog
from putian.policy.rules.calendar.clock import BEIJING
from putian.policy.rules.cases.audit import ENTRIES_MISSING_AT_END
from putian.policy.rules.cases.audit import ENTRY_HASH_MISMATCH
from putian.policy.rules.cases.audit import make_entry
from putian.policy.rules.cases.audit import SEQUENCE_MISMATCH
from putian.policy.rules.common.errors import RuleInputError

import pytest


DAY_ONE = datetime(2025, 3, 3, 9, 0, tzinfo=BEIJING)
FOOD, PERMIT, RECORD = "a" * 32, "b" * 32, "c" * 32
DEPARTMENT_A, DEPARTMENT_B = "d" * 32, "e" * 32


def append(
    log,
    uid,
    action="submit",
    *,
    actor="editor_a",
    department=DEPARTMENT_A,
    at=DAY_ONE,
    after=None,
):
    entry = make_entry(
        log.last(uid),
        actor=actor,
        action=action,
        object_uid=uid,
        object_path=f"/a/{uid[:4]}",
        department=department,
        before={"state": "draft"},
        after=after or {"state": "pending_department"},
        comment="",
        timestamp=at,
    )
    log.append(entry)
    return entry


@pytest.fixture
def log():
    """Three objects of two departments over three days, interleaved."""
    log = AuditLog()
    hour = timedelta(hours=1)
    append(log, FOOD, "submit", at=DAY_ONE)
    append(log, PERMIT, "submit", at=DAY_ONE + hour)
    append(log, FOOD, "approve", actor="reviewer_a", at=DAY_ONE + 2 * hour)
    append(
        log,
        RECORD,
        "submit",
        actor="editor_b",
        department=DEPARTMENT_B,
        at=DAY_ONE + timedelta(days=1),
    )
    append(log, FOOD, "publish", actor="office", at=DAY_ONE + timedelta(days=2))
    append(
        log, PERMIT, "refused", actor="office", at=DAY_ONE + timedelta(days=2, hours=1)
    )
    return log


def actions(entries):
    return [(entry.object_uid, entry.action) for entry in entries]


def test_each_object_has_its_own_chain(log):
    trail = log.trail(FOOD)
    assert [entry.sequence for entry in trail] == [1, 2, 3]
    assert [entry.action for entry in trail] == ["submit", "approve", "publish"]
    assert trail[1].previous_hash == trail[0].entry_hash
    assert [entry.sequence for entry in log.trail(PERMIT)] == [1, 2]
    assert log.last(FOOD) == trail[-1]
    assert log.head(FOOD) == (3, trail[-1].entry_hash)
    assert log.last("f" * 32) is None
    assert len(log) == 6


def test_an_entry_that_does_not_follow_the_head_is_refused(log):
    stale = make_entry(
        None, actor="x", action="edit", object_uid=FOOD, object_path="/a/food"
    )
    with pytest.raises(RuleInputError) as refused:
        log.append(stale)
    assert refused.value.code == "audit_chain_fork"
    assert len(log) == 6


def test_query_everything_in_time_order(log):
    assert actions(log.query()) == [
        (FOOD, "submit"),
        (PERMIT, "submit"),
        (FOOD, "approve"),
        (RECORD, "submit"),
        (FOOD, "publish"),
        (PERMIT, "refused"),
    ]


def test_query_by_each_filter(log):
    assert actions(log.query(object_uid=PERMIT)) == [
        (PERMIT, "submit"),
        (PERMIT, "refused"),
    ]
    assert actions(log.query(department=DEPARTMENT_B)) == [(RECORD, "submit")]
    assert actions(log.query(actor="office")) == [
        (FOOD, "publish"),
        (PERMIT, "refused"),
    ]
    assert actions(log.query(action="submit")) == [
        (FOOD, "submit"),
        (PERMIT, "submit"),
        (RECORD, "submit"),
    ]
    assert list(log.query(actor="nobody")) == []
    assert list(log.query(object_uid="f" * 32)) == []


def test_query_by_dates_both_included(log):
    day_two = date(2025, 3, 4)
    assert actions(log.query(start=day_two, end=day_two)) == [(RECORD, "submit")]
    assert actions(log.query(start=day_two)) == [
        (RECORD, "submit"),
        (FOOD, "publish"),
        (PERMIT, "refused"),
    ]
    assert len(list(log.query(end=date(2025, 3, 3)))) == 3
    assert list(log.query(end=date(2025, 3, 2))) == []


def test_filters_combine(log):
    assert actions(
        log.query(department=DEPARTMENT_A, action="submit", start=date(2025, 3, 3))
    ) == [(FOOD, "submit"), (PERMIT, "submit")]
    assert actions(log.query(actor="office", action="refused")) == [(PERMIT, "refused")]
    assert actions(log.query(object_uid=FOOD, actor="office")) == [(FOOD, "publish")]
    assert actions(log.query(object_uid=FOOD, start=date(2025, 3, 4))) == [
        (FOOD, "publish")
    ]
    assert list(log.query(department=DEPARTMENT_B, actor="office")) == []


def test_days_are_beijing_days_whatever_the_timezone_of_the_entry():
    log = AuditLog()
    # 2025-03-03 17:30 UTC is 2025-03-04 01:30 in Beijing.
    append(log, FOOD, at=datetime(2025, 3, 3, 17, 30, tzinfo=UTC))
    append(log, PERMIT, at=datetime(2025, 3, 4, 0, 30, tzinfo=BEIJING))
    assert list(log.query(end=date(2025, 3, 3))) == []
    assert actions(log.query(start=date(2025, 3, 4), end=date(2025, 3, 4))) == [
        (PERMIT, "submit"),
        (FOOD, "submit"),
    ]


def test_an_intact_log_verifies(log):
    assert log.verify() == []
    assert log.verify(FOOD) == []
    assert log.verify("f" * 32) == []


def test_a_forged_value_is_found(log):
    stored = log.entries[(FOOD, 2)]
    stored["after"] = {"state": "published"}
    broken = log.verify()
    assert [(uid, check.first_broken, check.reason) for uid, check in broken] == [
        (FOOD, 2, ENTRY_HASH_MISMATCH)
    ]
    assert broken[0][1].message_zh.startswith("第2条")
    assert log.verify(PERMIT) == []


def test_a_stored_entry_without_the_shape_of_an_entry_is_broken(log):
    del log.entries[(PERMIT, 1)]["actor"]
    [(uid, check)] = log.verify()
    assert (uid, check.first_broken, check.reason) == (PERMIT, 1, ENTRY_HASH_MISMATCH)


def test_an_entry_removed_from_the_end_is_found_by_the_head(log):
    del log.entries[(FOOD, 3)]
    [(uid, check)] = log.verify()
    assert (uid, check.first_broken, check.reason) == (
        FOOD,
        3,
        ENTRIES_MISSING_AT_END,
    )
    # The chain goes on after the head, and the gap stays visible.
    assert log.last(FOOD).sequence == 3
    append(log, FOOD, "retire", at=DAY_ONE + timedelta(days=3))
    [(uid, check)] = log.verify(FOOD)
    assert (check.first_broken, check.reason) == (3, SEQUENCE_MISMATCH)


def test_an_object_whose_every_entry_was_removed_is_found(log):
    for key in list(log.entries.keys(min=(RECORD, 0), max=(RECORD, 99))):
        del log.entries[key]
    [(uid, check)] = log.verify()
    assert (uid, check.first_broken, check.reason) == (
        RECORD,
        1,
        ENTRIES_MISSING_AT_END,
    )


def test_an_entry_removed_from_the_middle_is_found(log):
    del log.entries[(FOOD, 2)]
    [(uid, check)] = log.verify(FOOD)
    assert (uid, check.first_broken, check.reason) == (FOOD, 2, SEQUENCE_MISMATCH)
