"""Submissions served by one Zope process take turns.

Filing a case inserts a new, ever-growing key into a dozen of Plone's
BTrees: the case folder's ids, the intid utility, the catalog's uids,
paths, ids, dates and metadata.  BTrees resolve two inserts into one
bucket, but not a bucket split: each insert checks that the inner node
above its bucket is current (``readCurrent``), so while one submission
splits a bucket every other submission in flight into that tree fails to
commit, whatever its key.  Measured under 8 clients (issue 12) that was
one attempt in five after the sources of our own (full-text words, the
case folder's meta-type index, the audit log's time lines) were gone, and
ZPublisher retried whole requests, for seconds, or gave up.

Those trees are Plone's and cannot be made conflict-free from here.  The
requests of one process share one interpreter lock, so running them side
by side gains no time: instead a submission waits for the one before it to
finish and then starts from what that one committed, and does not
conflict with it.  Across processes (ZEO, RelStorage) the few remaining
conflicts are retried by ZPublisher as before.
"""

import logging
import threading
import transaction


logger = logging.getLogger(__name__)

# Long enough for a submission with its files under load; a turn that is
# not free by then is not waited for (the request may then conflict and be
# retried, as without turns).
WAIT_SECONDS = 10.0

_turn = threading.Lock()
_HOLDING = "_putian_submission_turn"


def take_turn() -> bool:
    """Wait for this process's submission turn, for the current transaction.

    The turn is given back when the transaction commits or aborts.  When
    nothing has been written yet, the transaction is begun again so that it
    reads what the previous submission committed; its metadata (user,
    note) is carried over.  Returns whether the turn was taken.
    """
    txn = transaction.get()
    if getattr(txn, _HOLDING, False):
        return True
    if not _turn.acquire(timeout=WAIT_SECONDS):
        logger.warning(
            "no submission turn within %.0f s; going on without one", WAIT_SECONDS
        )
        return False
    if not txn._resources:
        txn = _begin_again(txn)
    released = []

    def give_back(*_status):
        if not released:
            released.append(True)
            _turn.release()

    setattr(txn, _HOLDING, True)
    txn.addAfterCommitHook(give_back)
    txn.addAfterAbortHook(give_back)
    return True


def _begin_again(txn):
    user, description = txn.user, txn.description
    extension = dict(txn.extension)
    txn = transaction.begin()
    txn.user, txn.description = user, description
    txn.extension.update(extension)
    return txn
