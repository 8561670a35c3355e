"""Catalog values: where content sits (its department), and sort keys."""

from plone.base.utils import safe_text
from plone.dexterity.interfaces import IDexterityContent
from plone.indexer import indexer
from putian.policy.behaviors.aliases import IAliases
from putian.policy.content.approval_item import IApprovalItem
from putian.policy.content.department import department_of
from putian.policy.content.life_event import ILifeEvent
from putian.policy.rules.catalogue.search_terms import searchable_words
from putian.policy.rules.common.collation import collation_key
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


@indexer(Interface)
def department_title_en(obj):
    department = department_of(obj)
    english = getattr(department, "title_en", None) if department else None
    if not isinstance(english, str) or not english.strip():
        raise AttributeError("department_title_en")
    return english.strip()


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


@indexer(IDexterityContent)
def sortable_title(obj):
    # Listings sort Chinese names by pinyin, as readers look them up.
    return collation_key(obj.Title())


@indexer(IApprovalItem)
def approval_item_searchable_text(obj):
    """An item is found by its title and description (CMF's text), and by
    its aliases (俗称), with the pinyin and initials of title and aliases:
    ``spjy``, ``shipin`` and 办餐饮证 all find 食品经营许可."""
    text = safe_text(obj.SearchableText())
    holder = IAliases(obj, None)
    aliases = holder.aliases if holder is not None else ()
    words = searchable_words(obj.Title(), aliases)
    return " ".join([text, *english_words(obj), *words])


def english_words(obj) -> tuple:
    """The English name and description an English visitor searches by."""
    return tuple(
        value
        for value in (getattr(obj, "title_en", ""), getattr(obj, "description_en", ""))
        if value
    )


@indexer(ILifeEvent)
def life_event_searchable_text(obj):
    """A life event is found by its Chinese and by its English."""
    return " ".join([safe_text(obj.SearchableText()), *english_words(obj)])
