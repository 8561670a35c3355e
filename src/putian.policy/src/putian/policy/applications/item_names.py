"""The name of the item a case applies for, in the visitor's language.

A case keeps the item's Chinese name as it was when filed (``item_title``)
and the item's UID (``item_uid``); an English visitor reads the item's
English name (the catalog's ``title_en``) where the item has one.
"""

from plone import api
from putian.policy.vocabularies.terms import wants_english


def case_item_title(case, request=None) -> str:
    """The item's English name for an English visitor where it has one;
    else the name the case was filed under."""
    uid = getattr(case, "item_uid", None)
    if uid and wants_english(request):
        catalog = api.portal.get_tool("portal_catalog")
        for brain in catalog.unrestrictedSearchResults(UID=uid):
            english = getattr(brain, "title_en", None)
            if isinstance(english, str) and english.strip():
                return english.strip()
    return case.item_title or ""
