"""Upgrade 1033 -> 1036: ratings given before keep the channel web; a bad
one opens its rectification, counted from its day, and shows as overdue."""

from datetime import date
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from putian.policy.applications.rating import rectification
from putian.policy.applications.rating import RECTIFICATION_KEY
from putian.policy.supervision.filters import LineFilters
from putian.policy.supervision.report import supervision_report
from tests.fixtures.applications import act
from tests.fixtures.applications import new_case
from zope.annotation.interfaces import IAnnotations


PROFILE = "putian.policy:default"


def rated_before_1036(item, level, rated_on):
    """A decided case rated as 1033 kept it: no channel, no rectification."""
    with api.env.adopt_user(SITE_OWNER_NAME):
        case = new_case(item).case
    act("clerk_a", case, "accept")
    act("case_reviewer_a", case, "start_review")
    act("decider_a", case, "approve")
    case.rating = {"level": level, "comment": "", "rated_on": rated_on}
    IAnnotations(case).pop(RECTIFICATION_KEY, None)
    case.reindexObject()
    return case


def test_upgrade_keeps_channels_and_opens_rectifications(
    item_a, case_workers, setup_tool
):
    # Wed Sep 30, 2026: visit due Thu Oct 8 (after National Day), the
    # rectification Tue Oct 27 (hand-counted in tests/rules/supervision).
    bad = rated_before_1036(item_a, "dissatisfied", date(2026, 9, 30))
    good = rated_before_1036(item_a, "satisfied", date(2026, 9, 30))
    setup_tool.setLastVersionForProfile(PROFILE, "1033")

    setup_tool.upgradeProfile(PROFILE, dest="1036")

    assert setup_tool.getLastVersionForProfile(PROFILE) == ("1036",)
    assert bad.rating["channel"] == good.rating["channel"] == "web"
    assert rectification(good) is None
    opened = rectification(bad)
    assert (opened["visit_due"], opened["due"]) == (
        date(2026, 10, 8),
        date(2026, 10, 27),
    )
    with api.env.adopt_user(SITE_OWNER_NAME):
        lines = supervision_report(
            LineFilters(None, kind="rectification_overdue"), date(2026, 10, 28)
        ).lines
    assert [line.receipt_number for line in lines] == [bad.receipt_number]
