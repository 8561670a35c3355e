"""The life-event folder and the themes in it, counted from the catalog."""

from collections import Counter
from plone import api
from plone.base.interfaces.constrains import ENABLED
from plone.base.interfaces.constrains import ISelectableConstrainTypes
from putian.policy.catalogue.published import published_items
from putian.policy.rules.catalogue.life_events import LIFE_EVENT_AUDIENCES
from putian.policy.vocabularies.terms import term_title


FOLDER_ID = "themes"
FOLDER_TITLE = "办事主题"
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
    return folder


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
                    "title": brain.Title,
                    "description": brain.Description,
                    "url": brain.getURL(),
                    "count": counts.get(brain.UID, 0),
                }
                for brain in brains
                if brain.life_event_audience == audience.token
            ],
        }
        for audience in LIFE_EVENT_AUDIENCES
    ]
