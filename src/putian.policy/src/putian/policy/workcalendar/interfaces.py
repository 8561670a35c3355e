from zope.interface import Attribute
from zope.interface import Interface


class ICalendarChangedEvent(Interface):
    """The working calendar of a site changed.

    Open cases listen to recompute their deadlines.
    """

    site = Attribute("The site whose calendar changed")
    years = Attribute("Frozen set of the years whose days may have changed")
