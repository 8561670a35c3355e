"""Benchmark: online applications against a running portal.

Run as ``bin/zopepy bench/submissions.py`` while ``make start`` serves the
site (``PUTIAN_URL``, default http://localhost:8080/putian; ``PUTIAN_ADMIN``
user:password, default admin:admin).  It makes (once) a published bench
item in a bench department, then files applications through
``POST <item>/@apply`` -- the same path as the online form -- first from
one client, then from 8 concurrent clients, and prints submissions per
second side by side with each run's latency (p50, p95 and max, seconds
from request to answer), the count of lost submissions (answered 201 but
not stored, or refused by the server) and of duplicate receipt numbers.
Lost and duplicates must be 0; the targets are a max latency of at most
5 s and 8 clients at least as fast as one (submissions per second).  The
first line names the server's debug mode, read from the Zope control
panel: measure a portal that runs like production (``bin/instance start``
or ``console``; ``fg`` is debug mode).
"""

from base64 import b64encode
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from time import perf_counter

import os
import re
import statistics
import sys


sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.fixtures.applications import APPLICANT  # noqa: E402
from tests.fixtures.applications import PDF  # noqa: E402
from tests.fixtures.catalogue import FLOW  # noqa: E402
from tests.fixtures.catalogue import GUIDE  # noqa: E402
from tests.fixtures.catalogue import LEGAL_BASIS  # noqa: E402
from tests.fixtures.catalogue import review_rules_data  # noqa: E402

import requests  # noqa: E402


URL = os.environ.get("PUTIAN_URL", "http://localhost:8080/putian").rstrip("/")
ADMIN = tuple((os.environ.get("PUTIAN_ADMIN") or "admin:admin").split(":", 1))
JSON = {"Accept": "application/json", "Content-Type": "application/json"}
DEPARTMENT = "bench-department"
SERIAL = int(os.environ.get("BENCH_SERIAL", "40"))
CONCURRENT = int(os.environ.get("BENCH_CONCURRENT", "240"))
CLIENTS = 8


def call(method, path, **body):
    response = requests.request(
        method, f"{URL}{path}", json=body or None, headers=JSON, auth=ADMIN, timeout=60
    )
    if response.status_code >= 400:
        raise SystemExit(f"{method} {path}: {response.status_code} {response.text}")
    return response.json() if response.content else {}


def publish(path):
    for transition in ("submit", "approve", "publish"):
        call("POST", f"{path}/@workflow/{transition}")


def bench_item() -> str:
    """The bench department's published item (made on the first run)."""
    item = f"/{DEPARTMENT}/licence"
    if requests.get(f"{URL}{item}", headers=JSON, auth=ADMIN, timeout=60).ok:
        return item
    call(
        "POST",
        "",
        **{
            "@type": "Department",
            "id": DEPARTMENT,
            "title": "性能测试部门",
            "uscc": "11350300003632104X",
            "level": "city",
            "division_code": "350300",
            "case_code": "BENCH",
            "consultation_phone": "0594-2695000",
        },
    )
    call(
        "POST",
        f"/{DEPARTMENT}",
        **{
            "@type": "ApprovalItem",
            "id": "licence",
            "title": "性能测试许可",
            "category": "XK",
            "base_code": "XK00099000",
            "legal_basis": LEGAL_BASIS,
            "trips": "1",
            "online_depth": "4",
            "statutory_limit_days": 20,
            "committed_limit_days": 10,
        },
    )
    guide = dict(GUIDE, handling_forms=sorted(GUIDE["handling_forms"]))
    sample = {
        "data": b64encode(PDF).decode(),
        "encoding": "base64",
        "filename": "sample.pdf",
        "content-type": "application/pdf",
    }
    call(
        "POST",
        item,
        **{
            "@type": "ServiceGuide",
            "id": "guide",
            "title": "办事指南",
            "result_sample": sample,
            **guide,
        },
    )
    call(
        "POST",
        item,
        **{"@type": "ApprovalFlow", "id": "flow", "title": "审批流程", **FLOW},
    )
    call(
        "POST",
        item,
        **{
            "@type": "ReviewRules",
            "id": "rules",
            "title": "审查工作细则",
            **review_rules_data(),
        },
    )
    # The guide, flow and review rules take each step with their item.
    publish(item)
    return item


