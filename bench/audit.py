"""Benchmark: the audit log (R23) at a million entries, on FileStorage.

Run as ``bin/zopepy bench/audit.py [--entries N] [--objects M]``.  Appends
N seeded random entries (default 1,000,000) over one year to an AuditLog
in a fresh FileStorage in a temporary directory, committing every 10,000,
each chained to its object's last entry as ``record`` does.  Then times
queries by object and by a one-day date range through the indexes against
a naive scan that reads every entry (one scan serves both comparisons: a
naive scan reads everything whatever the filter), and a full verification.
"""

from datetime import date
from datetime import datetime
from datetime import timedelta
from itertools import islice
from pathlib import Path
from time import perf_counter

import argparse
import random
import resource
import sys
import tempfile


sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src/putian.policy/src"))

from putian.policy.audit.storage import AuditLog  # noqa: E402
from putian.policy.audit.storage import stamp  # noqa: E402
from putian.policy.rules.calendar.clock import BEIJING
from putian.policy.rules.cases.audit import make_entry
from ZODB.FileStorage import FileStorage  # noqa: E402

import transaction  # noqa: E402
import ZODB  # noqa: E402


SEED = 20250124
COMMIT_EVERY = 10_000
QUERIED_OBJECTS = 100
QUERIED_DAYS = 20
PAGE = 25
FIRST_MOMENT = datetime(2025, 1, 1, tzinfo=BEIJING)
YEAR = timedelta(days=365)
DEPARTMENTS = [f"{number:032x}" for number in range(1, 61)]
ACTORS = [f"user{number:03d}" for number in range(800)]
ACTIONS = ["submit", "approve", "publish", "reject", "accept", "edit", "refused"]


def resident_mb() -> float:
    """Current resident set size, from /proc (Linux)."""
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * resource.getpagesize() / 2**20


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def append_all(connection, log, entries: int, objects: list[str], rng) -> float:
    step = YEAR / entries
    department_of = {uid: rng.choice(DEPARTMENTS) for uid in objects}
    began = perf_counter()
    for number in range(entries):
        uid = rng.choice(objects)
        log.append(
            make_entry(
                log.last(uid),
                actor=rng.choice(ACTORS),
                action=rng.choice(ACTIONS),
                object_uid=uid,
                object_path=f"/d/{uid[-6:]}",
                department=department_of[uid],
                before={"state": "pending_office"},
                after={"state": "published", "note": "x" * rng.randint(0, 80)},
                comment="经审核同意" if number % 3 == 0 else "",
                timestamp=FIRST_MOMENT + number * step,
            )
        )
        if (number + 1) % COMMIT_EVERY == 0:
            transaction.commit()
            connection.cacheGC()
    transaction.commit()
    return perf_counter() - began


