"""The life-event folder and the themes in it, counted from the catalog."""

from collections import Counter
from plone import api
from plone.base.interfaces.constrains import ENABLED
from plone.base.interfaces.constrains import ISelectableConstrainTypes
from putian.policy import _
from putian.policy.behaviors.english_name import description_in_language
from putian.policy.behaviors.english_name import title_in_language
from putian.policy.catalogue.published import published_items
from putian.policy.life_events.interfaces import ILifeEventFolder
from putian.policy.rules.catalogue.life_events import LIFE_EVENT_AUDIENCES
from putian.policy.vocabularies.terms import term_title
from zope.globalrequest import getRequest
from zope.i18n import translate
from zope.interface import alsoProvides


FOLDER_ID = "themes"
FOLDER_TITLE = "办事主题"
# What a visitor reads of FOLDER_TITLE: 办事主题, Life events.
FOLDER_MESSAGE = _("title_life_event_folder", default="Life events")
FOLDER_LAYOUT = "life-events"


def life_event_folder(site):
    """The folder editors keep the themes in; made once, published.

    Made as a manager whoever runs the install or upgrade: setting the
    folder's addable types checks the caller's add permissions."""
    with api.env.adopt_roles(["Manager"]):
        folder = site.get(FOLDER_ID)
        if folder is None:
            folder = api.content.create(
                container=site, type="Folder", id=FOLDER_ID, title=FOLDER_TITLE
            )
            if api.content.get_state(folder, default=None) == "private":
                api.content.transition(folder, transition="publish")
        constraints = ISelectableConstrainTypes(folder)
        constraints.setConstrainTypesMode(ENABLED)
        constraints.setLocallyAllowedTypes(["LifeEvent"])
        constraints.setImmediatelyAddableTypes(["LifeEvent"])
        folder.setLayout(FOLDER_LAYOUT)
        mark_life_event_folder(folder)
    return folder


def mark_life_event_folder(folder) -> None:
    """Mark ``folder`` as the themes folder (its breadcrumb's title is
    read in the visitor's language)."""
    if not ILifeEventFolder.providedBy(folder):
        alsoProvides(folder, ILifeEventFolder)
        folder.reindexObject(idxs=["object_provides"])


def life_event_folder_path() -> str:
    """Where the themes folder is: the site's ``themes``, not any folder
    of that id further down."""
    return "/".join((*api.portal.get().getPhysicalPath(), FOLDER_ID))


def folder_title(title: str, request=None) -> str:
    """The themes folder's title as the visitor reads it: translated while
    it is the one the folder was made with; an editor's own title as it is."""
    if title != FOLDER_TITLE:
        return title
    request = request if request is not None else getRequest()
    return translate(FOLDER_MESSAGE, context=request)


def item_counts() -> Counter:
    """Published items per life event UID."""
    counts = Counter()
    for brain in published_items():
        counts.update(set(brain.life_events or ()))
    return counts


def themes_by_audience(request=None, counts=None) -> list[dict]:
    """Each audience (个人办事, 法人办事) with its themes in folder order.

    ``counts``: published items per life event, when the caller has them
    already (the front page counts them for its facets)."""
    counts = item_counts() if counts is None else counts
    brains = api.content.find(portal_type="LifeEvent", sort_on="getObjPositionInParent")
    return [
        {
            "audience": audience.token,
            "title": term_title(audience, request),
            "themes": [
                {
                    "uid": brain.UID,
                    "title": title_in_language(brain, request),
                    "description": description_in_language(brain, request),
                    "url": brain.getURL(),
                    "count": counts.get(brain.UID, 0),
                }
                for brain in brains
                if brain.life_event_audience == audience.token
            ],
        }
        for audience in LIFE_EVENT_AUDIENCES
    ]
