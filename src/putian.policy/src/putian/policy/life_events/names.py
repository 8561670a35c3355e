"""A life event's name and description in the visitor's language.

The Chinese is the event's title and description; an English visitor reads
its ``title_en`` and ``description_en`` where an editor gave them, the
Chinese where not.
"""

from putian.policy.vocabularies.terms import wants_english


def _value(entry, name) -> str:
    """``name`` of a catalog brain (an attribute) or an object (a method)."""
    value = getattr(entry, name, None)
    value = value() if callable(value) else value
    return value or ""


def _english(entry, name) -> str:
    """The event's English ``name`` (from the object: not in the catalog)."""
    wake = getattr(entry, "_unrestrictedGetObject", None)
    event = wake() if wake is not None else entry
    return (getattr(event, name, None) or "").strip()


def event_title(entry, request=None) -> str:
    """A life event's name; ``entry`` its brain or the event itself."""
    if wants_english(request):
        english = _english(entry, "title_en")
        if english:
            return english
    return _value(entry, "Title")


def event_description(entry, request=None) -> str:
    if wants_english(request):
        english = _english(entry, "description_en")
        if english:
            return english
    return _value(entry, "Description")
