"""``make blob-check``: every current blob record has its file (issue 12)."""

from BTrees.OOBTree import OOBTree
from pathlib import Path
from persistent.mapping import PersistentMapping
from ZODB.blob import Blob

import importlib.util
import subprocess
import transaction


CHECKOUT = Path(__file__).resolve().parents[2]
SCRIPT = CHECKOUT / "scripts" / "blob_check.py"
_spec = importlib.util.spec_from_file_location(
    "storage_stack", CHECKOUT / "scripts" / "storage_stack.py"
)
storage_stack = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(storage_stack)


def make_var(var: Path, files: int = 3) -> None:
    """A var/ like the portal's: materials as blobs inside content objects,
    written by a request to @apply."""
    (var / "filestorage").mkdir(parents=True)
    section = storage_stack.relocated(storage_stack.instance_storage_section(), var)
    db = storage_stack.open_database(section)
    connection = db.open()
    connection.root()["cases"] = cases = OOBTree()
    for number in range(files):
        material = PersistentMapping()
        material.file = Blob(f"%PDF-1.4 material {number}".encode())
        cases[number] = material
    transaction.get().note("/putian/a/food/@apply")
    transaction.commit()
    db.close()


def blob_check(var: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(CHECKOUT / "bin" / "zopepy"), str(SCRIPT), str(var)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_complete_var_passes(tmp_path):
    make_var(tmp_path)
    result = blob_check(tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 blob records" in result.stdout
    assert "0 missing" in result.stdout


def test_a_missing_file_is_reported_and_fails(tmp_path):
    make_var(tmp_path)
    lost = sorted((tmp_path / "blobstorage").rglob("*.blob"))[1]
    lost.unlink()
    result = blob_check(tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert f"No blob file at {lost}" in result.stdout
    assert "/putian/a/food/@apply" in result.stdout  # the transaction that wrote it
    assert "1 missing" in result.stdout


def test_the_check_changes_nothing(tmp_path):
    """Read-only: no lock taken, no index written, the Data.fs untouched."""
    make_var(tmp_path)
    (tmp_path / "filestorage" / "Data.fs.index").unlink()
    (tmp_path / "filestorage" / "Data.fs.lock").unlink()
    before = {
        path: path.stat().st_mtime_ns for path in tmp_path.rglob("*") if path.is_file()
    }
    assert blob_check(tmp_path).returncode == 0
    after = {
        path: path.stat().st_mtime_ns for path in tmp_path.rglob("*") if path.is_file()
    }
    assert after == before


def test_no_data_is_an_error(tmp_path):
    result = blob_check(tmp_path)
    assert result.returncode == 2
    assert "no Data.fs" in result.stdout
