"""Wrong query codes: the limit per receipt number and per client address."""

from collections import defaultdict
from hypothesis import given
from hypothesis import strategies as st
from putian.policy.rules.cases.attempts import ADDRESS
from putian.policy.rules.cases.attempts import ADDRESS_MAX_FAILURES
from putian.policy.rules.cases.attempts import attempt_keys
from putian.policy.rules.cases.attempts import AttemptLimit
from putian.policy.rules.cases.attempts import bucket_of
from putian.policy.rules.cases.attempts import BUCKET_SECONDS
from putian.policy.rules.cases.attempts import check_lookup
from putian.policy.rules.cases.attempts import failures_in_window
from putian.policy.rules.cases.attempts import LOOKUP_LIMITS
from putian.policy.rules.cases.attempts import LOOKUP_WINDOW_SECONDS
from putian.policy.rules.cases.attempts import oldest_counted_bucket
from putian.policy.rules.cases.attempts import RECEIPT
from putian.policy.rules.cases.attempts import RECEIPT_MAX_FAILURES
from putian.policy.rules.common.errors import RuleInputError

import pytest


T0 = 1_795_000_020.0  # 2026-11-18, on a whole minute
RECEIPT_X = "SCJGJ-20261127-0001"
RECEIPT_Y = "SCJGJ-20261127-0002"


class Store:
    """What the portal keeps: failures per (kind, key) and bucket."""

    def __init__(self):
        self.failures = defaultdict(lambda: defaultdict(int))

    def fail(self, receipt, address, moment):
        for kind, key in attempt_keys(receipt, address).items():
            self.failures[(kind, key)][bucket_of(moment)] += 1

    def check(self, receipt, address, moment):
        counts = {
            kind: dict(self.failures.get((kind, key), {}))
            for kind, key in attempt_keys(receipt, address).items()
        }
        return check_lookup(counts, moment)

    def guess(self, receipt, address, moment, right=False):
        """A look-up as the portal makes it: refused, found, or a failure."""
        refusal = self.check(receipt, address, moment)
        if refusal is not None:
            return refusal
        if not right:
            self.fail(receipt, address, moment)
        return None


def test_the_limit_per_receipt_refuses_the_next_guess():
    store = Store()
    for n in range(RECEIPT_MAX_FAILURES):
        assert store.guess(RECEIPT_X, f"10.0.0.{n}", T0 + n) is None
    refusal = store.check(RECEIPT_X, "10.0.0.99", T0 + 10)
    assert refusal is not None
    assert refusal.limit.kind == RECEIPT
    # Even the right code is refused now: a late right guess gains nothing.
    assert store.guess(RECEIPT_X, "10.0.0.99", T0 + 10, right=True) is not None
    assert store.check(RECEIPT_Y, "10.0.0.99", T0 + 10) is None


def test_the_limit_per_address_spans_receipts():
    store = Store()
    for n in range(ADDRESS_MAX_FAILURES):
        assert store.guess(f"SCJGJ-20261127-{n + 1:04d}", "10.0.0.1", T0 + n) is None
    refusal = store.check(RECEIPT_X, "10.0.0.1", T0 + 30)
    assert refusal.limit.kind == ADDRESS
    assert store.check("SCJGJ-20261127-0999", "10.0.0.1", T0 + 30) is not None
    # Another address may still look those receipts up (one failure each).
    assert store.check(RECEIPT_X, "10.0.0.2", T0 + 30) is None


def test_one_failure_short_of_the_limit_is_allowed():
    store = Store()
    for n in range(RECEIPT_MAX_FAILURES - 1):
        store.guess(RECEIPT_X, "10.0.0.1", T0 + n)
    assert store.check(RECEIPT_X, "10.0.0.1", T0 + 10) is None


def test_failures_expire_after_the_window_and_not_before():
    store = Store()
    for n in range(RECEIPT_MAX_FAILURES):
        store.guess(RECEIPT_X, "10.0.0.1", T0 + 30 + n)
    last_failure = T0 + 30 + RECEIPT_MAX_FAILURES - 1
    # Counted for the whole window after the last failure, and with
    # whole-minute buckets less than a minute longer.
    refusal = store.check(RECEIPT_X, "10.0.0.1", T0 + 30 + LOOKUP_WINDOW_SECONDS)
    assert refusal is not None
    free_at = T0 + 30 + LOOKUP_WINDOW_SECONDS + refusal.retry_after
    assert free_at >= last_failure + LOOKUP_WINDOW_SECONDS
    assert free_at < last_failure + LOOKUP_WINDOW_SECONDS + BUCKET_SECONDS
    assert store.check(RECEIPT_X, "10.0.0.1", free_at) is None
    assert store.check(RECEIPT_X, "10.0.0.1", free_at - 1) is not None


