"""Crash and load: every receipted case keeps every file (issue 12).

A real portal process (the checkout's bin/instance and generated zope.conf,
on a copy of a fresh site) takes applications from 6 clients through
``POST <item>/@apply``, each with its own PDF; it is SIGKILLed mid-load and
started again, three times.  Afterwards every receipt handed out names one
case, and each of the case's material files downloads with the bytes sent;
the blob check finds no record without its file.
"""

from base64 import b64encode
from collections import Counter
from tests.fixtures.applications import APPLICANT
from tests.integrity.portal_process import ADMIN
from tests.integrity.portal_process import CHECKOUT

import importlib.util
import pytest
import requests
import subprocess
import threading
import time
import uuid


pytestmark = pytest.mark.integrity

CLIENTS = 6
KILLS = 3
# Receipts to hand out between two crashes (and after the last one).
PER_ROUND = 12
JSON = {"Accept": "application/json", "Content-Type": "application/json"}


def bench_module():
    """bench/submissions.py: its bench department and published item."""
    spec = importlib.util.spec_from_file_location(
        "bench_submissions", CHECKOUT / "bench" / "submissions.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def unique_pdf() -> bytes:
    return (
        b"%PDF-1.4\n% application " + uuid.uuid4().hex.encode() + b"\n"
        b"1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
    )


class Applicants:
    """Clients filing applications until told to stop; what each receipt
    was given for."""

    def __init__(self, url: str, item: str):
        self.endpoint = f"{url}{item}/@apply"
        self.sent = {}  # receipt number -> the PDF sent with it
        self.duplicates = []
        self.answers = Counter()
        self.lock = threading.Lock()
        self.stop = threading.Event()

    def file_one(self, session) -> None:
        pdf = unique_pdf()
        material = {
            "data": b64encode(pdf).decode(),
            "encoding": "base64",
            "filename": "申请书.pdf",
            "content-type": "application/pdf",
        }
        body = dict(APPLICANT, materials={"material_1": material})
        try:
            response = session.post(self.endpoint, json=body, headers=JSON, timeout=90)
        except requests.RequestException:
            with self.lock:
                self.answers["no answer"] += 1
            time.sleep(0.3)  # the portal is down: try again soon
            return
        with self.lock:
            self.answers[response.status_code] += 1
            if response.status_code == 201:
                receipt = response.json()["receipt_number"]
                if receipt in self.sent:
                    self.duplicates.append(receipt)
                self.sent[receipt] = pdf

    def client(self) -> None:
        session = requests.Session()
        while not self.stop.is_set():
            self.file_one(session)

    def wait_for(self, count: int, timeout: float = 180) -> None:
        deadline = time.monotonic() + timeout
        while len(self.sent) < count:
            assert time.monotonic() < deadline, f"receipts: {self.answers}"
            time.sleep(0.1)


def case_files(url: str, department: str, receipt: str) -> list[bytes]:
    """The bytes of every file in the case, downloaded as the admin."""
    case = requests.get(
        f"{url}/putian/{department}/cases/{receipt.lower()}",
        headers={"Accept": "application/json"},
        auth=ADMIN,
        timeout=60,
    )
    assert case.status_code == 200, f"{receipt}: {case.status_code}"
    files = []
    for child in case.json()["items"]:
        if child["@type"] != "File":
            continue
        download = requests.get(
            f"{child['@id']}/@@download/file", auth=ADMIN, timeout=60
        )
        assert download.status_code == 200, f"{child['@id']}: {download.status_code}"
        files.append(download.content)
    return files


def test_every_receipted_case_keeps_its_files_through_crashes(instance):
    started = time.monotonic()
    instance.start()
    bench = bench_module()
    bench.URL = f"{instance.url}/putian"
    item = bench.bench_item()
    applicants = Applicants(bench.URL, item)
    clients = [threading.Thread(target=applicants.client) for _ in range(CLIENTS)]
    for client in clients:
        client.start()
    try:
        for crash in range(1, KILLS + 1):
            applicants.wait_for(crash * PER_ROUND)
            instance.kill()  # mid-load: the clients keep sending
            instance.start()
        applicants.wait_for((KILLS + 1) * PER_ROUND)
    finally:
        applicants.stop.set()
        for client in clients:
            client.join()
    load_time = time.monotonic() - started

    assert applicants.duplicates == []
    found = requests.get(
        f"{bench.URL}/{bench.DEPARTMENT}/cases/@search",
        params={
            "portal_type": "Application",
            "b_size": 100000,
            "metadata_fields": "id",
        },
        headers={"Accept": "application/json"},
        auth=ADMIN,
        timeout=60,
    ).json()
    cases = Counter(entry["id"].upper() for entry in found["items"])
    for receipt, pdf in applicants.sent.items():
        assert cases[receipt] == 1, f"{receipt} is in the catalog {cases[receipt]}x"
        assert case_files(bench.URL, bench.DEPARTMENT, receipt) == [pdf], receipt

    assert instance.terminate() == 0
    check = subprocess.run(
        [
            str(CHECKOUT / "bin" / "zopepy"),
            str(CHECKOUT / "scripts" / "blob_check.py"),
            str(instance.var),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert check.returncode == 0, check.stdout + check.stderr
    print(
        f"crash and load: {len(applicants.sent)} receipts through {KILLS} SIGKILLs "
        f"in {load_time:.0f} s, answers {dict(applicants.answers)}; {check.stdout}"
    )
