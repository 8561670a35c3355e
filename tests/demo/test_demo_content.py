"""The demo content: Putian's structure, a catalogue that passes the rules,
users per role; loading it twice creates nothing new."""

from plone import api
from plone.app.testing import logout
from putian.policy.catalogue.compliance import current_child
from putian.policy.catalogue.compliance import is_publishable
from putian.policy.content.approval_item import IApprovalItem
from putian.policy.content.service_guide import IServiceGuide
from putian.policy.demo import people
from putian.policy.demo.loader import load_demo
from putian.policy.rules.catalogue.codes import check_division_code
from putian.policy.rules.catalogue.codes import PUTIAN_DIVISIONS
from putian.policy.rules.catalogue.terms import LIFECYCLE_STATUSES
from putian.policy.rules.catalogue.terms import tokens
from putian.policy.rules.common.identifiers import check_uscc

import pytest
import re
import time


@pytest.fixture
def demo(portal):
    """Loading takes tens of seconds, so the checks share one load."""
    started = time.perf_counter()
    counts = load_demo(portal)
    print(f"load_demo: {time.perf_counter() - started:.1f}s, {counts}")
    return portal, counts


def brains(portal_type, **query):
    return api.content.find(portal_type=portal_type, unrestricted=True, **query)


def all_items():
    return [brain._unrestrictedGetObject() for brain in brains("ApprovalItem")]


def check_structure(demo):
    portal, counts = demo
    departments = [b._unrestrictedGetObject() for b in brains("Department")]
    assert counts["departments"] == len(departments) >= 15
    city = [d for d in departments if d.level == "city"]
    assert len(city) >= 15
    assert {d.level for d in departments} >= {"city", "county", "township"}
    for department in departments:
        assert check_uscc(department.uscc) == [], department.Title()
        assert check_division_code(department.division_code) == []
        assert department.division_code in PUTIAN_DIVISIONS
        assert department.case_code
    assert {d.division_code for d in departments} >= {"350300", "350302", "350322"}
    assert "莆田市市场监督管理局" in {d.Title() for d in city}
    centers = brains("ServiceCenter")
    assert counts["service_centers"] == len(centers) >= 2


def check_catalogue(demo):
    portal, counts = demo
    items = all_items()
    assert len(items) >= 60
    assert counts["items"] + counts["sub_items"] + counts["local_items"] == len(items)
    for item in items:
        types = {obj.portal_type for obj in item.objectValues()}
        assert {"ServiceGuide", "ApprovalFlow", "ReviewRules"} <= types, item.Title()
        assert item.legal_basis, item.Title()
        assert item.legal_basis[0]["article"], item.Title()
    assert {item.lifecycle_status for item in items} == set(tokens(LIFECYCLE_STATUSES))
    assert {item.category for item in items} >= {"XK", "QR", "JF", "GG", "QT"}
    assert any(item.committed_limit_days == 0 for item in items)
    sub_items = [item for item in items if item.get_main_item() is not None]
    assert len(sub_items) >= 2
    local = [item for item in items if item.standard_item]
    assert len(local) >= 3
    assert {item.get_department().level for item in local} == {"county", "township"}
    for item in local:
        assert item.base_code == item.standard_item.to_object.base_code
    published = [i for i in items if api.content.get_state(i) == "published"]
    assert len(published) >= 60
    for item in published:
        assert is_publishable(item), item.Title()
    changed = [item for item in items if item.lifecycle_status != "retained"]
    assert all(item.lifecycle_log for item in changed)
    assert counts["application_forms"] >= 1


def check_published_items_are_public(demo):
    published = [
        brain._unrestrictedGetObject()
        for brain in brains("ApprovalItem", review_state="published")
    ]
    # Retired (cancelled) items stay public as history; drafts do not.
    retired = brains("ApprovalItem", review_state="retired")
    unpublished = [
        brain._unrestrictedGetObject()
        for brain in brains(
            "ApprovalItem", review_state=["draft", "pending_department"]
        )
    ]
    assert retired
    assert unpublished
    logout()
    for item in published:
        assert api.user.has_permission("View", obj=item), item.Title()
        guide = current_child(item, IServiceGuide)
        assert api.user.has_permission("View", obj=guide), item.Title()
    for item in unpublished:
        assert not api.user.has_permission("View", obj=item), item.Title()
    found = api.content.find(portal_type="ApprovalItem")
    assert len(found) == len(published) + len(retired)


