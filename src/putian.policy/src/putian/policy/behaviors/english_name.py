"""A content's English name, and its name in the visitor's language.

The Chinese is the content's own title and description; an English visitor
reads ``title_en`` and ``description_en`` where an editor gave them, the
Chinese where not.  Items (ApprovalItem) and life events (LifeEvent) have
the behavior ``putian.policy.behaviors.english_name``.
"""

from plone.autoform.interfaces import IFormFieldProvider
from plone.supermodel import model
from putian.policy import _
from putian.policy.vocabularies.terms import wants_english
from zope import schema
from zope.interface import provider


@provider(IFormFieldProvider)
class IEnglishName(model.Schema):
    """英文名称: what an English visitor reads in place of the Chinese."""

    title_en = schema.TextLine(
        title=_("label_title_en", default="English name"),
        description=_(
            "help_english_name",
            default="Shown to visitors who read the site in English",
        ),
        required=False,
    )
    description_en = schema.TextLine(
        title=_("label_description_en", default="English description"),
        description=_(
            "help_english_description",
            default="Shown to visitors who read the site in English; "
            "the Chinese description where left empty",
        ),
        required=False,
    )


def _value(entry, name) -> str:
    """``name`` of a catalog brain (an attribute) or an object (a method)."""
    value = getattr(entry, name, None)
    value = value() if callable(value) else value
    return value or ""


def _english(entry, name) -> str:
    """The English ``name`` of ``entry``: a brain's metadata column where the
    catalog keeps it (``title_en``), else the object's own attribute."""
    value = getattr(entry, name, None)
    if not isinstance(value, str):
        wake = getattr(entry, "_unrestrictedGetObject", None)
        value = getattr(wake() if wake is not None else entry, name, None)
    return value.strip() if isinstance(value, str) else ""


def _in_language(entry, request, english, chinese) -> str:
    if wants_english(request):
        text = _english(entry, english)
        if text:
            return text
    return _value(entry, chinese)


def title_in_language(entry, request=None) -> str:
    """The name of an item or life event (its brain or the object) in the
    visitor's language."""
    return _in_language(entry, request, "title_en", "Title")


def department_title_in_language(brain, request=None) -> str:
    """The department of a catalog brain (its ``department_title`` columns)
    in the visitor's language."""
    return _in_language(brain, request, "department_title_en", "department_title")


def description_in_language(entry, request=None) -> str:
    return _in_language(entry, request, "description_en", "Description")
