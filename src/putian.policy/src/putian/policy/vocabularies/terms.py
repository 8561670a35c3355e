"""One Plone vocabulary per term table of the core.

The core's tables are bilingual; a vocabulary is built per call in the
language of the current request (Chinese unless the visitor chose English).
"""

from putian.policy.rules.cases import applications
from putian.policy.rules.cases import certificates
from putian.policy.rules.cases import ratings
from putian.policy.rules.cases import workflow as cases
from putian.policy.rules.catalogue import life_events
from putian.policy.rules.catalogue import terms
from putian.policy.rules.flows import flow as flows
from zope.globalrequest import getRequest
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary


# Vocabulary name (after "putian.policy.") -> the core's term table.
TABLES = {
    "ItemCategories": terms.ITEM_CATEGORIES,
    "Levels": terms.LEVELS,
    "LifecycleStatuses": terms.LIFECYCLE_STATUSES,
    "Trips": terms.TRIPS,
    "OnlineDepths": terms.ONLINE_DEPTHS,
    "LegalBasisLevels": terms.LEGAL_BASIS_LEVELS,
    "MaterialRequirements": terms.MATERIAL_REQUIREMENTS,
    "MaterialForms": terms.MATERIAL_FORMS,
    "HandlingForms": terms.HANDLING_FORMS,
    "CrossAreaScopes": terms.CROSS_AREA_SCOPES,
    "WeekendServices": terms.WEEKEND_SERVICES,
    "HallRules": terms.HALL_RULES,
    "SpecialStepKinds": terms.SPECIAL_STEP_KINDS,
    "FlowKinds": flows.FLOW_KINDS,
    "FlowForms": flows.FLOW_FORMS,
    "StepKinds": flows.STEP_KINDS,
    "ApplicantKinds": applications.APPLICANT_KINDS,
    "ApplicationChannels": applications.APPLICATION_CHANNELS,
    "DeliveryMethods": applications.DELIVERY_METHODS,
    "CaseStates": cases.CASE_STATES,
    "CertificateStatuses": certificates.CERTIFICATE_STATUSES,
    "SatisfactionLevels": ratings.SATISFACTION_LEVELS,
    "LifeEventAudiences": life_events.LIFE_EVENT_AUDIENCES,
}


def wants_english(request=None) -> bool:
    request = request if request is not None else getRequest()
    language = (request.get("LANGUAGE", "") if request is not None else "") or ""
    return language.startswith("en")


def term_title(term, request=None) -> str:
    return term.title_en if wants_english(request) else term.title_zh


def token_title(table, token, request=None) -> str:
    """The title of ``token`` in the term table ``table``, in the reader's
    language: "" for no token, the token itself for one the table lacks."""
    if token in (None, ""):
        return ""
    for term in table:
        if term.token == token:
            return term_title(term, request)
    return str(token)


def vocabulary_of(table) -> SimpleVocabulary:
    request = getRequest()
    return SimpleVocabulary(
        [
            SimpleTerm(
                value=term.token,
                token=term.token,
                title=term_title(term, request),
            )
            for term in table
        ]
    )


def _factory(table):
    @provider(IVocabularyFactory)
    def factory(context=None):
        return vocabulary_of(table)

    return factory


# Module attributes named like the vocabularies, for configure.zcml.
globals().update({name: _factory(table) for name, table in TABLES.items()})
