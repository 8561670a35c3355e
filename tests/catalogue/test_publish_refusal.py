"""The reform office's publish refused by the rules says why (issue 13): a 400
with each blocking finding, the edit form field that fixes it, and the
exemption that may be recorded; a publishable item still publishes."""

from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from putian.policy.catalogue.refusal import field_anchor
from tests.fixtures.catalogue import create_people
from tests.fixtures.rest import workflow_step

import pytest
import re
import requests
import transaction


JSON = {"Accept": "application/json", "Content-Type": "application/json"}
OFFICE = ("office_p", "secret-pw-123")
MANAGER = (SITE_OWNER_NAME, SITE_OWNER_PASSWORD)


@pytest.fixture
def pending(site):
    create_people(site, {OFFICE[0]: (None, "ReformOffice")}, OFFICE[1])
    item = site.a.food
    with api.env.adopt_user(SITE_OWNER_NAME):
        api.content.transition(obj=item, transition="submit")
        api.content.transition(obj=item, transition="approve")
    transaction.commit()
    return item


@pytest.fixture
def incomplete(pending):
    item = pending
    with api.env.adopt_user(SITE_OWNER_NAME):
        api.content.delete(obj=item["rules"])
    item.guide.supervision_phone = None
    item.committed_limit_days = 15
    transaction.commit()
    return item


def publish(obj, auth=OFFICE):
    return workflow_step(obj.absolute_url(), "publish", auth, comment="发布")


def by_code(error):
    return {finding["code"]: finding for finding in error["findings"]}


def form_html(url, auth=MANAGER):
    response = requests.get(url.split("#")[0], auth=auth, timeout=60)
    assert response.status_code == 200, url
    return response.text


def test_refused_publish_lists_the_findings_with_their_fields(incomplete):
    item = incomplete
    response = publish(item)
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert error["type"] == "BadRequest"
    assert error["code"] == "not_publishable"
    assert error["message"].startswith("暂不能发布")
    assert error["message_en"].startswith("Cannot be published yet")
    found = by_code(error)

    phone = found["guide_element_missing"]
    assert phone["rule"] == "R4"
    assert phone["field"] == "supervision_phone"
    assert phone["message"]
    assert phone["message_en"]
    assert phone["edit_url"] == (
        f"{item.guide.absolute_url()}/edit"
        "#formfield-form-widgets-IContactPhones-supervision_phone"
    )

    rules = found["no_review_rules"]
    assert rules["field"] is None
    assert rules["edit_url"] == f"{item.absolute_url()}/++add++ReviewRules"

    half = found["committed_over_half_statutory"]
    assert half["field"] == "committed_limit_days"
    assert half["edit_url"] == (
        f"{item.absolute_url()}/edit#formfield-form-widgets-committed_limit_days"
    )
    # The 50% rule allows a recorded reason for a complex item.
    assert half["exemption"]["kind"] == "rule"
    assert half["exemption"]["field"] == "limit_exemption_reason"
    assert half["exemption"]["edit_url"] == (
        f"{item.absolute_url()}/edit#formfield-form-widgets-limit_exemption_reason"
    )
    # Every error may be exempted by the reform office, on the item.
    assert phone["exemption"]["kind"] == "office"
    assert error["exemption"]["field"] == "compliance_exemption"
    assert error["exemption"]["edit_url"] == (
        f"{item.absolute_url()}/edit#formfield-form-widgets-compliance_exemption"
    )
    assert api.content.get_state(item) == "pending_office"


def test_the_links_name_fields_plone_renders(incomplete):
    error = publish(incomplete).json()["error"]
    links = [f["edit_url"] for f in error["findings"] if "#" in f["edit_url"]]
    links += [error["exemption"]["edit_url"]]
    links += [f["exemption"]["edit_url"] for f in error["findings"] if f["exemption"]]
    assert links
    for url in set(links):
        anchor = url.split("#")[1]
        assert f'id="{anchor}"' in form_html(url), url
    add_form = by_code(error)["no_review_rules"]["edit_url"]
    assert 'id="form-widgets-IBasic-title"' in form_html(add_form)


def test_fieldset_named_for_a_field_on_a_tab(incomplete):
    error = publish(incomplete).json()["error"]
    half = by_code(error)["committed_over_half_statutory"]
    assert half["fieldset"]
    assert f'id="fieldset-{half["fieldset"]}"' in form_html(half["edit_url"])
    assert error["exemption"]["fieldset"] == "exemption"


def test_a_publishable_item_still_publishes(pending):
    response = publish(pending)
    assert response.status_code == 200, response.text
    assert response.json()["review_state"] == "published"


def test_exemption_recorded_lets_it_publish(incomplete):
    incomplete.compliance_exemption = "经改革办同意先行公开"
    transaction.commit()
    response = publish(incomplete)
    assert response.status_code == 200, response.text


def test_others_still_get_the_plain_refusal(site, incomplete):
    create_people(site, {"reviewer_p": ("a", "DepartmentReviewer")}, OFFICE[1])
    transaction.commit()
    error = publish(incomplete, ("reviewer_p", OFFICE[1])).json()["error"]
    assert error["code"] == "transition_not_offered"
    assert "edit_url" not in error["findings"][0]


@pytest.mark.parametrize("part", ["", "guide", "flow", "rules"])
def test_every_field_plone_renders_is_found_by_its_name(site, part):
    """The anchors cover the four edit forms: main schema and behaviour
    fields alike, on every fieldset."""
    obj = site.a.food[part] if part else site.a.food
    html = form_html(f"{obj.absolute_url()}/edit")
    rendered = set(re.findall(r'id="(formfield-form-widgets-[^"]+)"', html))
    rendered = {anchor for anchor in rendered if "-widgets-" not in anchor[22:]}
    assert len(rendered) > 3
    for anchor in rendered:
        name = anchor.rsplit("-", 1)[-1]
        found = field_anchor(obj, name)
        assert found is not None, anchor
        assert found[0] == anchor
        if found[1]:
            assert f'id="fieldset-{found[1]}"' in html
