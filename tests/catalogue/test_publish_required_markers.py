"""Each field publishing requires carries a "发布必填" badge beside its label
in the item, guide, flow and review-rules forms, with the rules' own words
for what an empty field gets; the list is the core's (issue 13)."""

from lxml import html
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from putian.policy.catalogue.refusal import field_anchor
from putian.policy.rules.catalogue.publish_requirements import required_for_publishing

import pytest
import requests
import transaction


PASSWORD = "secret-pw-123"
PARTS = {"item": "", "guide": "guide", "flow": "flow", "rules": "rules"}
# Fields of each form that the rules do not require for publishing.
NOT_REQUIRED = {
    "item": "statutory_limit_days",
    "guide": "title",
    "flow": "title",
    "rules": "title",
}


@pytest.fixture
def editor(site):
    api.user.create(
        email="editor_m@putian.example", username="editor_m", password=PASSWORD
    )
    api.user.grant_roles(username="editor_m", obj=site.a, roles=["DepartmentEditor"])
    transaction.commit()
    return ("editor_m", PASSWORD)


def form(url, auth):
    response = requests.get(url, auth=auth, timeout=60)
    assert response.status_code == 200, response.status_code
    return html.fromstring(response.text)


def wrapper(page, widget_id):
    (found,) = page.xpath(f"//*[@id='{widget_id}']")
    return found


def badge(field):
    return field.xpath(
        ".//span[contains(concat(' ', @class, ' '), ' putian-publish-required ')]"
    )


@pytest.mark.parametrize("part", list(PARTS))
def test_every_field_publishing_requires_is_marked(site, editor, part):
    obj = site.a.food
    if PARTS[part]:
        obj = obj[PARTS[part]]
    page = form(f"{obj.absolute_url()}/edit", editor)
    required = required_for_publishing(part)
    assert required
    for name, finding in required.items():
        widget_id, _fieldset = field_anchor(obj, name)
        field = wrapper(page, widget_id)
        (marker,) = badge(field)
        assert marker.text_content().strip() == "发布必填"
        assert "改革办不能发布" in marker.get("title")
        help_text = field.xpath(
            ".//*[contains(@class, 'putian-publish-required-help')]"
        )
        assert finding.message_zh in help_text[0].text_content()
    widget_id, _fieldset = field_anchor(obj, NOT_REQUIRED[part])
    assert badge(wrapper(page, widget_id)) == []


def test_the_marker_is_not_plones_required_dot(site, editor):
    page = form(f"{site.a.food.guide.absolute_url()}/edit", editor)
    field = wrapper(page, "formfield-form-widgets-result_sample")
    assert badge(field)
    assert field.xpath("./label/span[@class='required']") == []


def test_add_forms_mark_them_too(site, editor):
    with api.env.adopt_user(SITE_OWNER_NAME):
        api.content.delete(obj=site.a.food.guide)
    transaction.commit()
    page = form(f"{site.a.food.absolute_url()}/++add++ServiceGuide", editor)
    for name in ("result_sample", "review_criteria", "materials"):
        assert badge(wrapper(page, f"formfield-form-widgets-{name}"))
    page = form(f"{site.a.absolute_url()}/++add++ApprovalItem", editor)
    assert badge(wrapper(page, "formfield-form-widgets-IBasic-title"))
    assert badge(wrapper(page, "formfield-form-widgets-committed_limit_days"))


def test_english_visitors_read_it_in_english(site, editor):
    response = requests.get(
        f"{site.a.food.guide.absolute_url()}/edit",
        auth=editor,
        headers={"Accept-Language": "en"},
        timeout=60,
    )
    page = html.fromstring(response.text)
    field = wrapper(page, "formfield-form-widgets-review_criteria")
    (marker,) = badge(field)
    assert marker.text_content().strip() == "Required to publish"
