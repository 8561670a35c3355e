"""The supervision lines of a known set of cases, computed from the catalog
(tests/supervision/cases.py holds the cases and the hand-counted lines)."""

from datetime import date
from plone import api
from putian.policy.supervision.filters import LineFilters
from putian.policy.supervision.refusals import refused_attempts
from putian.policy.supervision.report import supervision_report
from tests.supervision.cases import EXPECTED_LIGHTS
from tests.supervision.cases import EXPECTED_LINES
from tests.supervision.cases import EXPECTED_REFUSALS
from tests.supervision.cases import make_cases
from tests.supervision.cases import named_lines
from tests.supervision.cases import named_refusals
from tests.supervision.cases import TODAY
from unittest import mock

import pytest


EVERY_DEPARTMENT = LineFilters(department_uids=None)


@pytest.fixture
def cases(item_a, departments, case_workers):
    return make_cases(departments)


def report(filters=EVERY_DEPARTMENT, on=TODAY):
    return supervision_report(filters, on)


def test_every_line_of_the_known_cases(cases):
    assert named_lines(report().lines, cases) == EXPECTED_LINES


def test_the_deadlines_are_counted_on_the_official_calendar(cases):
    messages = {(line.kind, line.case_url): line.message_zh for line in report().lines}
    late = cases["late"].absolute_url()
    assert "2026-09-15" in messages["committed_deadline", late]
    # Mid-Autumn Friday off, the Sunday before worked.
    assert "2026-09-29" in messages["statutory_overdue", late]
    near = cases["near"].absolute_url()
    assert "2026-11-30" in messages["committed_deadline", near]


def test_the_open_cases_lights_per_department(cases, departments):
    lights = report().lights
    for department, expected in EXPECTED_LIGHTS.items():
        counts = lights[departments[department].UID()]
        assert {light: counts[light] for light in expected} == expected
        assert counts["title"] == departments[department].Title()


def test_lines_are_read_from_the_catalog_without_waking_a_case(cases):
    """The brains carry the facts: no case object is fetched."""
    from Products.ZCatalog.CatalogBrains import AbstractCatalogBrain

    with (
        mock.patch.object(AbstractCatalogBrain, "getObject") as get,
        mock.patch.object(AbstractCatalogBrain, "_unrestrictedGetObject") as wake,
    ):
        assert named_lines(report().lines, cases) == EXPECTED_LINES
    get.assert_not_called()
    wake.assert_not_called()


def test_a_step_updates_the_facts_in_the_catalog(cases):
    from tests.fixtures.applications import act

    assert act("clerk_a", cases["undelivered"], "deliver").done
    # Delivered today, 2026-11-30 in the test's clock: late all the same.
    delivered = cases["undelivered"].delivery_record["delivered_on"]
    assert delivered > date(2026, 11, 19)
    kinds = {
        (line.kind, line.case_url)
        for line in report(on=max(TODAY, delivered)).lines
        if line.kind == "certificate_late"
    }
    assert kinds == {("certificate_late", cases["undelivered"].absolute_url())}


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (
            {"kind": "committed_deadline"},
            {
                ("committed_deadline", "late", "red"),
                ("committed_deadline", "near", "yellow"),
            },
        ),
        (
            {"start": date(2026, 11, 1), "end": date(2026, 11, 15)},
            {
                ("denial_without_remedies", "denied", "red"),
                ("certificate_late", "undelivered", "red"),
                ("faster_than_special_step", "undelivered", "yellow"),
            },
        ),
    ],
)
def test_filters_by_kind_and_acceptance_day(cases, filters, expected):
    found = report(LineFilters(department_uids=None, **filters)).lines
    assert named_lines(found, cases) == expected


def test_a_department_and_an_item(cases, departments):
    only_b = LineFilters(department_uids=frozenset({departments["b"].UID()}))
    assert named_lines(report(only_b).lines, cases) == {
        ("suspension_without_notice", "silent", "red"),
        ("denial_without_remedies", "denied", "red"),
    }
    food = LineFilters(
        department_uids=None, item_uid=api.content.get_uuid(departments["a"]["food"])
    )
    assert {name for _, name, _ in named_lines(report(food).lines, cases)} == {
        "late",
        "near",
        "undelivered",
    }


def test_refused_attempts_out_of_order_or_beyond_authority(cases, departments):
    attempts = refused_attempts(EVERY_DEPARTMENT)
    assert named_refusals(attempts, cases) == EXPECTED_REFUSALS
    by_actor = {attempt.actor: attempt for attempt in attempts}
    assert "窗口工作人员" in by_actor["clerk_b"].reasons_zh[0]
    assert by_actor["clerk_b"].state == "submitted"
    assert by_actor["clerk_b"].department_title == departments["a"].Title()
    only_b = LineFilters(department_uids=frozenset({departments["b"].UID()}))
    assert refused_attempts(only_b) == []
    order = LineFilters(department_uids=None, kind="out_of_order")
    assert named_refusals(refused_attempts(order), cases) == {
        ("out_of_order", "submitted", "decider_a", "approve")
    }