def application() -> dict:
    material = {
        "data": b64encode(PDF).decode(),
        "encoding": "base64",
        "filename": "申请书.pdf",
        "content-type": "application/pdf",
    }
    return dict(APPLICANT, materials={"material_1": material})


def submit(item: str) -> tuple[str | None, float]:
    """The receipt number (None: refused) and the seconds it took."""
    session = requests.Session()
    started = perf_counter()
    response = session.post(
        f"{URL}{item}/@apply", json=application(), headers=JSON, timeout=120
    )
    latency = perf_counter() - started
    if response.status_code != 201:
        return None, latency
    return response.json()["receipt_number"], latency


def run(item: str, count: int, clients: int) -> tuple[float, list, list]:
    """Elapsed seconds, the receipts, and each submission's latency."""
    started = perf_counter()
    with ThreadPoolExecutor(max_workers=clients) as pool:
        answers = list(pool.map(lambda _: submit(item), range(count)))
    elapsed = perf_counter() - started
    return elapsed, [receipt for receipt, _ in answers], [t for _, t in answers]


def latency(seconds: list) -> str:
    ordered = sorted(seconds)
    p95 = statistics.quantiles(ordered, n=20, method="inclusive")[-1]
    return (
        f"latency p50 {statistics.median(ordered):.2f} s, "
        f"p95 {p95:.2f} s, max {ordered[-1]:.2f} s"
    )


def server_mode() -> str:
    """Zope's debug mode, as its control panel shows it."""
    response = requests.get(
        URL.rsplit("/", 1)[0] + "/Control_Panel/manage_main", auth=ADMIN, timeout=60
    )
    found = re.search(r"Debug mode</th>\s*<td[^>]*>\s*(\w+)", response.text)
    if not response.ok or found is None:
        return "debug mode unknown"
    return "debug mode on" if found.group(1) == "True" else "debug mode off"


def stored() -> set[str]:
    found = call(
        "GET",
        f"/{DEPARTMENT}/cases/@search?portal_type=Application&b_size=100000"
        "&metadata_fields=id",
    )
    return {entry["id"].upper() for entry in found["items"]}


def main():
    try:
        requests.get(URL, timeout=120)
    except (requests.ConnectionError, requests.Timeout):
        print(f"No portal at {URL}: start it with `make start`, then run again.")
        return
    item = bench_item()
    print(f"portal {URL}: {server_mode()}")
    before = stored()
    serial_time, serial, serial_latency = run(item, SERIAL, 1)
    concurrent_time, concurrent, concurrent_latency = run(item, CONCURRENT, CLIENTS)
    receipts = serial + concurrent
    issued = [receipt for receipt in receipts if receipt]
    new = stored() - before
    refused = receipts.count(None)
    lost = refused + len(set(issued) - new)
    duplicates = len(issued) - len(set(issued))
    sequences = sorted(int(receipt.rsplit("-", 1)[1]) for receipt in set(issued))
    gaps = (sequences[-1] - sequences[0] + 1 - len(sequences)) if sequences else 0
    serial_rate = SERIAL / serial_time
    concurrent_rate = CONCURRENT / concurrent_time
    print(
        f"1 client:   {SERIAL} submissions in {serial_time:.1f} s = "
        f"{serial_rate:.1f}/s; {latency(serial_latency)}"
    )
    print(
        f"{CLIENTS} clients:  {CONCURRENT} submissions in {concurrent_time:.1f} s = "
        f"{concurrent_rate:.1f}/s ({concurrent_rate / serial_rate:.2f}x one client); "
        f"{latency(concurrent_latency)}"
    )
    print(
        f"lost submissions: {lost} (refused {refused}); "
        f"duplicate receipt numbers: {duplicates}; "
        f"numbers skipped in the sequence: {gaps}"
    )
    if lost or duplicates:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
