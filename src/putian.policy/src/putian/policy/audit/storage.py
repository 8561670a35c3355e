"""R23: where the audit trail lives, in the site's annotations.

Each object (case, item, guide...) has its own hash chain, so writers on
different objects never change the same chain head; everything the log
holds is in BTrees and a Length, whose conflict resolution merges
concurrent inserts of different keys.  That is also why the log object
itself is never changed after it is created, and why entries are stored
as persistent mappings: BTrees cannot resolve a conflict in a bucket that
holds plain dicts (they do not order), and each entry is then written once
instead of with every bucket it shares.

The secondary indexes hold keys ``(stamp, object_uid, sequence)``, where
the stamp is the entry's time in Beijing time with microseconds: string
order is time order, so every index is a time line and date ranges are
key ranges.  The department, actor and action indexes prefix that key
with the value, in one tree each: a tree per value would have two
writers bringing the same new actor each create it, which conflicts.

Each of these indexes is a set of ``SHARDS`` trees, made with the log; an
object's entries go to the tree of its shard, drawn from its uid.  Keys in
time order all go to a tree's last bucket, and every few entries that
bucket splits: the split changes the tree's inner node, which every
concurrent insert into the tree has read (BTrees check that it did not
change, ``readCurrent``), so one tree would make each split conflict with
every concurrent writer.  Submissions filed at the same moment (different
objects) write different trees.  A query reads each tree's time line and
merges them.  A log made before shards has one tree per index: the same
keys, read and written as a single shard until upgrade 1018 splits it.
"""

from BTrees.Length import Length
from BTrees.OOBTree import OOBTree
from BTrees.OOBTree import OOTreeSet
from collections.abc import Iterator
from datetime import date
from datetime import datetime
from datetime import timedelta
from persistent import Persistent
from persistent.mapping import PersistentMapping
from plone import api
from putian.policy.rules.calendar.clock import BEIJING
from putian.policy.rules.cases.audit import AuditEntry
from putian.policy.rules.cases.audit import ChainCheck
from putian.policy.rules.cases.audit import FIRST_SEQUENCE
from putian.policy.rules.cases.audit import GENESIS
from putian.policy.rules.cases.audit import verify_chain
from putian.policy.rules.common.errors import RuleInputError
from zope.annotation.interfaces import IAnnotations

import heapq
import itertools
import sys
import zlib


ANNOTATION_KEY = "putian.policy.audit"

# Past any sequence number: the upper bound of one object's key range.
_LAST_SEQUENCE = sys.maxsize

_CHAINS_BETWEEN_CACHE_GC = 1000

SHARDS = 16


def shard(object_uid: str, shards: int = SHARDS) -> int:
    """The object's tree in each time-line index, the same every time."""
    return zlib.crc32(object_uid.encode("utf-8")) % shards


def _time_lines() -> tuple:
    return tuple(OOTreeSet() for _ in range(SHARDS))


def stamp(timestamp: str) -> str:
    """The sortable form of an ISO timestamp: Beijing time, microseconds."""
    moment = datetime.fromisoformat(timestamp)
    return moment.astimezone(BEIJING).isoformat(timespec="microseconds")


def _day_bounds(start: date | None, end: date | None) -> tuple[tuple, tuple | None]:
    """Index key bounds for Beijing days ``start`` to ``end``, inclusive:
    a 1-tuple of the day sorts before every key of that day."""
    low = (start.isoformat(),) if start is not None else ()
    high = ((end + timedelta(days=1)).isoformat(),) if end is not None else None
    return low, high