def check_users_have_their_roles(demo):
    portal, counts = demo
    assert counts["users"] == len(people.USERS)
    for username, (_fullname, role, department_id) in people.USERS.items():
        user = api.user.get(username=username)
        assert user is not None
        where = portal[department_id] if department_id else None
        assert role in api.user.get_roles(username=username, obj=where), username
    assert {role for _name, role, _dep in people.USERS.values()} == {
        "DepartmentEditor",
        "DepartmentReviewer",
        "ReformOffice",
        "WindowClerk",
        "CaseReviewer",
        "CaseDecider",
        "Supervisor",
    }


def check_life_events_and_windows(demo):
    from putian.policy.demo.themes import LIFE_EVENTS
    from putian.policy.halls.places import items_by_window
    from putian.policy.life_events.taxonomy import themes_by_audience

    portal, counts = demo
    assert counts["life_events"] == len(LIFE_EVENTS)
    groups = {group["audience"]: group["themes"] for group in themes_by_audience()}
    assert len(groups["personal"]) >= 5
    assert len(groups["business"]) >= 5
    # Every theme leads somewhere, and the county copy of a city standard is
    # found under the same theme.
    assert all(theme["count"] for themes in groups.values() for theme in themes)
    opening = portal.themes.kaiban.UID()
    assert opening in portal["xy-scjgj"]["xk00012000"].life_events
    hall = {
        row["number"]: [b.Title for b in handled]
        for row, handled in items_by_window(portal.xzfwzx)
    }
    assert "食品经营许可" in hall["B01"]
    assert "建筑工程施工许可证核发" in hall["C01"]
    assert set(hall["E01"]) >= {"不动产登记"}
    assert len(hall["A01"]) > len(hall["B01"])
    # A county hall lists its own county's items, not the city's.
    county = {
        row["number"]: [b.getPath() for b in handled]
        for row, handled in items_by_window(portal.xyxzfwzx)
    }
    assert county["02"]
    assert all("/xy-scjgj/" in path for path in county["01"])


def check_cases(demo):
    from putian.policy.demo.cases import CASES

    portal, counts = demo
    assert counts["cases"] == len(CASES)
    cases = portal.scjgj.cases.objectValues()
    states = {api.content.get_state(case) for case in cases}
    assert states == {
        "submitted",
        "accepted",
        "in_review",
        "suspended",
        "approved",
        "delivered",
        "denied",
        "correction",
    }
    assert len(brains("Certificate")) == 2


def check_english_names(demo):
    """Every demo life event and guide material reads in English too."""
    cjk = re.compile("[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
    for brain in brains("LifeEvent"):
        event = brain._unrestrictedGetObject()
        for english in (event.title_en, event.description_en):
            assert english, event.getId()
            assert not cjk.search(english), english
    guides = [brain._unrestrictedGetObject() for brain in brains("ServiceGuide")]
    assert guides
    for guide in guides:
        for row in guide.materials or ():
            assert row.get("name_en"), (guide.absolute_url(), row["name"])
            assert not cjk.search(row["name_en"]), row["name_en"]
            if row.get("condition"):
                assert row.get("condition_en"), row["condition"]


def check_second_run_creates_nothing(demo):
    portal, _counts = demo
    before = len(all_items())
    again = load_demo(portal)
    assert set(again.values()) == {0}, again
    assert len(all_items()) == before
    assert not any(
        IApprovalItem.providedBy(obj) and obj.getId().endswith("-1")
        for obj in portal.objectValues()
    )


def test_demo_content(demo):
    check_structure(demo)
    check_catalogue(demo)
    check_users_have_their_roles(demo)
    check_life_events_and_windows(demo)
    check_cases(demo)
    check_english_names(demo)
    check_second_run_creates_nothing(demo)
    # Last: it logs out.
    check_published_items_are_public(demo)
