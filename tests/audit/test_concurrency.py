"""Concurrent writers on different objects both commit (ZODB only)."""

from datetime import datetime
from putian.policy.audit.storage import AuditLog
from putian.policy.rules.calendar.clock import BEIJING
from putian.policy.rules.cases.audit import make_entry
from ZODB.DemoStorage import DemoStorage
from ZODB.POSException import ConflictError

import pytest
import transaction
import ZODB


WHEN = datetime(2025, 3, 3, 9, 0, tzinfo=BEIJING)


def append(log, uid, action="publish", minute=0):
    log.append(
        make_entry(
            log.last(uid),
            actor="office",
            action=action,
            object_uid=uid,
            object_path=f"/a/{uid[:4]}",
            department="d" * 32,
            after={"state": "published"},
            timestamp=WHEN.replace(minute=minute),
        )
    )


@pytest.fixture(params=[1, 200], ids=["small-log", "log-of-many-buckets"])
def database(request):
    """A committed log of ``param`` objects, one entry each."""
    db = ZODB.DB(DemoStorage())
    manager = transaction.TransactionManager()
    connection = db.open(manager)
    log = connection.root()["log"] = AuditLog()
    for number in range(request.param):
        append(log, f"{number:032x}")
    manager.commit()
    connection.close()
    yield db
    db.close()


def two_writers(db):
    writers = []
    for _ in range(2):
        manager = transaction.TransactionManager()
        connection = db.open(manager)
        manager.begin()
        writers.append((manager, connection.root()["log"]))
    return writers


def test_appends_to_different_objects_both_commit(database):
    (first, first_log), (second, second_log) = two_writers(database)
    # Both start from the same committed state; neither sees the other.
    append(first_log, "f" * 32, minute=1)
    append(first_log, "0" * 32, "retire", minute=1)
    append(second_log, "e" * 32, minute=2)
    append(second_log, "1".zfill(32), "retire", minute=2)
    first.commit()
    second.commit()  # merged by the BTrees' and Length's conflict resolution

    manager = transaction.TransactionManager()
    log = database.open(manager).root()["log"]
    assert log.head("f" * 32)[0] == 1
    assert log.head("e" * 32)[0] == 1
    assert [entry.action for entry in log.trail("0" * 32)] == ["publish", "retire"]
    assert len(list(log.query(action="retire"))) == 2
    assert len(log) == len(list(log.query()))
    assert log.verify() == []


def test_appends_to_the_same_object_conflict(database):
    (first, first_log), (second, second_log) = two_writers(database)
    append(first_log, "0" * 32, "retire", minute=1)
    append(second_log, "0" * 32, "reject", minute=2)
    first.commit()
    # Both would be entry 2 of the same chain: one must be retried.
    with pytest.raises(ConflictError):
        second.commit()
    second.abort()
