"""Upgrade 1029: the demo's life events and materials get their English.

Life events gained an English name and description (``title_en``,
``description_en``) and guide materials an English name and condition
(``name_en``, ``condition_en``): the schemas need nothing here, but a site
loaded with the demo before holds none of them, so English visitors would
read the Chinese.  The demo's own life events and materials are filled in
where still empty (``demo.english``); what an editor wrote stays.  The
themes folder is marked so that its breadcrumb reads in the visitor's
language.
"""

from plone import api
from putian.policy.demo.english import fill_english_names
from putian.policy.life_events.taxonomy import FOLDER_ID
from putian.policy.life_events.taxonomy import mark_life_event_folder

import logging


logger = logging.getLogger("putian.policy.upgrades")


def name_the_demo_in_english(context=None):
    site = api.portal.get()
    folder = site.get(FOLDER_ID)
    if folder is not None:
        mark_life_event_folder(folder)
    with api.env.adopt_roles(["Manager"]):
        filled = fill_english_names(site)
    logger.info(
        "1029: English filled in %s life events and %s guides",
        filled["life_events"],
        filled["guides"],
    )
