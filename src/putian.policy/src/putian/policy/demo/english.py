"""The English of the demo's life events and guide materials, filled into a
site: what ``load_demo`` gives a new site and upgrade 1029 an existing one.

Only what is empty is filled, on the demo's own life events (by id and
Chinese title) and materials (by Chinese name): an editor's English, or an
event an editor renamed, is left as it is.
"""

from collections import Counter
from Products.CMFCore.utils import getToolByName
from putian.policy.demo.material_names import CONDITIONS_EN
from putian.policy.demo.material_names import MATERIAL_NAMES_EN
from putian.policy.demo.themes import LIFE_EVENTS


def english_material(row: dict) -> dict:
    """``row`` (a guide material) with its English name and condition where
    the demo has them and the row has none."""
    row = dict(row)
    for key, table in (("name", MATERIAL_NAMES_EN), ("condition", CONDITIONS_EN)):
        english = table.get((row.get(key) or "").strip())
        if english and not row.get(f"{key}_en"):
            row[f"{key}_en"] = english
    return row


def _fill_life_events(catalog) -> int:
    themes = {theme.id: theme for theme in LIFE_EVENTS}
    filled = 0
    for brain in catalog.unrestrictedSearchResults(portal_type="LifeEvent"):
        event = brain._unrestrictedGetObject()
        theme = themes.get(event.getId())
        if theme is None or event.Title() != theme.title:
            continue
        changed = False
        for key in ("title_en", "description_en"):
            if not getattr(event, key, None):
                setattr(event, key, getattr(theme, key))
                changed = True
        filled += changed
    return filled


def _fill_guides(catalog) -> int:
    filled = 0
    for brain in catalog.unrestrictedSearchResults(portal_type="ServiceGuide"):
        guide = brain._unrestrictedGetObject()
        materials = list(guide.materials or ())
        english = [english_material(row) for row in materials]
        if english != materials:
            guide.materials = english
            filled += 1
    return filled


def fill_english_names(site) -> Counter:
    """Fill what is missing; how many life events and guides were changed."""
    catalog = getToolByName(site, "portal_catalog")
    return Counter(life_events=_fill_life_events(catalog), guides=_fill_guides(catalog))
