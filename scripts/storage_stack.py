"""The instance's ZODB storage stack, as the generated zope.conf declares it.

The blob check and the storage tests open exactly what the portal opens:
the storage section of ``<zodb_db main>`` in ``parts/instance/etc/zope.conf``
(``PUTIAN_ZOPE_CONF`` names another one, e.g. a production instance's),
optionally pointed at another ``var/`` (a copy, a restored backup) and
opened read-only, so a stopped portal's data is never changed by a check.
"""

from pathlib import Path

import os
import re


CHECKOUT = Path(__file__).resolve().parents[1]
DEFAULT_ZOPE_CONF = CHECKOUT / "parts" / "instance" / "etc" / "zope.conf"

# Where buildout.cfg keeps the data inside a var/ directory.
DATA_FS = Path("filestorage") / "Data.fs"
BLOB_DIR = Path("blobstorage")

_MAIN_DB = re.compile(r"<zodb_db\s+main>(.*?)</zodb_db>", re.S | re.I)
# The first section inside <zodb_db main>, with whatever it nests.
_STORAGE = re.compile(r"^[ \t]*<(\w+)[^>]*>.*^[ \t]*</\1>", re.S | re.M)
_PATH = re.compile(r"^([ \t]*path[ \t]+).*$", re.M)
_BLOB_DIR = re.compile(r"^([ \t]*blob-dir[ \t]+).*$", re.M)
_FILESTORAGE = re.compile(r"^([ \t]*)(<filestorage[^>]*>)", re.M)


def zope_conf_path() -> Path:
    return Path(os.environ.get("PUTIAN_ZOPE_CONF") or DEFAULT_ZOPE_CONF)


def storage_section(zope_conf_text: str) -> str:
    """The storage section of the main database, as ZConfig text."""
    main = _MAIN_DB.search(zope_conf_text)
    if main is None:
        raise ValueError("zope.conf has no <zodb_db main> section")
    imports = re.findall(r"^[ \t]*%import[ \t]+\S+", main.group(1), re.M)
    storage = _STORAGE.search(main.group(1))
    if storage is None:
        raise ValueError("<zodb_db main> declares no storage")
    return "\n".join([*(line.strip() for line in imports), storage.group(0)])


def instance_storage_section() -> str:
    return storage_section(zope_conf_path().read_text(encoding="utf-8"))


def relocated(section: str, var: Path) -> str:
    """The same stack on the Data.fs and blob directory of another var/."""
    var = Path(var).resolve()
    section = _PATH.sub(lambda m: f"{m.group(1)}{var / DATA_FS}", section)
    return _BLOB_DIR.sub(lambda m: f"{m.group(1)}{var / BLOB_DIR}", section)


def read_only(section: str) -> str:
    """The same stack, its FileStorage opened read-only (and not locked)."""
    return _FILESTORAGE.sub(
        lambda m: f"{m.group(1)}{m.group(2)}\n{m.group(1)}  read-only true", section
    )


def paths(section: str) -> dict:
    """``{"path": Data.fs, "blob-dir": blob directory}`` of the stack."""
    found = {}
    for key, pattern in (("path", _PATH), ("blob-dir", _BLOB_DIR)):
        match = pattern.search(section)
        if match:
            found[key] = Path(match.group(0)[len(match.group(1)) :].strip())
    return found


def open_storage(section: str):
    import ZODB.config

    return ZODB.config.storageFromString(section)


def open_database(section: str):
    import ZODB.config

    return ZODB.config.databaseFromString(f"<zodb>\n{section}\n</zodb>")