class AuditLog(Persistent):
    """The append-only audit trail of the site."""

    def __init__(self):
        # (object_uid, sequence) -> the entry's as_dict(), persistent.
        self.entries = OOBTree()
        # object_uid -> (sequence, entry_hash) of its last entry: the anchor
        # that shows entries cut off the end of a chain.
        self.heads = OOBTree()
        # A tree per shard of (stamp, object_uid, sequence).
        self.by_date = _time_lines()
        # A tree per shard of (value, stamp, object_uid, sequence).
        self.by_department = _time_lines()
        self.by_actor = _time_lines()
        self.by_action = _time_lines()
        self.count = Length()

    def __len__(self) -> int:
        return self.count()

    # Writing

    def append(self, entry: AuditEntry) -> None:
        """Add ``entry`` at the end of its object's chain.

        The entry must follow the chain's head: a second writer that read
        the same head would fork the chain, so it is refused here (and two
        concurrent transactions on one object conflict on its head).
        """
        uid = entry.object_uid
        head = self.heads.get(uid)
        sequence, link = (head[0] + 1, head[1]) if head else (FIRST_SEQUENCE, GENESIS)
        if entry.sequence != sequence or entry.previous_hash != link:
            raise RuleInputError(
                "audit_chain_fork",
                f"审计记录未接在该对象的最后一条记录之后（应为第{sequence}条）",
                f"The audit entry does not follow the object's last entry "
                f"(entry {sequence} expected)",
            )
        self.entries[(uid, entry.sequence)] = PersistentMapping(entry.as_dict())
        self.heads[uid] = (entry.sequence, entry.entry_hash)
        self._index(entry.timestamp, uid, entry.sequence, entry.as_dict())
        self.count.change(1)

    def _lines(self, name: str) -> tuple:
        """The trees of one index (a log made before shards has one)."""
        lines = getattr(self, name)
        return lines if isinstance(lines, tuple) else (lines,)

    def _index(self, timestamp: str, uid: str, sequence: int, data) -> None:
        key = (stamp(timestamp), uid, sequence)
        lines = self._lines("by_date")
        lines[shard(uid, len(lines))].insert(key)
        for name, value in (
            ("by_department", data["department"]),
            ("by_actor", data["actor"]),
            ("by_action", data["action"]),
        ):
            if value is not None:
                lines = self._lines(name)
                lines[shard(uid, len(lines))].insert((value, *key))

    def reindex(self) -> int:
        """Build the time-line indexes again from the entries, a tree per
        shard (upgrade 1018); the number of entries indexed."""
        for name in ("by_date", "by_department", "by_actor", "by_action"):
            setattr(self, name, _time_lines())
        indexed = 0
        for (uid, sequence), data in self.entries.items():
            self._index(data["timestamp"], uid, sequence, data)
            indexed += 1
            if indexed % _CHAINS_BETWEEN_CACHE_GC == 0 and self._p_jar is not None:
                self._p_jar.cacheGC()
        return indexed

    # Reading

    def head(self, object_uid: str) -> tuple[int, str] | None:
        """(sequence, entry_hash) of the object's last entry."""
        return self.heads.get(object_uid)

    def entry(self, object_uid: str, sequence: int) -> AuditEntry:
        return AuditEntry.from_dict(self.entries[(object_uid, sequence)])

    def last(self, object_uid: str) -> AuditEntry | None:
        """The object's last entry, to chain the next one to.

        When the head's entry has been removed (tampering), a stand-in
        with the head's sequence and hash: the chain goes on after it and
        ``verify`` keeps reporting the gap.
        """
        head = self.heads.get(object_uid)
        if head is None:
            return None
        stored = self.entries.get((object_uid, head[0]))
        if stored is not None:
            return AuditEntry.from_dict(stored)
        return _stand_in(object_uid, *head)

    def trail(self, object_uid: str) -> list[AuditEntry]:
        """The object's entries in chain order."""
        return [AuditEntry.from_dict(data) for data in self._chain(object_uid)]

    def query(self, **filters) -> Iterator[AuditEntry]:
        """Entries matching every filter given (those of ``query_keys``), in
        time order (an object's entries in chain order).  ``start`` and
        ``end`` are Beijing days, both included."""
        for object_uid, sequence in self.query_keys(**filters):
            yield self.entry(object_uid, sequence)

    def query_keys(
        self,
        department: str | None = None,
        object_uid: str | None = None,
        actor: str | None = None,
        action: str | None = None,
        start: date | None = None,
        end: date | None = None,
    ) -> Iterator[tuple[str, int]]:
        """(object_uid, sequence) of what ``query`` finds: counting and
        paging read index buckets only, not the entries."""
        low, high = _day_bounds(start, end)
        if object_uid is not None:
            yield from self._object_keys(
                object_uid, department, actor, action, low, high
            )
            return
        filters = [
            (self._lines(name), (value,))
            for name, value in (
                ("by_department", department),
                ("by_actor", actor),
                ("by_action", action),
            )
            if value is not None
        ] or [(self._lines("by_date"), ())]
        shards = len(filters[0][0])
        lines = [
            _intersection(
                [_Prefixed(trees[number], prefix) for trees, prefix in filters],
                low,
                high,
            )
            for number in range(shards)
        ]
        for _stamp, uid, sequence in heapq.merge(*lines):
            yield uid, sequence

    def _chain(self, object_uid: str):
        return self.entries.values(
            min=(object_uid, FIRST_SEQUENCE), max=(object_uid, _LAST_SEQUENCE)
        )

    def _object_keys(self, object_uid, department, actor, action, low, high):
        # One object's trail is short: filter its entries directly.
        wanted = {"department": department, "actor": actor, "action": action}
        for data in self._chain(object_uid):
            if any(
                value is not None and data[name] != value
                for name, value in wanted.items()
            ):
                continue
            moment = (stamp(data["timestamp"]),)
            if moment < low or (high is not None and moment >= high):
                continue
            yield object_uid, data["sequence"]

    # Verifying

    def verify(self, object_uid: str | None = None) -> list[tuple[str, ChainCheck]]:
        """The broken chains, each with where it first breaks; an empty
        list when every chain (or the one of ``object_uid``) is intact.

        Each chain's head is its anchor, so a chain whose last entries
        were removed is broken too.
        """
        if object_uid is not None:
            chains = [(object_uid, self._chain(object_uid))]
        else:
            chains = itertools.groupby(
                self.entries.items(), key=lambda item: item[0][0]
            )
            chains = ((uid, (data for _key, data in group)) for uid, group in chains)
        broken = []
        seen = set()
        for number, (uid, stored) in enumerate(chains):
            seen.add(uid)
            check = self._verify_one(uid, stored)
            if not check.ok:
                broken.append((uid, check))
            if number % _CHAINS_BETWEEN_CACHE_GC == 0 and self._p_jar is not None:
                # Reading every entry would otherwise keep them all in the
                # connection's cache: gigabytes at a million entries.
                self._p_jar.cacheGC()
        if object_uid is None:
            # Heads whose every entry is gone.
            for uid in self.heads:
                if uid not in seen:
                    broken.append((uid, self._verify_one(uid, ())))
        return broken

    def _verify_one(self, uid, stored) -> ChainCheck:
        head = self.heads.get(uid)
        anchors = {head[0]: head[1]} if head else {}
        return verify_chain((_loaded(data) for data in stored), anchors=anchors)


