"""Halls, windows and items from the catalog, decided by the core.

Departments and halls are few, so they are read whole; items stay brains.
"""

from plone import api
from putian.policy.catalogue.published import is_public
from putian.policy.catalogue.published import published_items
from putian.policy.rules.cases.halls import Hall
from putian.policy.rules.cases.halls import ItemPlace
from putian.policy.rules.cases.halls import Window
from putian.policy.rules.cases.halls import window_handles


def hall_of(center) -> Hall:
    return Hall(level=center.level, division_code=center.division_code or None)


def window_of(row) -> Window:
    return Window.of(
        departments=row.get("handled_departments") or (),
        categories=row.get("handled_categories") or (),
    )


def department_places() -> dict:
    """Department UID -> (level, division code)."""
    catalog = api.portal.get_tool("portal_catalog")
    places = {}
    for brain in catalog.unrestrictedSearchResults(portal_type="Department"):
        department = brain._unrestrictedGetObject()
        places[brain.UID] = (department.level, department.division_code)
    return places


def item_place(brain, departments) -> ItemPlace:
    level, division = departments.get(brain.department_uid, (None, None))
    return ItemPlace(
        department=brain.department_uid,
        level=level,
        division_code=division,
        category=brain.category,
    )


def items_by_window(center) -> list[tuple[dict, list]]:
    """Each window of ``center`` with the published items it handles."""
    hall = hall_of(center)
    departments = department_places()
    items = [(brain, item_place(brain, departments)) for brain in published_items()]
    return [
        (
            row,
            [
                brain
                for brain, place in items
                if window_handles(hall, window_of(row), place)
            ],
        )
        for row in center.windows or ()
    ]


def window_anchor(row, position: int) -> str:
    """The id of a window on its centre's page: its number, or its place
    in the list when it has none (a row saved without one)."""
    return f"window-{row.get('number') or position + 1}"


def describe_windows(center) -> list[dict]:
    """Each window as readers need it: its departments by title, its
    categories, and the published items (brains) it handles."""
    titles = {
        brain.UID: brain.Title for brain in api.content.find(portal_type="Department")
    }
    return [
        {
            "number": row.get("number") or "",
            "anchor": window_anchor(row, position),
            "name": row.get("name") or "",
            "text": row.get("departments") or "",
            "departments": [
                {"uid": uid, "title": titles[uid]}
                for uid in row.get("handled_departments") or ()
                if uid in titles
            ],
            "categories": list(row.get("handled_categories") or ()),
            "items": brains,
        }
        for position, (row, brains) in enumerate(items_by_window(center))
    ]


def windows_for_item(item) -> list[tuple[object, dict, str]]:
    """Where ``item`` is handled: (centre, window row, anchor) triples;
    nowhere when it is not in the public catalogue (a draft, a retired
    item)."""
    if not is_public(item):
        return []
    catalog = api.portal.get_tool("portal_catalog")
    brain = catalog.unrestrictedSearchResults(UID=item.UID())
    if not brain:
        return []
    place = item_place(brain[0], department_places())
    found = []
    for center_brain in api.content.find(
        portal_type="ServiceCenter", sort_on="getObjPositionInParent"
    ):
        center = center_brain.getObject()
        hall = hall_of(center)
        for position, row in enumerate(center.windows or ()):
            if window_handles(hall, window_of(row), place):
                found.append((center, row, window_anchor(row, position)))
    return found
