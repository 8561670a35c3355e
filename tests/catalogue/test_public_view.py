"""Anonymous visitors see published content only, never drafts behind it."""

from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from tests.catalogue.test_working_copy import publish_all

import requests
import transaction


def get(url, auth=None):
    return requests.get(
        url,
        auth=auth,
        headers={"Accept": "application/json"},
        allow_redirects=False,
        timeout=30,
    )


def test_compliance_findings_are_for_staff(site):
    publish_all(site.a.food)
    transaction.commit()
    url = f"{site.a.food.absolute_url()}/@compliance"
    assert get(url).status_code == 401
    assert get(url, auth=(SITE_OWNER_NAME, SITE_OWNER_PASSWORD)).status_code == 200
    item = get(site.a.food.absolute_url()).json()
    assert "compliance_exemption" not in item


def test_a_published_guide_of_a_draft_item_is_not_shown(site):
    with api.env.adopt_user(SITE_OWNER_NAME):
        for transition in ("submit", "approve", "publish"):
            api.content.transition(obj=site.a.food.guide, transition=transition)
    transaction.commit()
    response = requests.get(
        site.a.food.guide.absolute_url(), allow_redirects=False, timeout=30
    )
    assert response.status_code in (302, 401)
    assert "食品经营许可证" not in response.text


def test_a_draft_flow_is_not_drawn_on_a_published_page(site):
    with api.env.adopt_user(SITE_OWNER_NAME):
        for obj in (site.a.food, site.a.food.guide, site.a.food.rules):
            for transition in ("submit", "approve", "publish"):
                api.content.transition(obj=obj, transition=transition)
    transaction.commit()
    html = requests.get(site.a.food.absolute_url(), timeout=30).text
    assert 'id="guide"' in html
    assert 'id="flowchart"' not in html
    svg = requests.get(f"{site.a.food.absolute_url()}/@@flowchart.svg", timeout=30)
    assert svg.status_code == 404


def test_renaming_a_department_updates_its_items_listings(departments, item_a):
    from zope.event import notify
    from zope.lifecycleevent import ObjectModifiedEvent

    department = departments["a"]
    with api.env.adopt_user(SITE_OWNER_NAME):
        department.title = "莆田市市场监管局"
        department.level = "county"
        notify(ObjectModifiedEvent(department))
        [brain] = api.content.find(portal_type="ApprovalItem", base_code="XK00012000")
    assert brain.department_title == "莆田市市场监管局"
    assert brain.level == "county"


def test_send_back_opens_the_comment_form(portal):
    workflow = portal.portal_workflow["putian_catalogue_workflow"]
    action = workflow.transitions["reject"].actbox_url
    assert "content_status_history" in action