def test_retry_after_waits_for_enough_failures_to_expire():
    store = Store()
    # Two failures early, three ten minutes later: the early two expiring
    # brings the count below five.
    for moment in (T0, T0 + 1, T0 + 600, T0 + 601, T0 + 602):
        store.guess(RECEIPT_X, "10.0.0.1", moment)
    refusal = store.check(RECEIPT_X, "10.0.0.1", T0 + 700)
    assert refusal.retry_after == LOOKUP_WINDOW_SECONDS + BUCKET_SECONDS - 700
    assert store.check(RECEIPT_X, "10.0.0.1", T0 + 700 + refusal.retry_after) is None


def test_both_keys_used_up_the_longer_wait_is_told():
    store = Store()
    for n in range(ADDRESS_MAX_FAILURES):
        store.guess(f"SCJGJ-20261127-{n + 10:04d}", "10.0.0.1", T0 + n)
    for n in range(RECEIPT_MAX_FAILURES):
        store.guess(RECEIPT_X, f"10.0.1.{n}", T0 + 300 + n)
    refusal = store.check(RECEIPT_X, "10.0.0.1", T0 + 400)
    assert refusal.limit.kind == RECEIPT
    only_address = store.check(RECEIPT_Y, "10.0.0.1", T0 + 400)
    assert only_address.limit.kind == ADDRESS
    assert refusal.retry_after > only_address.retry_after


def test_a_success_resets_no_count():
    store = Store()
    for n in range(ADDRESS_MAX_FAILURES - 1):
        store.guess(f"SCJGJ-20261127-{n + 10:04d}", "10.0.0.1", T0 + n)
    # The applicant of receipt X finds the case from another address, and
    # the guesser finds a case of their own: neither clears a count.
    assert store.guess(RECEIPT_X, "10.0.0.2", T0 + 50, right=True) is None
    assert store.guess(RECEIPT_Y, "10.0.0.1", T0 + 51, right=True) is None
    store.guess("SCJGJ-20261127-0999", "10.0.0.1", T0 + 52)
    assert store.check(RECEIPT_X, "10.0.0.1", T0 + 53).limit.kind == ADDRESS
    assert store.check(RECEIPT_X, "10.0.0.2", T0 + 53) is None


def test_refused_look_ups_are_not_failures():
    store = Store()
    for n in range(RECEIPT_MAX_FAILURES):
        store.guess(RECEIPT_X, "10.0.0.1", T0 + n)
    for n in range(50):
        assert store.guess(RECEIPT_X, "10.0.0.1", T0 + 100 + n) is not None
    assert sum(store.failures[(ADDRESS, "10.0.0.1")].values()) == RECEIPT_MAX_FAILURES


def test_the_keys_of_a_look_up():
    assert attempt_keys(" scjgj-20261127-0001 ", " 10.0.0.1 ") == {
        RECEIPT: RECEIPT_X,
        ADDRESS: "10.0.0.1",
    }
    # Full-width, as some input methods type it: the same receipt.
    full_width = "ＳＣＪＧＪ－２０２６１１２７－０００１"
    assert attempt_keys(full_width, None) == {RECEIPT: RECEIPT_X}
    # No receipt number at all: it can match no case, the address counts.
    assert attempt_keys("not a receipt", "10.0.0.1") == {ADDRESS: "10.0.0.1"}
    assert attempt_keys(None, "") == {}


def test_a_look_up_with_no_key_is_never_refused():
    assert check_lookup({}, T0) is None


def test_the_refusal_says_when_to_retry_in_both_languages():
    store = Store()
    for n in range(RECEIPT_MAX_FAILURES):
        store.guess(RECEIPT_X, "10.0.0.1", T0 + n)
    refusal = store.check(RECEIPT_X, "10.0.0.1", T0 + 5)
    assert refusal.minutes == 16
    assert "16分钟后再试" in refusal.message_zh
    assert "try again in 16 minutes" in refusal.message_en


def test_a_limit_needs_a_known_kind_and_positive_numbers():
    with pytest.raises(RuleInputError):
        AttemptLimit("phone", 5, 60)
    with pytest.raises(RuleInputError):
        AttemptLimit(RECEIPT, 0, 60)
    with pytest.raises(RuleInputError):
        AttemptLimit(RECEIPT, 5, 0)


@given(
    counts=st.dictionaries(
        st.integers(min_value=-40, max_value=0).map(
            lambda offset: bucket_of(T0) + offset
        ),
        st.integers(min_value=1, max_value=5),
    ),
    seconds=st.floats(min_value=0, max_value=3 * BUCKET_SECONDS),
)
def test_buckets_a_store_drops_count_for_no_limit(counts, seconds):
    moment = T0 + seconds
    oldest = oldest_counted_bucket(moment)
    kept = {bucket: n for bucket, n in counts.items() if bucket >= oldest}
    for limit in LOOKUP_LIMITS:
        assert failures_in_window(kept, moment, limit) == failures_in_window(
            counts, moment, limit
        )
