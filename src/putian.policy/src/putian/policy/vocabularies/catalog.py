"""Vocabularies of content the portal holds: departments and life events.

Tokens are UIDs, so renaming a department or a life event keeps what was
chosen; titles come from the catalog, never from woken objects.
"""

from plone import api
from putian.policy.rules.catalogue.life_events import LIFE_EVENT_AUDIENCES
from putian.policy.vocabularies.terms import term_title
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary


def _brains(portal_type, sort_on="sortable_title"):
    # Unrestricted: an editor may see a choice made by another department.
    return api.portal.get_tool("portal_catalog").unrestrictedSearchResults(
        portal_type=portal_type, sort_on=sort_on
    )


@provider(IVocabularyFactory)
def Departments(context=None):
    return SimpleVocabulary(
        [
            SimpleTerm(value=brain.UID, token=brain.UID, title=brain.Title)
            for brain in _brains("Department", sort_on="getObjPositionInParent")
        ]
    )


def audience_title(token) -> str:
    for term in LIFE_EVENT_AUDIENCES:
        if term.token == token:
            return term_title(term)
    return token or ""


@provider(IVocabularyFactory)
def LifeEvents(context=None):
    """Every life event, individuals' first, titled with its audience."""
    order = {term.token: index for index, term in enumerate(LIFE_EVENT_AUDIENCES)}
    brains = sorted(
        _brains("LifeEvent", sort_on="getObjPositionInParent"),
        key=lambda brain: order.get(brain.life_event_audience, len(order)),
    )
    return SimpleVocabulary(
        [
            SimpleTerm(
                value=brain.UID,
                token=brain.UID,
                title=f"{audience_title(brain.life_event_audience)} · {brain.Title}",
            )
            for brain in brains
        ]
    )
