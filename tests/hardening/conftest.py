"""The counts issue 19's closing note gives: what was tried, what held.

At the end of a run that collected them, one line each: the cells of the
role × action matrix (test_role_action_matrix.py) and the forms and
services posted by a forged request (test_csrf.py). A test counts as tried
once it ran (passed, failed or erred), and as held when its call passed.
The bad-input corpus counts each value sent (test_bad_input.py's Prober,
used by test_bad_input_services.py too).
"""

import pytest
import sys


# (label, test file, what one of its tests is)
TALLIES = (
    ("role × action matrix", "test_role_action_matrix.py::test_", "cells"),
    ("… through REST", "test_role_action_matrix.py::test_rest[", "cells"),
    ("… through the pages", "test_role_action_matrix.py::test_page[", "cells"),
    ("CSRF", "test_csrf.py::test_", "forms and services"),
)
# The matrix's bookkeeping tests (every row an action…) are not cells.
NOT_COUNTED = ("::test_every_",)


def _counted(nodeid: str, marker: str) -> bool:
    return marker in nodeid and not any(part in nodeid for part in NOT_COUNTED)


def tally(reports, marker: str) -> tuple[int, int]:
    """(tried, held) of the tests whose node id holds ``marker``."""
    tried, held = set(), set()
    for report in reports:
        if not _counted(report.nodeid, marker) or report.skipped:
            continue
        if report.when == "call" or report.failed:
            tried.add(report.nodeid)
        if report.when == "call" and report.passed:
            held.add(report.nodeid)
    return len(tried), len(held - _failed_later(reports, marker))


def _failed_later(reports, marker: str) -> set:
    """Tests whose teardown failed after their call passed."""
    return {
        report.nodeid
        for report in reports
        if _counted(report.nodeid, marker)
        and report.when == "teardown"
        and report.failed
    }


def pytest_terminal_summary(terminalreporter):
    reports = [
        report
        for key in ("passed", "failed", "error")
        for report in terminalreporter.stats.get(key, ())
        if hasattr(report, "nodeid") and hasattr(report, "when")
    ]
    for label, marker, what in TALLIES:
        tried, held = tally(reports, marker)
        if tried:
            terminalreporter.write_line(
                f"issue 19, {label}: {tried} {what} tried, {held} held"
            )
    prober = sys.modules.get("tests.hardening.test_bad_input")
    if prober is not None and prober.TALLY["tried"]:
        terminalreporter.write_line(
            f"issue 19, bad-input corpus: {prober.TALLY['tried']} values sent, "
            f"{prober.TALLY['held']} held"
        )


# The matrix's layer stacks its own storage on the policy's fixture and, as
# zope.pytestlayer keeps a layer up until the session ends, would stay under
# every functional test collected after it (their site would find its
# departments already there). It runs last.
MATRIX = "test_role_action_matrix.py"


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    items.sort(key=lambda item: MATRIX in item.nodeid)
