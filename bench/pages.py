"""Benchmark: the public pages against a stock Plone page, side by side.

Run as ``bin/zopepy bench/pages.py`` while ``make start`` serves the site
(``PUTIAN_URL``, default http://localhost:8080/putian). Anonymous, uncached,
as a citizen's first visit: each page is fetched ``BENCH_REQUESTS`` times
(after a warm-up) from one client, then from 4 concurrent clients, and
compared with Plone's own accessibility page, which renders the same
header, navigation and footer around a static text. Prints the median
time, requests per second, the ratio to that baseline and the page size.
"""

from concurrent.futures import ThreadPoolExecutor
from statistics import median
from time import perf_counter

import os
import requests


URL = os.environ.get("PUTIAN_URL", "http://localhost:8080/putian").rstrip("/")
REQUESTS = int(os.environ.get("BENCH_REQUESTS", "30"))
CLIENTS = 4
HEADERS = {"Accept-Language": "zh-CN"}
JSON = {"Accept": "application/json"}


def first(portal_type, **query) -> str:
    found = requests.get(
        f"{URL}/@search",
        params={"portal_type": portal_type, "b_size": 1, **query},
        headers=JSON,
        timeout=60,
    ).json()["items"]
    if not found:
        raise SystemExit(f"No {portal_type} on {URL}: run make start (demo) first.")
    return found[0]["@id"]


def pages() -> dict[str, str]:
    return {
        "stock Plone page (baseline)": f"{URL}/accessibility-info",
        "front page": f"{URL}",
        "catalogue": f"{URL}/@@catalogue",
        "catalogue, search 经营": f"{URL}/@@catalogue?q=经营",
        "item page (guide, flowchart)": first(
            "ApprovalItem", review_state="published", base_code="XK00012000"
        ),
        "service centre": first("ServiceCenter"),
        "life event": first("LifeEvent"),
    }


def fetch(session, url) -> tuple[float, int]:
    started = perf_counter()
    response = session.get(url, headers=HEADERS, timeout=120)
    elapsed = perf_counter() - started
    if response.status_code != 200:
        raise SystemExit(f"GET {url}: {response.status_code}")
    return elapsed, len(response.content)


def serial(url) -> tuple[float, float, int]:
    """Median seconds, requests per second and bytes, one client."""
    session = requests.Session()
    for _ in range(3):
        fetch(session, url)
    times, size = [], 0
    started = perf_counter()
    for _ in range(REQUESTS):
        elapsed, size = fetch(session, url)
        times.append(elapsed)
    return median(times), REQUESTS / (perf_counter() - started), size


def concurrent(url) -> float:
    """Requests per second from CLIENTS clients."""
    sessions = [requests.Session() for _ in range(CLIENTS)]

    def client(session):
        for _ in range(REQUESTS // CLIENTS):
            fetch(session, url)

    started = perf_counter()
    with ThreadPoolExecutor(CLIENTS) as pool:
        list(pool.map(client, sessions))
    return (REQUESTS // CLIENTS) * CLIENTS / (perf_counter() - started)


def main():
    measured = {}
    for name, url in pages().items():
        time_, rate, size = serial(url)
        measured[name] = (time_, rate, size, concurrent(url))
    base_time, base_rate, _size, base_parallel = next(iter(measured.values()))
    print(f"{REQUESTS} anonymous requests per page, uncached; {URL}")
    print(
        f"{'page':32} {'median ms':>9} {'req/s':>6} {'× time':>7} "
        f"{'req/s ×4':>8} {'× base':>7} {'KB':>6}"
    )
    for name, (time_, rate, size, parallel) in measured.items():
        print(
            f"{name:32} {time_ * 1000:9.1f} {rate:6.1f} {time_ / base_time:7.2f} "
            f"{parallel:8.1f} {parallel / base_parallel:7.2f} {size / 1024:6.1f}"
        )


if __name__ == "__main__":
    main()
