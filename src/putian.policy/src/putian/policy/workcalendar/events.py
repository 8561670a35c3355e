from putian.policy.workcalendar.interfaces import ICalendarChangedEvent
from zope.interface import implementer


@implementer(ICalendarChangedEvent)
class CalendarChangedEvent:
    def __init__(self, site, years):
        self.site = site
        self.years = frozenset(years)
