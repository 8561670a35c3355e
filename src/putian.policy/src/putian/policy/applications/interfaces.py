from zope.interface import Interface
from zope.interface.interfaces import IObjectEvent


class ICaseDocument(Interface):
    """A case, a material filed with it or its certificate: kept out of the
    full-text index."""


class ICaseChangedEvent(IObjectEvent):
    """A case was filed, took a step or was rated: the figures that count
    it (statistics) follow it."""