def naive_scan(connection, log, uids: set, days: set) -> tuple[float, dict, dict]:
    """Read every entry, keeping those of ``uids`` and of ``days``."""
    by_object, by_day = {}, {}
    began = perf_counter()
    for number, data in enumerate(log.entries.values()):
        if data["object_uid"] in uids:
            by_object.setdefault(data["object_uid"], []).append(data["sequence"])
        day = stamp(data["timestamp"])[:10]
        if day in days:
            by_day.setdefault(day, []).append((data["object_uid"], data["sequence"]))
        if number % COMMIT_EVERY == 0:
            connection.cacheGC()  # or the scan holds every entry in memory
    return perf_counter() - began, by_object, by_day


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--objects", type=int, default=None, help="default N/10")
    arguments = parser.parse_args()
    entries = arguments.entries
    rng = random.Random(SEED)
    objects = [
        f"{rng.getrandbits(128):032x}"
        for _ in range(arguments.objects or max(entries // 10, 1))
    ]

    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "Data.fs"
        db = ZODB.DB(FileStorage(str(path)), cache_size=20_000)
        connection = db.open()
        log = connection.root()["audit"] = AuditLog()
        transaction.commit()

        append_seconds = append_all(connection, log, entries, objects, rng)
        size_mb = path.stat().st_size / 2**20
        after_append_mb = resident_mb()

        # Cold caches for the queries: a fresh connection on the file.
        connection.close()
        db.close()
        db = ZODB.DB(FileStorage(str(path), read_only=True), cache_size=20_000)
        connection = db.open()
        log = connection.root()["audit"]

        queried = rng.sample(objects, min(QUERIED_OBJECTS, len(objects)))
        began = perf_counter()
        object_results = {
            uid: [e.sequence for e in log.query(object_uid=uid)] for uid in queried
        }
        object_seconds = (perf_counter() - began) / len(queried)

        days = [
            (FIRST_MOMENT + timedelta(days=rng.randrange(365))).date()
            for _ in range(QUERIED_DAYS)
        ]
        began = perf_counter()
        day_results = {
            day.isoformat(): [
                (e.object_uid, e.sequence) for e in log.query(start=day, end=day)
            ]
            for day in days
        }
        day_seconds = (perf_counter() - began) / len(days)

        # What a REST page of that day costs: count by keys, load 25 entries.
        other_days = [
            (FIRST_MOMENT + timedelta(days=rng.randrange(365))).date()
            for _ in range(QUERIED_DAYS)
        ]
        began = perf_counter()
        for day in other_days:
            sum(1 for _ in log.query_keys(start=day, end=day))
            list(islice(log.query(start=day, end=day), PAGE))
        page_seconds = (perf_counter() - began) / len(other_days)

        department, actor = DEPARTMENTS[0], ACTORS[0]
        began = perf_counter()
        combined = list(
            log.query(
                department=department,
                actor=actor,
                start=date(2025, 3, 1),
                end=date(2025, 5, 31),
            )
        )
        combined_seconds = perf_counter() - began

        scan_seconds, naive_objects, naive_days = naive_scan(
            connection, log, set(queried), {day.isoformat() for day in days}
        )
        same = all(
            naive_objects.get(uid, []) == object_results[uid] for uid in queried
        ) and all(
            sorted(naive_days.get(day, [])) == sorted(found)
            for day, found in day_results.items()
        )

        began = perf_counter()
        broken = log.verify()
        verify_seconds = perf_counter() - began
        connection.close()
        db.close()

    per_object = sum(len(found) for found in object_results.values()) / len(queried)
    per_day = sum(len(found) for found in day_results.values()) / len(days)
    print(f"entries: {entries:,} over {len(objects):,} objects (seed {SEED}), one year")
    print(f"FileStorage: {size_mb:,.0f} MB; commit every {COMMIT_EVERY:,}")
    print(
        f"append: {entries / append_seconds:,.0f} entries/s "
        f"({append_seconds / entries * 1e6:.0f} µs each, chaining and indexing)"
    )
    print()
    print(
        f"{'query (cold cache)':34} {'index ms':>10} {'naive scan ms':>14} {'ratio':>8}"
    )
    for label, seconds in (
        (f"one object (~{per_object:.0f} entries)", object_seconds),
        (f"one day (~{per_day:,.0f} entries)", day_seconds),
    ):
        print(
            f"{label:34} {seconds * 1000:10.2f} {scan_seconds * 1000:14,.0f} "
            f"{scan_seconds / seconds:7,.0f}x"
        )
    print(
        f"one day as a REST page (count all, load {PAGE}): {page_seconds * 1000:.1f} ms"
    )
    print(
        f"department+actor over 3 months ({len(combined)} entries): "
        f"{combined_seconds * 1000:.1f} ms"
    )
    print(f"same results as the naive scan: {'yes' if same else 'NO'}")
    print(f"verify every chain: {verify_seconds:.1f} s, broken: {len(broken)}")
    print(
        f"resident after appending: {after_append_mb:,.0f} MB; peak {peak_mb():,.0f} MB"
    )
    if not same or broken:
        sys.exit(1)


if __name__ == "__main__":
    main()
