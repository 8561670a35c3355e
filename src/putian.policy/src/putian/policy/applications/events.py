"""The event a case sends when it was filed, took a step or was rated."""

from putian.policy.applications.interfaces import ICaseChangedEvent
from zope.event import notify
from zope.interface import implementer
from zope.interface.interfaces import ObjectEvent


@implementer(ICaseChangedEvent)
class CaseChangedEvent(ObjectEvent):
    pass


def case_changed(case) -> None:
    notify(CaseChangedEvent(case))
