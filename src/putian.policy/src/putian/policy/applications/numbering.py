"""Receipt and certificate numbers without write conflicts, and query codes.

Many applicants submit at once.  A counter kept in the request's own
transaction would make every concurrent submission to a department
conflict, and Zope's retries would renumber or lose them.  Each number is
therefore drawn in a short transaction of its own, on a separate
connection, retried on conflict until it commits: the number is unique
the moment it is handed out.  When Zope retries a conflicting request,
the retry takes the numbers its aborted attempt drew; a submission that
fails for good leaves its number unused (a gap), never a duplicate.
"""

from BTrees.OOBTree import OOBTree
from datetime import date
from persistent.mapping import PersistentMapping
from plone import api
from putian.policy.content.department import department_of
from putian.policy.rules.cases.certificates import certificate_number
from putian.policy.rules.cases.receipts import format_receipt
from ZODB.POSException import ConflictError
from zope.annotation.interfaces import IAnnotations
from zope.globalrequest import getRequest

import random
import secrets
import time
import transaction


COUNTERS_KEY = "putian.policy.counters"
# The annotation that holds the site's key for query code digests.
QUERY_CODE_KEY_ANNOTATION = "putian.policy.query_code_secret"
MAX_ATTEMPTS = 50
DRAWN_KEY = "putian.policy.numbers_drawn"


def department_code(department) -> str:
    """The department's code in receipt and certificate numbers.

    Its own short code (e.g. SCJGJ) when set, else the organisation code
    inside its unified social credit code (characters 9 to 17).
    """
    code = (getattr(department, "case_code", None) or "").strip().upper()
    if code:
        return code
    return (department.uscc or "").strip().upper()[8:17]


def _counters(root):
    counters = root.get(COUNTERS_KEY)
    if counters is None:
        counters = root[COUNTERS_KEY] = OOBTree()
    return counters


def pause_before_retry(attempt: int) -> None:
    """Spread the retries of colliding writers apart, longer each time.

    The jitter only spreads load: a writer that guessed it would gain
    nothing, so the standard generator serves.
    """
    time.sleep(random.uniform(0, 0.002 * (attempt + 1)))  # noqa: S311 — jitter


def _draw(db, key: tuple) -> int:
    manager = transaction.TransactionManager()
    connection = db.open(transaction_manager=manager)
    try:
        for attempt in range(MAX_ATTEMPTS):
            try:
                manager.begin()
                counters = _counters(connection.root())
                number = counters.get(key, 0) + 1
                counters[key] = number
                manager.commit()
                return number
            except ConflictError:
                manager.abort()
                pause_before_retry(attempt)
        raise ConflictError(f"no number drawn for {key!r}")
    finally:
        manager.abort()
        connection.close()


def _drawn_in_request():
    """The numbers this request drew, kept across Zope's conflict retries.

    A retried request starts again with a fresh request object but the same
    WSGI environ; the attempt that conflicted was aborted, so its numbers
    were never used and the retry takes them again, in the same order: no
    gap in the sequence.  Each attempt counts its own draws.
    """
    request = getRequest()
    environ = getattr(request, "_orig_env", None)
    if environ is None:
        return None, 0
    drawn = environ.setdefault(DRAWN_KEY, [])
    position = request.other.get(DRAWN_KEY, 0)
    request.other[DRAWN_KEY] = position + 1
    return drawn, position


def next_number(context, *key) -> int:
    """The next number of the sequence ``key``, committed on its own."""
    site = api.portal.get()
    key = ("/".join(site.getPhysicalPath()), *key)
    drawn, position = _drawn_in_request()
    if drawn is not None and position < len(drawn) and drawn[position][0] == key:
        return drawn[position][1]
    number = _draw(context._p_jar.db(), key)
    if drawn is not None and position == len(drawn):
        drawn.append((key, number))
    return number


def new_receipt_number(department, day: date) -> str:
    """e.g. SCJGJ-20261127-0003: the third submission of the day."""
    code = department_code(department)
    sequence = next_number(department, "receipt", code, day.isoformat())
    return format_receipt(code, day, sequence)


def new_certificate_number(case, day: date) -> str:
    department = department_of(case)
    code = department_code(department)
    sequence = next_number(department, "certificate", code, day.year)
    return certificate_number(code, day.year, sequence)


def query_code_secret(site=None) -> str:
    """The site's key for query code digests, made at install."""
    site = site or api.portal.get()
    annotations = IAnnotations(site)
    secret = annotations.get(QUERY_CODE_KEY_ANNOTATION)
    if secret is None:
        secret = annotations[QUERY_CODE_KEY_ANNOTATION] = PersistentMapping(
            {"key": secrets.token_hex(32)}
        )
    return secret["key"]
