"""The reform office sees, on the item page, why an item cannot be published
and follows a finding's link to the field that fixes it, on a phone and on a
desktop (issue 13)."""

from plone import api
from plone.app.testing import SITE_OWNER_NAME
from tests.browser.conftest import DESKTOP
from tests.browser.conftest import fits
from tests.browser.conftest import log_in
from tests.browser.conftest import PHONE
from tests.browser.conftest import shot
from tests.fixtures.catalogue import create_people

import pytest
import transaction


@pytest.fixture
def with_office(site):
    """Item food waits for the reform office (office_r)."""
    create_people(site, {"office_r": (None, "ReformOffice")})
    with api.env.adopt_user(SITE_OWNER_NAME):
        api.content.transition(obj=site.a.food, transition="submit")
        api.content.transition(obj=site.a.food, transition="approve")
    transaction.commit()
    return site


@pytest.fixture
def waiting(with_office):
    """... and breaks two rules."""
    item = with_office.a.food
    item.guide.supervision_phone = None
    item.committed_limit_days = 15
    transaction.commit()
    return with_office


@pytest.mark.parametrize(("viewport", "name"), [(PHONE, "375"), (DESKTOP, "1280")])
def test_office_follows_a_finding_to_its_field(open_page, waiting, viewport, name):
    item = waiting.a.food
    page = open_page(viewport)
    log_in(page, waiting, "office_r")
    page.goto(item.absolute_url())
    panel = page.locator("#publish-blockers")
    assert panel.is_visible()
    assert "暂不能发布：" in panel.inner_text()
    assert panel.locator("#record-exemption").is_visible()
    fits(page, viewport)
    shot(page, f"publish-blockers-{name}")

    # The committed time limit sits on another tab of the item's edit form.
    finding = panel.locator("li[data-code='committed_over_half_statutory']")
    finding.locator("a.putian-blocker-fix").click()
    page.wait_for_load_state()
    field = page.locator("#formfield-form-widgets-committed_limit_days")
    field.wait_for(state="visible", timeout=10000)
    assert field.is_visible()
    focused = page.evaluate("document.activeElement && document.activeElement.id")
    assert focused == "form-widgets-committed_limit_days"
    fits(page, viewport)
    shot(page, f"publish-blockers-field-{name}")


@pytest.fixture
def guide_behind(with_office):
    """... and its guide was replaced by a new draft meanwhile."""
    item = with_office.a.food
    with api.env.adopt_user(SITE_OWNER_NAME):
        copy = api.content.copy(source=item.guide, target=item, id="new_guide")
        api.content.delete(obj=item.guide)
        api.content.rename(obj=copy, new_id="guide")
    transaction.commit()
    return with_office


@pytest.mark.parametrize(("viewport", "name"), [(PHONE, "375"), (DESKTOP, "1280")])
def test_office_sees_the_guide_that_holds_the_item_back(
    open_page, guide_behind, viewport, name
):
    item = guide_behind.a.food
    page = open_page(viewport)
    log_in(page, guide_behind, "office_r")
    page.goto(item.absolute_url())
    panel = page.locator("#publish-blockers")
    assert panel.is_visible()
    finding = panel.locator("li[data-code='part_behind']")
    assert "办事指南尚处于“草稿”状态" in finding.inner_text()
    # No exemption lifts it: the guide is taken through review instead.
    assert panel.locator("#record-exemption").count() == 0
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= viewport["width"] + 1
    shot(page, f"publish-blockers-part-{name}")
    finding.locator("a.putian-blocker-fix").click()
    page.wait_for_load_state()
    assert page.url.rstrip("/").endswith("/food/guide")
