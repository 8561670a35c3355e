"""Guessing query codes: how many wrong look-ups are allowed, and for how long.

A query code is eight characters of 31, so it cannot be found by trying
unless tries are unlimited.  Failed look-ups are counted twice: per
receipt number (a guesser attacking one case from many addresses) and per
client address (one guesser trying many receipts).  When either count has
reached its limit within its window, the next look-up is refused before
the code is even checked, so a right code found late gains nothing.

Failures are counted in buckets of whole minutes so that a store can
keep one counter per key and minute and drop whole minutes as they
expire.  A failure therefore counts for the full window and for less
than one bucket more, never less than the window.

A success resets nothing: an applicant who finds their case does not
clear a guesser's failures, neither on the receipt nor on an address.
Refused look-ups are not counted as failures, so a locked-out applicant
who keeps retrying is let in again when the window has passed.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from putian.policy.rules.cases.receipts import parse_receipt
from putian.policy.rules.common.errors import RuleInputError

import contextlib
import math


RECEIPT = "receipt"
ADDRESS = "address"
KINDS = (RECEIPT, ADDRESS)

BUCKET_SECONDS = 60

# An address stands for many people at a service centre's kiosks or behind
# one carrier-grade NAT, so it gets more tries than one receipt does.
RECEIPT_MAX_FAILURES = 5
ADDRESS_MAX_FAILURES = 20
LOOKUP_WINDOW_SECONDS = 15 * 60

# HTTP's "Too Many Requests".
TOO_MANY_ATTEMPTS_STATUS = 429


@dataclass(frozen=True)
class AttemptLimit:
    """At most ``max_failures`` failed look-ups per key of ``kind`` in
    ``window_seconds``."""

    kind: str
    max_failures: int
    window_seconds: int

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise RuleInputError(
                "attempt_kind_unknown",
                f"未知的查询限制类别：{self.kind!r}",
                f"unknown kind of look-up limit: {self.kind!r}",
            )
        if self.max_failures < 1 or self.window_seconds < 1:
            raise RuleInputError(
                "attempt_limit_invalid",
                "查询限制的次数和时段必须为正数",
                "a look-up limit needs a positive count and window",
            )


LOOKUP_LIMITS = (
    AttemptLimit(RECEIPT, RECEIPT_MAX_FAILURES, LOOKUP_WINDOW_SECONDS),
    AttemptLimit(ADDRESS, ADDRESS_MAX_FAILURES, LOOKUP_WINDOW_SECONDS),
)


@dataclass(frozen=True)
class Refusal:
    """A look-up refused because ``limit`` is used up; ``retry_after`` is
    the number of seconds until the oldest counted failure expires."""

    limit: AttemptLimit
    retry_after: int

    @property
    def minutes(self) -> int:
        return max(1, math.ceil(self.retry_after / 60))

    @property
    def message_zh(self) -> str:
        return f"查询失败次数过多，为保护申请人信息，请{self.minutes}分钟后再试"

    @property
    def message_en(self) -> str:
        return (
            "Too many failed look-ups: to protect applicants, try again in "
            f"{self.minutes} minute{'s' if self.minutes != 1 else ''}"
        )


def bucket_of(moment: float, bucket_seconds: int = BUCKET_SECONDS) -> int:
    """The bucket (whole minute since the epoch, by default) of ``moment``,
    a POSIX timestamp."""
    return math.floor(moment / bucket_seconds)


def _window_buckets(limit: AttemptLimit, bucket_seconds: int) -> int:
    # One bucket more than the window holds: the current bucket is partial.
    return math.ceil(limit.window_seconds / bucket_seconds) + 1


def counted_buckets(
    moment: float, limit: AttemptLimit, bucket_seconds: int = BUCKET_SECONDS
) -> range:
    """The buckets whose failures still count against ``limit`` at ``moment``."""
    current = bucket_of(moment, bucket_seconds)
    return range(current - _window_buckets(limit, bucket_seconds) + 1, current + 1)


def oldest_counted_bucket(
    moment: float,
    limits: tuple[AttemptLimit, ...] = LOOKUP_LIMITS,
    bucket_seconds: int = BUCKET_SECONDS,
) -> int:
    """Buckets before this one count for no limit any more: a store may drop them."""
    return min(counted_buckets(moment, limit, bucket_seconds).start for limit in limits)


def failures_in_window(
    counts: Mapping[int, int],
    moment: float,
    limit: AttemptLimit,
    bucket_seconds: int = BUCKET_SECONDS,
) -> int:
    """The failures of one key (``counts``: bucket -> failures) that count
    against ``limit`` at ``moment``."""
    return sum(
        counts.get(bucket, 0)
        for bucket in counted_buckets(moment, limit, bucket_seconds)
    )


def _retry_after(
    counts: Mapping[int, int],
    moment: float,
    limit: AttemptLimit,
    bucket_seconds: int,
) -> int:
    """Seconds until enough failures have expired to allow one more try."""
    window = counted_buckets(moment, limit, bucket_seconds)
    remaining = failures_in_window(counts, moment, limit, bucket_seconds)
    for bucket in window:
        remaining -= counts.get(bucket, 0)
        if remaining < limit.max_failures:
            # ``bucket`` leaves the window when the current bucket is its
            # window's length later.
            expires = (bucket + len(window)) * bucket_seconds
            return max(1, math.ceil(expires - moment))
    return 1  # not reached when the limit is used up


def check_lookup(
    counts: Mapping[str, Mapping[int, int]],
    moment: float,
    limits: tuple[AttemptLimit, ...] = LOOKUP_LIMITS,
    bucket_seconds: int = BUCKET_SECONDS,
) -> Refusal | None:
    """May a look-up be tried at ``moment``?  ``counts``: for each kind
    that has a key in this look-up, its failures by bucket.  None: yes;
    else the refusal of the limit that waits longest."""
    refusals = []
    for limit in limits:
        kind_counts = counts.get(limit.kind)
        if kind_counts is None:
            continue
        if (
            failures_in_window(kind_counts, moment, limit, bucket_seconds)
            >= limit.max_failures
        ):
            refusals.append(
                Refusal(limit, _retry_after(kind_counts, moment, limit, bucket_seconds))
            )
    return max(refusals, key=lambda refusal: refusal.retry_after, default=None)


def attempt_keys(receipt: str | None, address: str | None) -> dict[str, str]:
    """The keys a look-up is counted under: the receipt number as the
    applicant meant it (so "scjgj-…" and "SCJGJ-…" are one key) and the
    client address.  Text that is no receipt number can match no case: it
    is counted under the address only."""
    keys = {}
    with contextlib.suppress(RuleInputError):
        keys[RECEIPT] = str(parse_receipt(receipt or ""))
    address = (address or "").strip()
    if address:
        keys[ADDRESS] = address
    return keys
