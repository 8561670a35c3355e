"""What a manager entered, stored on the site; the calendar built from it.

Overrides live in a site annotation.  Every change gets a fresh token, and
built calendars are cached per token: reading the calendar on a request
costs one annotation lookup, not a rebuild.
"""

from BTrees.OOBTree import OOBTree
from datetime import date
from persistent import Persistent
from plone import api
from putian.policy.rules.calendar.working_days import DayOverride
from putian.policy.rules.calendar.working_days import WorkingCalendar
from putian.policy.workcalendar.events import CalendarChangedEvent
from zope.annotation.interfaces import IAnnotations
from zope.event import notify

import threading
import uuid


ANNOTATION_KEY = "putian.policy.workcalendar"
_cache: dict[str, WorkingCalendar] = {}
_cache_lock = threading.Lock()
# Enough for every site of a process and a few stale tokens.
_CACHE_SIZE = 16


class CalendarStore(Persistent):
    """Day overrides (ISO date -> (working, name)) and published years."""

    def __init__(self):
        self.days = OOBTree()
        self.published_years = OOBTree()  # year -> True
        self.token = ""

    def overrides(self) -> dict[date, DayOverride]:
        return {
            date.fromisoformat(day): DayOverride(working=working, name=name)
            for day, (working, name) in self.days.items()
        }

    def overrides_in(self, year: int) -> dict[date, DayOverride]:
        keys = self.days.keys(f"{year:04d}-01-01", f"{year:04d}-12-31")
        return {date.fromisoformat(day): DayOverride(*self.days[day]) for day in keys}


def _store(site, create=False) -> CalendarStore | None:
    annotations = IAnnotations(site)
    store = annotations.get(ANNOTATION_KEY)
    if store is None and create:
        store = annotations[ANNOTATION_KEY] = CalendarStore()
    return store


def working_calendar(site=None) -> WorkingCalendar:
    """The site's working calendar, with the manager's overrides."""
    site = site if site is not None else api.portal.get()
    store = _store(site)
    if store is None or not store.token:
        return _cached("", lambda: WorkingCalendar())
    return _cached(
        store.token,
        lambda: WorkingCalendar(store.overrides(), set(store.published_years)),
    )


def _cached(token, build) -> WorkingCalendar:
    calendar = _cache.get(token)
    if calendar is None:
        calendar = build()
        with _cache_lock:
            if len(_cache) >= _CACHE_SIZE:
                _cache.clear()
            _cache[token] = calendar
    return calendar


def overrides_in(year: int, site=None) -> dict[date, DayOverride]:
    store = _store(site if site is not None else api.portal.get())
    return store.overrides_in(year) if store is not None else {}


def apply_arrangement(arrangement, site=None) -> frozenset[int]:
    """Store an Arrangement; fire CalendarChangedEvent; return changed years.

    The result is validated by building the calendar before anything is
    stored, so a bad entry leaves the stored calendar as it was.
    """
    site = site if site is not None else api.portal.get()
    current = _store(site)
    days = current.overrides() if current is not None else {}
    published = set(current.published_years) if current is not None else set()
    if arrangement.replace:
        days = {day: o for day, o in days.items() if day.year != arrangement.year}
    for day in arrangement.remove:
        days.pop(day, None)
    days.update(arrangement.days)
    if arrangement.published is True:
        published.add(arrangement.year)
    elif arrangement.published is False:
        published.discard(arrangement.year)
    # Raises RuleInputError for a day or year out of range.
    WorkingCalendar(days, published)

    store = _store(site, create=True)
    before = (store.overrides(), set(store.published_years))
    if before == (days, published):
        return frozenset()
    changed = {
        day.year
        for day in set(days) | set(before[0])
        if days.get(day) != before[0].get(day)
    } | (published ^ before[1])
    store.days.clear()
    store.days.update({day.isoformat(): (o.working, o.name) for day, o in days.items()})
    store.published_years.clear()
    store.published_years.update(dict.fromkeys(published, True))
    store.token = uuid.uuid4().hex
    notify(CalendarChangedEvent(site, changed))
    return frozenset(changed)
