"""The item page tells the reform office why it cannot publish, and the
department editor what to complete before submitting (issue 13), each finding
linked to the form field that fixes it; the public sees none of it."""

from plone import api
from plone.app.testing import SITE_OWNER_NAME

import pytest
import re
import requests
import transaction


PASSWORD = "secret-pw-123"
OFFICE = ("office_q", PASSWORD)
EDITOR = ("editor_q", PASSWORD)


@pytest.fixture
def people(site):
    api.user.create(
        email="office_q@putian.example", username=OFFICE[0], password=PASSWORD
    )
    api.user.grant_roles(username=OFFICE[0], roles=["ReformOffice"])
    api.user.create(
        email="editor_q@putian.example", username=EDITOR[0], password=PASSWORD
    )
    api.user.grant_roles(username=EDITOR[0], obj=site.a, roles=["DepartmentEditor"])
    transaction.commit()
    return site.a.food


def break_item(item):
    item.guide.supervision_phone = None
    item.committed_limit_days = 15
    transaction.commit()


def move(item, *transitions):
    with api.env.adopt_user(SITE_OWNER_NAME):
        for transition in transitions:
            api.content.transition(obj=item, transition=transition)
    transaction.commit()


def page(url, auth=None, language="zh-CN"):
    response = requests.get(
        url,
        auth=auth,
        headers={"Accept-Language": language},
        cookies={"I18N_LANGUAGE": "en"} if language == "en" else {},
        timeout=60,
    )
    assert response.status_code == 200, url
    return response.text


def panel(html):
    found = re.search(r'<section id="publish-blockers".*?</section>', html, re.S)
    return found.group(0) if found else None


def test_office_sees_why_it_cannot_publish(people):
    item = people
    break_item(item)
    move(item, "submit", "approve")
    html = panel(page(item.absolute_url(), OFFICE))
    assert html is not None
    assert "暂不能发布：" in html
    assert "监督" in html
    assert (
        f'href="{item.guide.absolute_url()}/edit'
        '#formfield-form-widgets-IContactPhones-supervision_phone"'
    ) in html
    assert (
        f'href="{item.absolute_url()}/edit#formfield-form-widgets-committed_limit_days"'
    ) in html
    # The 50% rule's own reason, and the office's exemption on the item.
    assert (
        f'href="{item.absolute_url()}/edit'
        '#formfield-form-widgets-limit_exemption_reason"'
    ) in html
    assert 'id="record-exemption"' in html
    assert (
        f'href="{item.absolute_url()}/edit#formfield-form-widgets-compliance_exemption"'
    ) in html
    english = panel(page(item.absolute_url(), OFFICE, language="en"))
    assert "Cannot be published yet:" in english
    assert "Record an exemption" in english


def test_editor_sees_what_to_complete_before_submitting(people):
    item = people
    break_item(item)
    html = panel(page(item.absolute_url(), EDITOR))
    assert html is not None
    assert "提交前请补全：" in html
    assert "暂不能发布" not in html
    assert (
        f'href="{item.guide.absolute_url()}/edit'
        '#formfield-form-widgets-IContactPhones-supervision_phone"'
    ) in html
    # Only the reform office records the exemption from every finding.
    assert 'id="record-exemption"' not in html


def test_complete_item_has_no_panel_and_the_public_sees_none(people):
    item = people
    move(item, "submit", "approve")
    assert panel(page(item.absolute_url(), OFFICE)) is None
    break_item(item)
    assert panel(page(item.absolute_url(), OFFICE)) is not None
    with api.env.adopt_user(SITE_OWNER_NAME):
        for obj in (item, item.guide, item.flow, item.rules):
            obj.compliance_exemption = None
        item.compliance_exemption = "经改革办同意先行公开"
        api.content.transition(obj=item, transition="publish")
    transaction.commit()
    assert panel(page(item.absolute_url())) is None
    assert panel(page(item.absolute_url(), EDITOR)) is None


def test_office_sees_the_part_that_holds_the_item_back(people):
    """A guide added anew while the item waits for the reform office: the
    panel names it, links its page to take it through review, and offers no
    exemption (an exemption does not make a draft guide reviewed)."""
    item = people
    move(item, "submit", "approve")
    with api.env.adopt_user(SITE_OWNER_NAME):
        copy = api.content.copy(source=item.guide, target=item, id="new_guide")
        api.content.delete(obj=item.guide)
        api.content.rename(obj=copy, new_id="guide")
    transaction.commit()
    html = panel(page(item.absolute_url(), OFFICE))
    assert html is not None
    assert 'data-code="part_behind"' in html
    assert "办事指南尚处于“草稿”状态" in html
    assert f'href="{item.guide.absolute_url()}"' in html
    assert "去提交审核" in html
    assert 'id="record-exemption"' not in html
    english = panel(page(item.absolute_url(), OFFICE, language="en"))
    assert "Take it through review" in english
