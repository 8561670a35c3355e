"""R23: the audit trail as a CSV file for supervisors."""

from datetime import datetime
from putian.policy.rules.calendar.clock import BEIJING

import csv
import io
import json
import tempfile


CSV_COLUMNS = (
    "timestamp",
    "actor",
    "action",
    "object_uid",
    "object_path",
    "department",
    "sequence",
    "before",
    "after",
    "comment",
    "previous_hash",
    "entry_hash",
)


def csv_file(log, filters: dict):
    """Every entry matching ``filters``, spooled to a temporary file (read
    from its start), UTF-8 with a byte order mark so Excel reads the
    Chinese. Whoever sends it closes it."""
    spool = tempfile.TemporaryFile()  # noqa: SIM115 - the caller sends and closes it
    text = io.TextIOWrapper(spool, encoding="utf-8-sig", newline="")
    writer = csv.writer(text)
    writer.writerow(CSV_COLUMNS)
    for entry in log.query(**filters) if log is not None else ():
        data = entry.as_dict()
        for name in ("before", "after"):
            data[name] = json.dumps(data[name], ensure_ascii=False, sort_keys=True)
        writer.writerow(
            ["" if data[name] is None else data[name] for name in CSV_COLUMNS]
        )
    text.flush()
    text.detach()
    spool.seek(0)
    return spool


def csv_filename() -> str:
    """The file's name: the trail and today's date in Beijing."""
    return f"audit-{datetime.now(BEIJING):%Y%m%d}.csv"
