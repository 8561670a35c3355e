"""SIGTERM, what a service manager sends, closes the database (issue 12).

FileStorage writes Data.fs.index when it is closed (and when it opens a
Data.fs whose index is behind).  A process ended on the spot leaves the
index behind the data; one that closes its database leaves it at the end.
"""

from tests.integrity.portal_process import ADMIN
from ZODB.fsIndex import fsIndex

import pytest
import requests


pytestmark = pytest.mark.integrity


def indexed_up_to(data_fs) -> int:
    """Where the saved index of ``data_fs`` ends (0: no index saved)."""
    index = data_fs.with_name(data_fs.name + ".index")
    return fsIndex.load(str(index))["pos"] if index.exists() else 0


def test_sigterm_closes_the_database(instance):
    instance.start()
    response = requests.post(
        f"{instance.url}/putian",
        json={"@type": "Document", "id": "after-start", "title": "启动后写入"},
        headers={"Accept": "application/json"},
        auth=ADMIN,
        timeout=60,
    )
    assert response.status_code == 201, response.text
    written = instance.data_fs.stat().st_size
    assert indexed_up_to(instance.data_fs) < written  # the page is not indexed yet

    assert instance.terminate() == 0

    assert indexed_up_to(instance.data_fs) == instance.data_fs.stat().st_size
    assert instance.data_fs.stat().st_size == written
    assert "SIGTERM received" in instance.event_log()
