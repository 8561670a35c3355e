"""Benchmark: working-day deadlines, our engine against a day-by-day loop.

Run as ``python bench/deadlines.py``.  100,000 seeded random cases (starts
in 2005-2026, limits of 1-60 working days, 0-2 suspensions).  The naive
loop calls ``chinese_calendar.is_workday`` for every day; it is slow, so it
runs on a 10,000-case subset and its total is scaled.
"""

from datetime import date
from datetime import timedelta
from pathlib import Path
from time import perf_counter

import random
import sys


sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src/putian.policy/src"))

from putian.policy.rules.calendar.deadlines import compute_deadline
from putian.policy.rules.calendar.working_days import WorkingCalendar

import chinese_calendar  # noqa: E402


CASES = 100_000
NAIVE_CASES = 10_000
REPEATS = 3
SEED = 20250124
FIRST_START = date(2005, 1, 1)
LAST_START = date(2026, 12, 31)
# chinese_calendar raises beyond this, so the naive loop cannot go further.
LAST_OFFICIAL_DAY = date(2026, 12, 31)


def make_cases(count: int, seed: int) -> list[tuple[date, int, list]]:
    rng = random.Random(seed)
    span = (LAST_START - FIRST_START).days
    cases = []
    for _ in range(count):
        start = FIRST_START + timedelta(days=rng.randint(0, span))
        days = rng.randint(1, 60)
        suspensions = []
        first = start + timedelta(days=rng.randint(-5, 30))
        for _ in range(rng.randint(0, 2)):
            last = first + timedelta(days=rng.randint(0, 10))
            suspensions.append((first, last))
            first = last + timedelta(days=rng.randint(1, 30))
        cases.append((start, days, suspensions))
    return cases


def naive_deadline(start: date, days: int, suspensions: list) -> date:
    """The law read literally, one chinese_calendar call per day."""
    day, counted = start, 0
    while counted < days:
        day += timedelta(days=1)
        if not chinese_calendar.is_workday(day):
            continue
        if any(first <= day <= last for first, last in suspensions):
            continue
        counted += 1
    return day


def time_engine(calendar: WorkingCalendar, cases: list) -> tuple[list, float]:
    """Deadlines of ``cases`` and the best time of REPEATS runs."""
    best = float("inf")
    for _ in range(REPEATS):
        began = perf_counter()
        deadlines = [compute_deadline(calendar, *case).deadline for case in cases]
        best = min(best, perf_counter() - began)
    return deadlines, best


def time_engine_with_lists(calendar: WorkingCalendar, cases: list) -> float:
    """Best time of REPEATS runs that also build the counted/skipped lists."""
    best = float("inf")
    for _ in range(REPEATS):
        began = perf_counter()
        for case in cases:
            result = compute_deadline(calendar, *case)
            result.counted  # noqa: B018 - built on first access
            result.skipped  # noqa: B018
        best = min(best, perf_counter() - began)
    return best


def main() -> None:
    cases = make_cases(CASES, SEED)
    calendar = WorkingCalendar()

    began = perf_counter()
    for year in range(FIRST_START.year, LAST_START.year + 2):
        calendar.working_ordinals(year)
    warm_up = perf_counter() - began

    deadlines, engine_seconds = time_engine(calendar, cases)
    with_lists_seconds = time_engine_with_lists(calendar, cases)

    # The naive loop only works where chinese_calendar has data.
    subset = [
        (case, deadline)
        for case, deadline in zip(cases, deadlines, strict=True)
        if deadline <= LAST_OFFICIAL_DAY
    ][:NAIVE_CASES]
    subset_cases = [case for case, _ in subset]
    _, engine_subset_seconds = time_engine(calendar, subset_cases)

    began = perf_counter()
    naive = [naive_deadline(*case) for case in subset_cases]
    naive_seconds = perf_counter() - began

    mismatches = sum(
        naive_day != engine_day
        for naive_day, (_, engine_day) in zip(naive, subset, strict=True)
    )

    def per_case(seconds: float, count: int) -> float:
        return seconds / count * 1e6

    engine_us = per_case(engine_seconds, len(cases))
    with_lists_us = per_case(with_lists_seconds, len(cases))
    engine_subset_us = per_case(engine_subset_seconds, len(subset))
    naive_us = per_case(naive_seconds, len(subset))
    beyond = sum(deadline > LAST_OFFICIAL_DAY for deadline in deadlines)

    print(f"cases: {len(cases):,} (seed {SEED}); {beyond:,} end in provisional 2027")
    print(
        f"calendar tables {FIRST_START.year}-{LAST_START.year + 1}: "
        f"{warm_up * 1000:.0f} ms, built once before timing"
    )
    print(f"engine: best of {REPEATS} runs")
    print(
        f"naive loop: one run on a subset of {len(subset):,} cases ending by "
        f"{LAST_OFFICIAL_DAY} (chinese_calendar's last year), scaled to "
        f"{len(cases):,}"
    )
    print()
    print(f"{'':40} {'µs/deadline':>12} {'s/100k':>8}")
    rows = [
        ("engine, deadline only", engine_us),
        ("engine, + counted/skipped lists", with_lists_us),
        ("engine, on the naive subset", engine_subset_us),
        ("naive chinese_calendar loop (scaled)", naive_us),
    ]
    for label, micros in rows:
        print(f"{label:40} {micros:12.2f} {micros * CASES / 1e6:8.2f}")
    print()
    print(
        f"naive / engine on the common subset: {naive_us / engine_subset_us:.0f}x "
        f"(against the engine with lists: {naive_us / with_lists_us:.0f}x)"
    )
    print(
        f"same deadlines on the common subset: {len(subset) - mismatches:,}"
        f"/{len(subset):,}"
    )
    if mismatches:
        sys.exit(1)


if __name__ == "__main__":
    main()
