"""Receipt numbers drawn by many submitters at once: unique, in sequence,
and never a write conflict for the submission itself."""

from concurrent.futures import ThreadPoolExecutor
from putian.policy.applications.numbering import _draw
from ZODB.MappingStorage import MappingStorage

import pytest
import ZODB


@pytest.fixture
def db():
    database = ZODB.DB(MappingStorage())
    yield database
    database.close()


def test_concurrent_draws_are_unique_and_gapless(db):
    key = ("/putian", "receipt", "SCJGJ", "2026-11-27")
    with ThreadPoolExecutor(max_workers=8) as pool:
        numbers = list(pool.map(lambda _: _draw(db, key), range(400)))
    assert sorted(numbers) == list(range(1, 401))


def test_each_key_is_its_own_sequence(db):
    a = ("/putian", "receipt", "A", "2026-11-27")
    b = ("/putian", "receipt", "B", "2026-11-27")
    with ThreadPoolExecutor(max_workers=8) as pool:
        drawn = list(pool.map(lambda i: (i % 2, _draw(db, (a, b)[i % 2])), range(200)))
    for which in (0, 1):
        assert sorted(n for w, n in drawn if w == which) == list(range(1, 101))


def test_a_draw_is_kept_even_if_the_caller_aborts(db):
    import transaction

    key = ("/putian", "receipt", "A", "2026-11-28")
    assert _draw(db, key) == 1
    transaction.abort()
    assert _draw(db, key) == 2


def test_a_retried_request_takes_the_numbers_its_aborted_attempt_drew(departments):
    from datetime import date
    from putian.policy.applications.numbering import DRAWN_KEY
    from putian.policy.applications.numbering import new_receipt_number

    request = departments["a"].REQUEST
    request._orig_env = {}
    day = date(2032, 3, 1)
    first = new_receipt_number(departments["a"], day)
    second = new_receipt_number(departments["a"], day)
    assert (first[-4:], second[-4:]) == ("0001", "0002")
    # Zope retries: a fresh request over the same environ.
    del request.other[DRAWN_KEY]
    assert new_receipt_number(departments["a"], day) == first
    assert new_receipt_number(departments["a"], day) == second
    assert new_receipt_number(departments["a"], day).endswith("0003")
