"""A department editor writes a service guide's materials on a phone and on
a desktop: one card per material, every field labelled, nothing wider than
the screen; a card left empty does not block saving, and a wrong field is
named, in Chinese, next to itself (issue 13)."""

from plone import api
from plone.app.testing import SITE_OWNER_NAME
from tests.browser.conftest import DESKTOP
from tests.browser.conftest import fits
from tests.browser.conftest import log_in
from tests.browser.conftest import PHONE
from tests.browser.conftest import SCREENSHOTS
from tests.browser.conftest import shot
from tests.fixtures.catalogue import create_people
from tests.fixtures.catalogue import make_bare_item

import pytest
import transaction


PREFIX = "form.widgets.materials"


@pytest.fixture
def editor_site(site):
    """Item 食品生产许可 of department A without a guide, and its editor."""
    create_people(site, {"editor_g": ("a", "DepartmentEditor")})
    with api.env.adopt_user(SITE_OWNER_NAME):
        make_bare_item(site.a, "production", "食品生产许可")
    transaction.commit()
    return site


def cards(page):
    return page.locator(
        ".putian-material-cards tr.datagridwidget-row:not(.datagridwidget-empty-row)"
    )


def fill_card(card, name, copies="1"):
    card.locator("input[name$='.widgets.name']").fill(name)
    card.locator("input[name$='.widgets.copies']").fill(copies)


@pytest.mark.parametrize(("viewport", "size"), [(PHONE, "375"), (DESKTOP, "1280")])
def test_an_editor_adds_a_guide_with_two_materials(
    open_page, editor_site, viewport, size
):
    item = editor_site.a.production
    page = open_page(viewport)
    log_in(page, editor_site, "editor_g")
    page.goto(f"{item.absolute_url()}/++add++ServiceGuide")
    page.fill("#form-widgets-IBasic-title", "食品生产许可办事指南")
    page.fill("#form-widgets-result_name", "食品生产许可证")
    # An empty list shows one card to start with.
    cards(page).first.wait_for(state="visible")
    assert cards(page).count() == 1
    first = cards(page).nth(0)
    assert "第1项材料" in first.inner_text()
    fill_card(first, "食品生产许可申请书", "2")
    first.locator(".dgf--row-add").click()
    assert cards(page).count() == 2
    second = cards(page).nth(1)
    assert "第2项材料" in second.inner_text()
    fill_card(second, "营业执照")
    second.locator("select[name$='.widgets.form:list']").select_option("electronic")
    # A third card, added and left empty, is dropped, not refused.
    second.locator(".dgf--row-add").click()
    assert cards(page).count() == 3
    # Every field of a card is labelled and as wide as the card on a phone.
    labels = second.locator("label.form-label")
    assert labels.count() >= 10
    fits(page, viewport, slack=0)
    shot(page, f"guide-form-two-materials-{size}")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    second.screenshot(path=str(SCREENSHOTS / f"guide-form-card-{size}.png"))
    save = page.locator("#form-buttons-save")
    save.scroll_into_view_if_needed()
    assert save.is_visible()
    box = save.bounding_box()
    assert box["x"] >= 0
    assert box["x"] + box["width"] <= viewport["width"]
    save.click()
    page.wait_for_load_state()
    assert "缺少必需的输入" not in page.content()
    transaction.begin()
    guide = item.get("guide") or next(
        child for child in item.objectValues() if child.portal_type == "ServiceGuide"
    )
    assert [m["name"] for m in guide.materials] == ["食品生产许可申请书", "营业执照"]
    assert guide.materials[0]["copies"] == 2
    assert guide.materials[1]["form"] == "electronic"
    assert set(guide.materials[0]) == {
        "name", "name_en", "requirement", "condition", "condition_en",
        "copies", "form", "basis_level", "basis_name", "basis_article",
        "shareable", "obtained_by_sharing", "blank_form", "sample",
    }  # fmt: skip
    # Editing shows the same cards again.
    page.goto(f"{guide.absolute_url()}/edit")
    cards(page).first.wait_for(state="visible")
    assert cards(page).count() == 2
    fits(page, viewport, slack=0)
    shot(page, f"guide-form-edit-{size}")


@pytest.mark.parametrize(("viewport", "size"), [(PHONE, "375"), (DESKTOP, "1280")])
def test_a_wrong_material_field_is_named_next_to_itself(
    open_page, editor_site, viewport, size
):
    guide = editor_site.a.food.guide
    page = open_page(viewport)
    log_in(page, editor_site, "editor_g")
    page.goto(f"{guide.absolute_url()}/edit")
    cards(page).first.wait_for(state="visible")
    licence = cards(page).nth(1)
    licence.locator("input[name$='.widgets.copies']").fill("两份")
    application = cards(page).nth(0)
    application.locator("input[name$='.widgets.copies']").fill("-1")
    page.locator("#form-buttons-save").click()
    page.wait_for_load_state()
    html = page.content()
    assert "系统无法处理给定值" not in html
    assert "缺少必需的输入" not in html
    copies = page.locator("#formfield-form-widgets-materials-1-widgets-copies")
    assert copies.locator(".invalid-feedback").inner_text().strip() == (
        "第2项材料「营业执照」：份数必须是整数"
    )
    negative = page.locator("#formfield-form-widgets-materials-0-widgets-copies")
    assert negative.locator(".invalid-feedback").inner_text().strip() == (
        "第1项材料「食品经营许可申请书」：份数不能为负数"
    )
    # The list says how many cards need a change, not a generic failure.
    summary = page.locator("#formfield-form-widgets-materials > .invalid-feedback")
    assert summary.inner_text().strip() == "有2项材料需要修改，请看下面标出的字段。"
    # The values typed stay, so the editor corrects only the wrong field.
    assert copies.locator("input").input_value() == "两份"
    fits(page, viewport, slack=0)
    shot(page, f"guide-form-material-error-{size}")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    cards(page).nth(1).screenshot(
        path=str(SCREENSHOTS / f"guide-form-card-error-{size}.png")
    )
    # Nothing was stored.
    transaction.begin()
    assert guide.materials[1]["copies"] == 0
    assert guide.materials[0]["copies"] == 1