def _loaded(data) -> AuditEntry:
    """The stored entry, or one that can never verify when the stored
    data no longer even has the shape of an entry."""
    try:
        return AuditEntry.from_dict(data)
    except RuleInputError:
        return _stand_in(data.get("object_uid", ""), data.get("sequence", 0), "")


def _stand_in(object_uid: str, sequence: int, entry_hash: str) -> AuditEntry:
    return AuditEntry(
        sequence=sequence,
        timestamp="",
        actor="",
        action="",
        object_uid=object_uid,
        object_path="",
        department=None,
        before={},
        after={},
        comment="",
        previous_hash="",
        entry_hash=entry_hash,
    )


class _Prefixed:
    """The keys of an index that start with ``prefix``, without it."""

    def __init__(self, keys, prefix: tuple):
        self.keys, self.prefix = keys, prefix

    def minKey(self, key: tuple) -> tuple:
        found = self.keys.minKey((*self.prefix, *key))
        if found[: len(self.prefix)] != self.prefix:
            raise ValueError("no more keys with this prefix")
        return found[len(self.prefix) :]


def _intersection(indexes, low: tuple, high: tuple | None) -> Iterator[tuple]:
    """Keys in every index, between ``low`` and ``high`` (excluded), in
    order.  Leapfrogging with each index's ``minKey`` costs about the size
    of the smallest index, so the most selective filter leads by itself."""
    candidate = low
    while True:
        for keys in indexes:
            try:
                found = keys.minKey(candidate)
            except ValueError:  # nothing at or after the candidate
                return
            if high is not None and found >= high:
                return
            if found != candidate:
                candidate = found
                break
        else:
            yield candidate
            # A key with one more element sorts right after the candidate.
            candidate = (*candidate, "")


def audit_log(site=None, create: bool = True) -> AuditLog | None:
    """The site's audit log; created on first use unless ``create`` is false."""
    site = site if site is not None else api.portal.get()
    annotations = IAnnotations(site)
    log = annotations.get(ANNOTATION_KEY)
    if log is None and create:
        log = annotations[ANNOTATION_KEY] = AuditLog()
    return log
