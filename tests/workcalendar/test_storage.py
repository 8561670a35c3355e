"""Stored overrides change the site's calendar and announce the change."""

from datetime import date
from putian.policy.rules.calendar.arrangement import Arrangement
from putian.policy.rules.calendar.working_days import DayOverride
from putian.policy.rules.common.errors import RuleInputError
from putian.policy.workcalendar.interfaces import ICalendarChangedEvent
from putian.policy.workcalendar.storage import apply_arrangement
from putian.policy.workcalendar.storage import overrides_in
from putian.policy.workcalendar.storage import working_calendar
from zope.component import getGlobalSiteManager

import pytest


@pytest.fixture
def events():
    caught = []
    manager = getGlobalSiteManager()

    def handler(event):
        caught.append(event)

    manager.registerHandler(handler, (ICalendarChangedEvent,))
    yield caught
    manager.unregisterHandler(handler, (ICalendarChangedEvent,))


def test_fresh_site_uses_official_calendar(portal):
    calendar = working_calendar(portal)
    assert calendar.year_status(2025) == "official"
    assert calendar.year_status(2027) == "provisional"
    assert not calendar.is_working(date(2025, 1, 28))  # 春节
    assert calendar.is_working(date(2025, 1, 26))  # Sunday, make-up day


def test_override_changes_the_calendar_and_fires_event(portal, events):
    arrangement = Arrangement(
        year=2027,
        days={date(2027, 3, 1): DayOverride(working=False, name="临时假日")},
    )
    assert apply_arrangement(arrangement, portal) == {2027}
    calendar = working_calendar(portal)
    assert not calendar.is_working(date(2027, 3, 1))
    assert calendar.day_info(date(2027, 3, 1)).name == "临时假日"
    assert calendar.year_status(2027) == "overridden"
    assert [e.years for e in events] == [frozenset({2027})]
    assert events[0].site is portal


def test_same_arrangement_twice_changes_nothing(portal, events):
    arrangement = Arrangement(
        year=2027, days={date(2027, 3, 1): DayOverride(working=False, name="假")}
    )
    apply_arrangement(arrangement, portal)
    assert apply_arrangement(arrangement, portal) == frozenset()
    assert len(events) == 1


def test_published_year_is_not_provisional(portal):
    apply_arrangement(Arrangement(year=2027, published=True), portal)
    calendar = working_calendar(portal)
    assert not calendar.is_provisional_year(2027)
    assert calendar.year_status(2027) == "overridden"


def test_replace_drops_the_years_earlier_entries(portal):
    apply_arrangement(
        Arrangement(year=2027, days={date(2027, 3, 1): DayOverride(False, "甲")}),
        portal,
    )
    apply_arrangement(
        Arrangement(
            year=2027, replace=True, days={date(2027, 3, 2): DayOverride(False, "乙")}
        ),
        portal,
    )
    assert overrides_in(2027, portal) == {date(2027, 3, 2): DayOverride(False, "乙")}


def test_remove_a_day(portal):
    day = date(2027, 3, 1)
    apply_arrangement(Arrangement(year=2027, days={day: DayOverride(False, "甲")}))
    apply_arrangement(Arrangement(year=2027, remove={day}), portal)
    assert overrides_in(2027, portal) == {}
    assert working_calendar(portal).is_working(day)


def test_bad_year_stores_nothing(portal, events):
    with pytest.raises(RuleInputError):
        apply_arrangement(
            Arrangement(year=2300, days={date(2300, 1, 2): DayOverride(False, "")}),
            portal,
        )
    assert overrides_in(2300, portal) == {}
    assert events == []
