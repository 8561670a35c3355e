"""Failed look-ups by receipt and query code, counted where every worker sees them.

The rule (how many failures, in which window) is the core's
(``putian.policy.rules.cases.attempts``); this module keeps the counts.

They live at the database root, beside the receipt counters, in an OOBTree
keyed ``(site path, bucket)`` whose values are OOBTrees ``key digest ->
failures``: one small tree per minute.  Concurrent failures on different
keys change different entries of the same bucket, which BTrees' conflict
resolution merges; the outer tree changes once a minute, when a minute's
tree is added and the expired ones are dropped.  The keys are keyed
digests of the receipt number and of the client address, so the store
holds no address in the clear and each key has the same small size
whatever a client sends.

A failure is written in a short transaction of its own, on a separate
connection (as ``numbering._draw`` draws numbers), because the request
that failed answers 404 or 429 and may well be aborted: its count must
stay.  Counts are read through the request's own connection, which never
writes them, so reading adds nothing to the request's transaction.

The client address is the request's ``getClientAddr()``: REMOTE_ADDR, or
the first address of X-Forwarded-For that is not a trusted proxy when the
connection comes from one of the proxies named by ``trusted-proxy`` in
zope.conf.  A header from anyone else is ignored, or every guesser could
name a new address with each try.
"""

from BTrees.OOBTree import OOBTree
from dataclasses import dataclass
from plone import api
from putian.policy.applications.numbering import pause_before_retry
from putian.policy.applications.numbering import query_code_secret
from putian.policy.applications.tracking import find_case
from putian.policy.rules.cases.attempts import attempt_keys
from putian.policy.rules.cases.attempts import bucket_of
from putian.policy.rules.cases.attempts import check_lookup
from putian.policy.rules.cases.attempts import LOOKUP_LIMITS
from putian.policy.rules.cases.attempts import oldest_counted_bucket
from putian.policy.rules.cases.attempts import Refusal
from putian.policy.rules.cases.attempts import TOO_MANY_ATTEMPTS_STATUS
from ZODB.POSException import ConflictError

import hashlib
import hmac
import logging
import time
import transaction


FAILURES_KEY = "putian.policy.lookup_failures"
MAX_ATTEMPTS = 20

logger = logging.getLogger(__name__)

# Tests move time forward by replacing this.
clock = time.time


@dataclass(frozen=True)
class Lookup:
    """The case found (or None), or the refusal when the limit is used up."""

    case: object = None
    refusal: Refusal | None = None


def client_address(request) -> str:
    return request.getClientAddr() or ""


def _digest(site, kind: str, key: str) -> str:
    secret = query_code_secret(site).encode("utf-8")
    message = f"lookup-failure|{kind}|{key}".encode()
    return hmac.new(secret, message, hashlib.sha256).hexdigest()[:32]


def _site_path(site) -> str:
    return "/".join(site.getPhysicalPath())


def _counts(site, digests: dict[str, str], moment: float) -> dict[str, dict]:
    """Failures by kind and bucket, as this request's connection sees them."""
    root = site._p_jar.root()
    tree = root.get(FAILURES_KEY)
    path = _site_path(site)
    counts = {kind: {} for kind in digests}
    if tree is None:
        return counts
    first = oldest_counted_bucket(moment, LOOKUP_LIMITS)
    for (_path, bucket), minute in tree.items(
        min=(path, first), max=(path, bucket_of(moment))
    ):
        for kind, digest in digests.items():
            failures = minute.get(digest)
            if failures:
                counts[kind][bucket] = failures
    return counts


def _record_failure(db, path: str, digests: list[str], moment: float) -> None:
    manager = transaction.TransactionManager()
    connection = db.open(transaction_manager=manager)
    bucket = bucket_of(moment)
    try:
        for attempt in range(MAX_ATTEMPTS):
            try:
                manager.begin()
                root = connection.root()
                tree = root.get(FAILURES_KEY)
                if tree is None:
                    tree = root[FAILURES_KEY] = OOBTree()
                minute = tree.get((path, bucket))
                if minute is None:
                    minute = tree[(path, bucket)] = OOBTree()
                    _drop_expired(tree, path, moment)
                for digest in digests:
                    minute[digest] = minute.get(digest, 0) + 1
                manager.commit()
                return
            except ConflictError:
                manager.abort()
                pause_before_retry(attempt)
        # Counting is a defence, not the answer: the look-up has failed
        # anyway; say so in the log without the key.
        logger.warning("a failed look-up could not be counted (conflicts)")
    finally:
        manager.abort()
        connection.close()


def _drop_expired(tree, path: str, moment: float) -> None:
    oldest = oldest_counted_bucket(moment, LOOKUP_LIMITS)
    for key in list(tree.keys(min=(path, float("-inf")), max=(path, oldest - 1))):
        del tree[key]


def look_up(request, receipt, code) -> Lookup:
    """The case for this receipt and code, unless too many wrong tries came
    before, from this address or for this receipt."""
    site = api.portal.get()
    keys = attempt_keys(receipt, client_address(request))
    digests = {kind: _digest(site, kind, key) for kind, key in keys.items()}
    moment = clock()
    refusal = check_lookup(_counts(site, digests, moment), moment, LOOKUP_LIMITS)
    if refusal is not None:
        return Lookup(refusal=refusal)
    case = find_case(receipt, code)
    if case is None and digests:
        _record_failure(
            site._p_jar.db(), _site_path(site), list(digests.values()), moment
        )
    return Lookup(case=case)


def refuse(request, refusal: Refusal) -> None:
    """429 with the time to wait, for pages and REST alike."""
    request.response.setStatus(TOO_MANY_ATTEMPTS_STATUS)
    request.response.setHeader("Retry-After", str(refusal.retry_after))
