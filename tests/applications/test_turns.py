"""Submissions of one process take turns, and the next one starts from what
the previous one committed (issue 12: bucket splits in Plone's BTrees made
concurrent submissions conflict, whatever their keys)."""

from BTrees.OOBTree import OOBTree
from putian.policy.applications import turns
from ZODB.DB import DB
from ZODB.MappingStorage import MappingStorage
from ZODB.POSException import ConflictError

import pytest
import threading
import transaction


# Enough new keys at the end of one tree to split its last bucket.
SPLITTING = 40


@pytest.fixture
def db():
    database = DB(MappingStorage())
    connection = database.open()
    connection.root()["cases"] = OOBTree()
    transaction.commit()
    connection.close()
    yield database
    database.close()


def file_cases(connection, prefix):
    cases = connection.root()["cases"]
    for number in range(SPLITTING):
        cases[f"{prefix}-{number:04d}"] = number


def two_submissions(db, take_turns: bool):
    """B begins while A is filing, tries to file before A commits, and
    commits after A; what B saw of A's cases, whether B had to wait for
    its turn, and B's ConflictError."""
    a_filed, a_may_commit, a_committed, b_through = (
        threading.Event() for _ in range(4)
    )
    outcome = {}

    def submission_a():
        transaction.begin()
        connection = db.open()
        try:
            if take_turns:
                turns.take_turn()
            file_cases(connection, "a")
            a_filed.set()
            a_may_commit.wait(10)
            transaction.commit()
            a_committed.set()
        finally:
            connection.close()

    def submission_b():
        transaction.begin()
        connection = db.open()
        try:
            len(connection.root()["cases"])  # B's view: before A commits
            a_filed.wait(10)
            if take_turns:
                turns.take_turn()
            b_through.set()
            outcome["seen"] = len(connection.root()["cases"])
            file_cases(connection, "b")
            a_committed.wait(10)
            try:
                transaction.commit()
            except ConflictError as error:
                outcome["conflict"] = error
                transaction.abort()
        finally:
            connection.close()

    threads = [threading.Thread(target=submission_a)]
    threads.append(threading.Thread(target=submission_b))
    for thread in threads:
        thread.start()
    a_filed.wait(10)
    outcome["b_waited"] = not b_through.wait(0.3)
    a_may_commit.set()
    for thread in threads:
        thread.join(30)
    return outcome


def test_without_turns_a_split_bucket_makes_the_other_submission_conflict(db):
    """The control: what happened before turns (so the test below can fail)."""
    outcome = two_submissions(db, take_turns=False)
    assert isinstance(outcome.get("conflict"), ConflictError)


def test_the_next_submission_waits_and_starts_from_the_committed_state(db):
    outcome = two_submissions(db, take_turns=True)
    assert outcome["b_waited"]
    assert outcome["seen"] == SPLITTING
    assert "conflict" not in outcome
    connection = db.open()
    assert len(connection.root()["cases"]) == 2 * SPLITTING
    connection.close()


def test_the_turn_is_given_back_when_the_transaction_aborts(db):
    transaction.begin()
    assert turns.take_turn()
    assert turns.take_turn()  # the same transaction holds it already
    transaction.abort()
    assert not turns._turn.locked()


def test_what_was_written_before_the_turn_is_kept(db):
    transaction.begin()
    connection = db.open()
    connection.root()["cases"]["written-before"] = 1
    turns.take_turn()
    transaction.commit()
    assert not turns._turn.locked()
    assert "written-before" in connection.root()["cases"]
    connection.close()


def test_the_transaction_begun_again_keeps_its_metadata(db):
    txn = transaction.begin()
    txn.note("/putian/scjgj/food/@apply")
    txn.setUser("applicant")
    turns.take_turn()
    again = transaction.get()
    assert again is not txn
    assert again.description == "/putian/scjgj/food/@apply"
    assert again.user == txn.user
    transaction.abort()
