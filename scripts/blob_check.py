"""Blob check: every current blob record in the ZODB has its file.

    bin/zopepy scripts/blob_check.py [VAR]      (make blob-check [VAR=...])

Opens the storage stack of parts/instance/etc/zope.conf read-only (no lock,
nothing written), on that configuration's own files or, given VAR, on
VAR/filestorage/Data.fs and VAR/blobstorage (a copy of var/, a restored
backup).  Stop the portal first for a result that holds at one moment; a
running portal keeps writing while the check reads.

Walks the current revision of every object, and for each blob (the files of
NamedBlobFile fields: applicants' materials, guides' samples...) asks the
storage for its file.  Prints each missing file with what holds it (the
NamedBlobFile, its content object and case: UID, id, title) and the
transaction that wrote it (time, user, request path); exits 1 when any is
missing, 0 otherwise.
"""

from pathlib import Path

import sys


sys.path.insert(0, str(Path(__file__).resolve().parent))

from storage_stack import instance_storage_section  # noqa: E402
from storage_stack import open_storage  # noqa: E402
from storage_stack import paths  # noqa: E402
from storage_stack import read_only  # noqa: E402
from storage_stack import relocated  # noqa: E402
from ZODB.blob import is_blob_record  # noqa: E402
from ZODB.POSException import POSKeyError  # noqa: E402
from ZODB.serialize import referencesf  # noqa: E402
from ZODB.TimeStamp import TimeStamp  # noqa: E402
from ZODB.utils import get_pickle_metadata  # noqa: E402
from ZODB.utils import oid_repr  # noqa: E402

import io  # noqa: E402
import pickle  # noqa: E402


# How far up from a blob its holders are named: the NamedBlobFile, its
# content object, the folder tree holding that, its case.
LEVELS = 4


def current_records(storage):
    """(oid, tid, pickle) of the current revision of every object."""
    next_oid = None
    while True:
        oid, tid, data, next_oid = storage.record_iternext(next_oid)
        yield oid, tid, data
        if next_oid is None:
            return


def missing_blobs(storage) -> tuple[int, list]:
    """How many blob records there are, and (oid, tid, reason) of each one
    whose file the storage cannot give."""
    checked, missing = 0, []
    for oid, tid, data in current_records(storage):
        if not is_blob_record(data):
            continue
        checked += 1
        try:
            storage.loadBlob(oid, tid)
        except POSKeyError as error:
            missing.append((oid, tid, str(error.args[0] if error.args else error)))
    return checked, missing


class _StateReader(pickle.Unpickler):
    """Reads an object's attributes without importing its class."""

    def find_class(self, module, name):
        return _Stub

    def persistent_load(self, reference):
        return None


class _Stub:
    def __init__(self, *args, **kw):
        pass

    def __setstate__(self, state):
        pass


def _state(data: bytes) -> dict:
    reader = _StateReader(io.BytesIO(data))
    try:
        reader.load()  # the class
        state = reader.load()
    except Exception:  # a state this reader cannot follow: no details
        return {}
    return state if isinstance(state, dict) else {}


def owners(storage, oids: set) -> dict:
    """For each blob oid, its holders up to LEVELS up (the first record
    found referring to each), as {blob oid: [(class, state)...]}."""
    referrers = {}
    wanted = set(oids)
    for _round in range(LEVELS):
        found = {}
        for oid, _tid, data in current_records(storage):
            for reference in referencesf(data):
                if reference in wanted and reference not in found:
                    found[reference] = (oid, data)
        referrers.update(found)
        wanted = {oid for oid, _data in found.values()}
    chains = {}
    for blob_oid in oids:
        chain, oid = [], blob_oid
        while oid in referrers and len(chain) < LEVELS:
            oid, data = referrers[oid]
            module, name = get_pickle_metadata(data)
            chain.append((f"{module}.{name}", _state(data)))
        chains[blob_oid] = chain
    return chains


def transaction_of(storage, tid: bytes) -> str:
    for record in storage.iterator(tid, tid):
        user = record.user.decode("utf-8", "replace") if record.user else ""
        description = (
            record.description.decode("utf-8", "replace") if record.description else ""
        )
        return f"{TimeStamp(tid)} UTC, user {user or '-'}, {description or '-'}"
    return f"{TimeStamp(tid)} UTC"


def describe(storage, missing: list) -> list[str]:
    chains = owners(storage, {oid for oid, _tid, _reason in missing})
    lines = []
    for oid, tid, reason in missing:
        lines.append(f"MISSING blob {oid_repr(oid)}: {reason}")
        for class_name, state in chains.get(oid, []):
            facts = [
                f"{key} {state[key]!r}"
                for key in ("_plone.uuid", "id", "title", "filename")
                if isinstance(state.get(key), str) and state.get(key)
            ]
            lines.append(f"  held by {class_name} {', '.join(facts)}".rstrip())
        lines.append(f"  written {transaction_of(storage, tid)}")
    return lines


def check(section: str) -> int:
    where = paths(section)
    data_fs = where.get("path")
    if data_fs is None or not data_fs.exists():
        print(f"blob check: no Data.fs at {data_fs}")
        return 2
    storage = open_storage(read_only(section))
    try:
        checked, missing = missing_blobs(storage)
        for line in describe(storage, missing) if missing else ():
            print(line)
    finally:
        storage.close()
    print(
        f"blob check: {checked} blob records in {data_fs}, "
        f"{len(missing)} missing their file in {where.get('blob-dir')}"
    )
    return 1 if missing else 0


def main(argv: list[str]) -> int:
    section = instance_storage_section()
    if argv:
        section = relocated(section, Path(argv[0]))
    return check(section)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
