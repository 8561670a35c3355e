"""Catalog values derived from where content sits (its department)."""

from plone.indexer import indexer
from putian.policy.content.approval_item import IApprovalItem
from putian.policy.content.department import department_of
from putian.policy.content.life_event import ILifeEvent
from zope.interface import Interface


@indexer(Interface)
def department_uid(obj):
    department = department_of(obj)
    if department is None:
        raise AttributeError("department_uid")
    return department.UID()


@indexer(Interface)
def department_title(obj):
    department = department_of(obj)
    if department is None:
        raise AttributeError("department_title")
    return department.Title()


@indexer(IApprovalItem)
def level(obj):
    # An item is at the level of its department (R2: same item, any level).
    department = department_of(obj)
    if department is None or not department.level:
        raise AttributeError("level")
    return department.level


@indexer(ILifeEvent)
def life_event_audience(obj):
    return obj.audience
