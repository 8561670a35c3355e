"""Anonymous visitors see published content only, never drafts behind it."""

from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from tests.catalogue.test_working_copy import publish_all
from tests.fixtures.catalogue import as_before_1028

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
    # Only stepping by hand before upgrade 1028 could leave it so.
    with api.env.adopt_user(SITE_OWNER_NAME):
        as_before_1028(site.a.food.guide, "published")
    transaction.commit()
    response = requests.get(
        site.a.food.guide.absolute_url(), allow_redirects=False, timeout=30
    )
    assert response.status_code in (302, 401)
    assert "食品经营许可证" not in response.text


def test_a_draft_flow_is_not_drawn_on_a_published_page(site):
    """A new flow of a published item is a draft until it is reviewed."""
    item = site.a.food
    publish_all(item)
    with api.env.adopt_user(SITE_OWNER_NAME):
        new_flow = api.content.copy(source=item.flow, target=item, id="new_flow")
        api.content.delete(obj=item.flow)
        api.content.rename(obj=new_flow, new_id="flow")
        assert api.content.get_state(item.flow) == "draft"
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
