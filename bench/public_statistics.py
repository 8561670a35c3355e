"""Benchmark: ``@statistics`` at 1,000 and at 100,000 cases, in one run.

(Not named statistics.py: the other benchmarks import the standard
library's ``statistics``, which a bench/statistics.py would shadow.)

Run as ``bin/zopepy bench/public_statistics.py [--sizes 1000,100000]``.  Works on
a site of its own: a fresh FileStorage in a temporary directory, the demo's
departments (``scripts/create_site.py``), served non-debug by
``bin/instance console`` on a free local port, so a portal on 8080 is left
alone.  For each size, the bench cases are topped up (``bench/generate.py``,
with the portal stopped), the portal is started, and ``@statistics`` (JSON,
the month with most cases) and ``@@statistics`` (the page) are fetched
``BENCH_REQUESTS`` times after a warm-up; p50 and p95 are printed, then the
ratio of the largest size to the smallest (the figures come from counters:
the ratio should stay near 1).

Measured on the 2-core development machine (shared with other work, so the
small size's first timings are the noisier), 2026-12-04: 100,000 cases made
in about 3 minutes; @statistics p50 6.7 ms, p95 9.7 ms at 100,000 cases
(12.1 / 25.8 ms at 1,000); @@statistics p95 34.5 ms (121.6 ms at 1,000);
p95 ratio 100k/1k 0.38 and 0.28.
"""

from pathlib import Path
from time import perf_counter
from time import sleep

import argparse
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile


ROOT = Path(__file__).resolve().parents[1]
INSTANCE = ROOT / "bin" / "instance"
ETC = ROOT / "parts" / "instance" / "etc"
REQUESTS = int(os.environ.get("BENCH_REQUESTS", "50"))
JSON = {"Accept": "application/json"}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def instance_config(directory: Path, port: int) -> list[str]:
    """zope.conf, wsgi.ini and bin/instance copies: the storage in
    ``directory``, the port; the command that runs that instance."""
    zope_conf = (ETC / "zope.conf").read_text()
    zope_conf = re.sub(r"path \S+Data\.fs", f"path {directory}/Data.fs", zope_conf)
    zope_conf = re.sub(r"blob-dir \S+", f"blob-dir {directory}/blobs", zope_conf)
    (directory / "zope.conf").write_text(zope_conf)
    wsgi = (ETC / "wsgi.ini").read_text()
    wsgi = re.sub(r"fast-listen = \S+", f"fast-listen = 127.0.0.1:{port}", wsgi)
    wsgi = re.sub(r"zope_conf = \S+", f"zope_conf = {directory}/zope.conf", wsgi)
    (directory / "wsgi.ini").write_text(wsgi)
    script = INSTANCE.read_text()
    script = script.replace(str(ETC / "zope.conf"), str(directory / "zope.conf"))
    script = script.replace(str(ETC / "wsgi.ini"), str(directory / "wsgi.ini"))
    (directory / "instance").write_text(script)
    return [sys.executable, str(directory / "instance")]


def instance(options: list[str], *arguments: str) -> None:
    subprocess.run([*options, *arguments], check=True)  # noqa: S603


def serve(options: list[str], url: str) -> subprocess.Popen:
    import requests

    server = subprocess.Popen(  # noqa: S603
        [*options, "console"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(240):
        try:
            if requests.get(f"{url}/@statistics", headers=JSON, timeout=60).ok:
                return server
        except requests.RequestException:
            pass
        sleep(0.5)
    stop(server)
    raise SystemExit("The portal did not start within two minutes.")


def stop(server: subprocess.Popen) -> None:
    server.send_signal(signal.SIGTERM)
    server.wait(timeout=60)


def busiest_month(url: str) -> str:
    import requests

    body = requests.get(f"{url}/@statistics", headers=JSON, timeout=60).json()
    best, most = body["month"], -1
    for month in body["months"][:13]:
        found = requests.get(
            f"{url}/@statistics", params={"month": month}, headers=JSON, timeout=60
        ).json()
        if found["total"]["received"] > most:
            best, most = month, found["total"]["received"]
    return best


def timings(url: str, params: dict, headers: dict) -> list[float]:
    import requests

    session = requests.Session()
    for _ in range(3):
        session.get(url, params=params, headers=headers, timeout=60)
    seconds = []
    for _ in range(REQUESTS):
        started = perf_counter()
        response = session.get(url, params=params, headers=headers, timeout=60)
        seconds.append(perf_counter() - started)
        if response.status_code != 200:
            raise SystemExit(f"GET {url}: {response.status_code}")
    return seconds


def percentiles(seconds: list[float]) -> tuple[float, float]:
    cuts = statistics.quantiles(seconds, n=20, method="inclusive")
    return statistics.median(seconds) * 1000, cuts[18] * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,100000")
    sizes = [int(size) for size in parser.parse_args().sizes.split(",")]
    directory = Path(tempfile.mkdtemp(prefix="putian-bench-statistics-"))
    port = free_port()
    url = f"http://127.0.0.1:{port}/putian"
    results = {}
    try:
        options = instance_config(directory, port)
        print(f"site in {directory}, served non-debug on port {port}", flush=True)
        instance(options, "run", str(ROOT / "scripts" / "create_site.py"))
        for size in sizes:
            started = perf_counter()
            instance(
                options,
                "run",
                str(ROOT / "bench" / "generate.py"),
                "--cases",
                str(size),
            )
            print(f"{size} cases ready in {perf_counter() - started:.0f} s", flush=True)
            server = serve(options, url)
            try:
                month = busiest_month(url)
                results[size] = {
                    "@statistics": percentiles(
                        timings(f"{url}/@statistics", {"month": month}, JSON)
                    ),
                    "@@statistics": percentiles(
                        timings(f"{url}/@@statistics", {"month": month}, {})
                    ),
                }
            finally:
                stop(server)
    finally:
        shutil.rmtree(directory, ignore_errors=True)
    print(f"\n{'cases':>8}  {'endpoint':<14} {'p50 ms':>8} {'p95 ms':>8}")
    for size, measured in results.items():
        for name, (p50, p95) in measured.items():
            print(f"{size:>8}  {name:<14} {p50:>8.1f} {p95:>8.1f}")
    if len(results) > 1:
        small, large = min(results), max(results)
        for name in results[small]:
            ratio = results[large][name][1] / results[small][name][1]
            print(f"p95 ratio {large}/{small} {name}: {ratio:.2f}")


if __name__ == "__main__":
    sys.exit(main())
