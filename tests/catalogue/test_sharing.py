"""Department roles are given on a department's sharing tab."""

from plone import api
from plone.app.testing import logout
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD

import requests
import transaction


def test_department_roles_offered_on_a_department(departments):
    with api.env.adopt_user(SITE_OWNER_NAME):
        sharing = api.content.get_view("sharing", departments["a"])
        roles = {role["id"] for role in sharing.roles()}
    assert {"DepartmentEditor", "DepartmentReviewer"} <= roles


def test_department_roles_not_offered_elsewhere(portal, departments):
    with api.env.adopt_user(SITE_OWNER_NAME):
        sharing = api.content.get_view("sharing", portal)
        roles = {role["id"] for role in sharing.roles()}
    assert "DepartmentEditor" not in roles


def test_manager_gives_a_department_role_over_rest(site):
    api.user.create(
        email="wang@putian.example", username="wang", password="secret-pw-123"
    )
    transaction.commit()
    response = requests.post(
        f"{site.a.absolute_url()}/@sharing",
        json={
            "entries": [
                {"id": "wang", "type": "user", "roles": {"DepartmentEditor": True}}
            ]
        },
        headers={"Accept": "application/json"},
        auth=(SITE_OWNER_NAME, SITE_OWNER_PASSWORD),
        timeout=30,
    )
    assert response.status_code == 204, response.text
    transaction.begin()
    assert "DepartmentEditor" in api.user.get_roles(username="wang", obj=site.a)
    assert "DepartmentEditor" not in api.user.get_roles(username="wang", obj=site.b)


def test_anonymous_search_finds_published_items_only(people, item_a, departments):
    from tests.fixtures.catalogue import make_item

    with api.env.adopt_user(SITE_OWNER_NAME):
        for transition in ("submit", "approve", "publish"):
            api.content.transition(obj=item_a, transition=transition)
        make_item(
            departments["b"],
            id_="permit",
            title="建筑工程施工许可证核发",
            base_code="XK00020000",
        )
    logout()
    found = {b.getId for b in api.content.find(portal_type="ApprovalItem")}
    assert found == {"food"}
