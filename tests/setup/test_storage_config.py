"""The instance's storage keeps every committed file (issue 12).

ZODB 6.4's ``<blobstorage>`` proxy, which plone.recipe.zope2instance writes
for ``blob-storage``, releases the commit lock in ``tpc_finish`` before it
forgets the blobs it has just committed; a conflicting transaction that
aborts in that window deletes their files.  These tests open the storage
stack of the generated ``parts/instance/etc/zope.conf`` on a scratch
directory and run the race of ``../shared/reference/blob-race.py`` (one
writer of blobs, three drawers of numbers from one counter, retrying on
conflict like ``applications.numbering``), with the window widened by 1 ms
so that it shows in seconds.
"""

from BTrees.OOBTree import OOBTree
from pathlib import Path
from ZODB.blob import Blob
from ZODB.POSException import ConflictError
from ZODB.POSException import POSKeyError

import importlib.util
import pytest
import sys
import threading
import time
import transaction
import ZODB.blob


CHECKOUT = Path(__file__).resolve().parents[2]
BLOBS = 600


def _load(name):
    spec = importlib.util.spec_from_file_location(
        name, CHECKOUT / "scripts" / f"{name}.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


storage_stack = _load("storage_stack")

# What the recipe wrote before issue 12 (blob-storage = var/blobstorage).
PROXY_STACK = """
<blobstorage>
  blob-dir VAR/blobstorage
  <filestorage>
    path VAR/filestorage/Data.fs
  </filestorage>
</blobstorage>
"""


def proxy_stack(var: Path) -> str:
    return PROXY_STACK.replace("VAR", str(var))


def instance_stack(var: Path) -> str:
    return storage_stack.relocated(storage_stack.instance_storage_section(), var)


@pytest.fixture
def var(tmp_path):
    (tmp_path / "filestorage").mkdir()
    return tmp_path


@pytest.fixture
def widened(monkeypatch):
    """A thread switch where the proxy has released the commit lock but
    not yet forgotten its blobs (FileStorage itself holds its lock there)."""
    finish = ZODB.blob.BlobStorageMixin._blob_tpc_finish

    def late_finish(self):
        time.sleep(0.001)
        finish(self)

    monkeypatch.setattr(ZODB.blob.BlobStorageMixin, "_blob_tpc_finish", late_finish)
    interval = sys.getswitchinterval()
    sys.setswitchinterval(0.005)
    yield
    sys.setswitchinterval(interval)


def race(db, blobs: int = BLOBS) -> tuple[int, int]:
    """Commit ``blobs`` files while three threads draw numbers; the files
    committed and how many of them are missing afterwards."""
    _prepare(db)
    stop = threading.Event()
    drawers = [
        threading.Thread(target=_draw_numbers, args=(db, stop)) for _ in range(3)
    ]
    for drawer in drawers:
        drawer.start()
    writer = threading.Thread(target=_write_files, args=(db, blobs))
    writer.start()
    writer.join()
    stop.set()
    for drawer in drawers:
        drawer.join()
    return _files_and_missing(db)


def _prepare(db) -> None:
    setup = db.open()
    setup.root()["counters"] = OOBTree()
    setup.root()["files"] = OOBTree()
    transaction.commit()
    setup.close()


def _file_data(number: int) -> bytes:
    return b"%PDF-1.4 case " + str(number).encode()


def _write_files(db, blobs: int) -> None:
    """Commit each file in a transaction of its own, retried on conflict."""
    manager = transaction.TransactionManager()
    connection = db.open(manager)
    for number in range(blobs):
        while True:
            try:
                manager.begin()
                connection.root()["files"][number] = Blob(_file_data(number))
                manager.commit()
                break
            except ConflictError:
                manager.abort()
    connection.close()


def _draw_numbers(db, stop: threading.Event) -> None:
    """Count up one counter, as receipt numbers are drawn, until ``stop``."""
    manager = transaction.TransactionManager()
    connection = db.open(manager)
    while not stop.is_set():
        try:
            manager.begin()
            counters = connection.root()["counters"]
            counters["n"] = counters.get("n", 0) + 1
            manager.commit()
        except ConflictError:
            manager.abort()
    connection.close()


def _files_and_missing(db) -> tuple[int, int]:
    """How many files are committed, and how many of them are not on disk."""
    connection = db.open()
    files = connection.root()["files"]
    missing = 0
    for number, blob in files.items():
        try:
            with blob.open("r") as stored:
                assert stored.read() == _file_data(number)
        except POSKeyError:
            missing += 1
    count = len(files)
    connection.close()
    return count, missing


def test_instance_stores_blobs_in_filestorage_itself():
    section = storage_stack.instance_storage_section()
    assert "<blobstorage" not in section
    assert storage_stack.paths(section) == {
        "path": CHECKOUT / "var" / "filestorage" / "Data.fs",
        "blob-dir": CHECKOUT / "var" / "blobstorage",
    }


def test_no_committed_file_is_lost_in_the_blob_race(var, widened):
    db = storage_stack.open_database(instance_stack(var))
    try:
        committed, missing = race(db)
    finally:
        db.close()
    assert (committed, missing) == (BLOBS, 0)


def test_the_race_loses_files_under_the_old_proxy(var, widened):
    """The control: the same race does find the loss where it exists, so
    the test above can fail."""
    db = storage_stack.open_database(proxy_stack(var))
    try:
        committed, missing = race(db)
    finally:
        db.close()
    assert committed == BLOBS
    assert missing > 0


def test_an_existing_var_opens_with_its_files(var):
    """The upgrade path: a var/ written through the proxy (bushy layout)
    opens with the instance's stack, every file in place, and new files go
    beside them in the same layout."""
    db = storage_stack.open_database(proxy_stack(var))
    connection = db.open()
    connection.root()["files"] = files = OOBTree()
    for number in range(5):
        files[number] = Blob(f"old file {number}".encode())
    transaction.commit()
    old_paths = sorted(p.relative_to(var) for p in var.rglob("*.blob"))
    db.close()
    assert (var / "blobstorage" / ".layout").read_text() == "bushy"

    db = storage_stack.open_database(instance_stack(var))
    connection = db.open()
    files = connection.root()["files"]
    for number in range(5):
        with files[number].open("r") as stored:
            assert stored.read() == f"old file {number}".encode()
    files[5] = Blob(b"new file")
    transaction.commit()
    db.close()

    new_paths = sorted(p.relative_to(var) for p in var.rglob("*.blob"))
    assert set(old_paths) < set(new_paths)
    assert {p.parts[0] for p in new_paths} == {"blobstorage"}
    assert all(len(p.parts) == 10 for p in new_paths)  # 8 bushy levels + file
