"""Every list of rows in the editors' forms is edited one card per row, on a
phone as on a desktop: an item's legal basis, a flow's steps, cooperating
departments and special steps, a centre's windows (the plain grid squeezed
a row's inputs to 30 px and made a 375 px page 790 px wide). A wrong field
is named, in Chinese, next to itself, and nothing is stored (issue 13)."""

from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from tests.browser.conftest import DESKTOP
from tests.browser.conftest import fits
from tests.browser.conftest import log_in
from tests.browser.conftest import PHONE
from tests.browser.conftest import shot
from tests.fixtures.catalogue import create_people
from tests.fixtures.catalogue import make_service_center

import pytest
import transaction


VIEWPORTS = [(PHONE, "375"), (DESKTOP, "1280")]


@pytest.fixture
def card_site(site):
    """Department A's editor, its draft item 食品经营许可 and a service centre."""
    create_people(site, {"editor_c": ("a", "DepartmentEditor")})
    with api.env.adopt_user(SITE_OWNER_NAME):
        make_service_center(
            site,
            windows=[
                {
                    "number": "A01",
                    "name": "综合受理窗口",
                    "departments": "市场监管",
                    "handled_departments": [],
                    "handled_categories": [],
                }
            ],
        )
    transaction.commit()
    return site


def cards(page, kind):
    return page.locator(
        f".putian-{kind}-cards tr.datagridwidget-row:not(.datagridwidget-empty-row)"
    )


def open_form(page, site, path, user):
    if user == SITE_OWNER_NAME:
        log_in(page, site, SITE_OWNER_NAME, SITE_OWNER_PASSWORD)
    else:
        log_in(page, site, user)
    page.goto(f"{site.absolute_url()}/{path}/edit")


FIELD_IDS = {
    "provision": "form-widgets-legal_basis",
    "step": "form-widgets-steps",
    "window": "form-widgets-windows",
}


def field_of_first_card(page, kind, field):
    return page.locator(f"#formfield-{FIELD_IDS[kind]}-0-widgets-{field}")


LIST_FIELDS = {"provision": "legal_basis", "step": "steps", "window": "windows"}


def stored_rows(site, path, kind):
    transaction.begin()
    return getattr(site.unrestrictedTraverse(path), LIST_FIELDS[kind])


# (form, card kind, heading of the first card, who edits)
FORMS = [
    ("a/food", "provision", "第1条依据", "editor_c"),
    ("a/food/flow", "step", "第1个环节", "editor_c"),
    ("center", "window", "第1个窗口", SITE_OWNER_NAME),
]


@pytest.mark.parametrize(("viewport", "size"), VIEWPORTS)
@pytest.mark.parametrize(("path", "kind", "heading", "user"), FORMS)
def test_each_list_is_cards_as_wide_as_the_screen(
    open_page, card_site, viewport, size, path, kind, heading, user
):
    page = open_page(viewport)
    open_form(page, card_site, path, user)
    first = cards(page, kind).nth(0)
    first.wait_for(state="visible")
    assert heading in first.inner_text()
    # Every field of the card is labelled, as wide as the card on a phone.
    labels = first.locator("label.form-label")
    assert labels.count() >= 3
    fits(page, viewport, slack=0)
    for index in range(labels.count()):
        box = labels.nth(index).bounding_box()
        if box:
            assert box["x"] + box["width"] <= viewport["width"]
    shot(page, f"cards-{kind}-{size}")


# (form, card kind, the field made wrong in the first card, what is typed,
# the error the server shows next to it)
WRONG_FIELDS = [
    (
        "a/food/flow",
        "step",
        "working_days",
        "三天",
        "第1个环节「受理」：工作日必须是整数",
    ),
    (
        "a/food/flow",
        "step",
        "working_days",
        "-1",
        "第1个环节「受理」：工作日不能为负数",
    ),
]


@pytest.mark.parametrize(("viewport", "size"), VIEWPORTS)
@pytest.mark.parametrize(("path", "kind", "field", "typed", "error"), WRONG_FIELDS)
def test_a_wrong_field_of_a_card_is_named_next_to_itself(
    open_page, card_site, viewport, size, path, kind, field, typed, error
):
    page = open_page(viewport)
    open_form(page, card_site, path, "editor_c")
    cards(page, kind).first.wait_for(state="visible")
    field_of_first_card(page, kind, field).locator("input").fill(typed)
    page.locator("#form-buttons-save").click()
    page.wait_for_load_state()
    assert "系统无法处理给定值" not in page.content()
    feedback = field_of_first_card(page, kind, field).locator(".invalid-feedback")
    assert feedback.inner_text().strip() == error
    fits(page, viewport, slack=0)
    shot(page, f"cards-{kind}-error-{size}")
    assert stored_rows(card_site, path, kind)[0][field] == 1


@pytest.mark.parametrize(("viewport", "size"), VIEWPORTS)
def test_an_editor_adds_a_provision_on_a_card(open_page, card_site, viewport, size):
    page = open_page(viewport)
    open_form(page, card_site, "a/food", "editor_c")
    cards(page, "provision").first.wait_for(state="visible")
    assert cards(page, "provision").count() == 1
    cards(page, "provision").nth(0).locator(".dgf--row-add").click()
    assert cards(page, "provision").count() == 2
    second = cards(page, "provision").nth(1)
    assert "第2条依据" in second.inner_text()
    second.locator("select[name$='.widgets.level:list']").select_option("ministry_rule")
    second.locator("input[name$='.widgets.name']").fill("《食品经营许可管理办法》")
    second.locator("input[name$='.widgets.article']").fill("第十条")
    # A third card, added and left empty, is dropped on saving.
    second.locator(".dgf--row-add").click()
    assert cards(page, "provision").count() == 3
    fits(page, viewport, slack=0)
    shot(page, f"cards-provision-two-{size}")
    save = page.locator("#form-buttons-save")
    save.scroll_into_view_if_needed()
    box = save.bounding_box()
    assert box["x"] >= 0
    assert box["x"] + box["width"] <= viewport["width"]
    save.click()
    page.wait_for_load_state()
    transaction.begin()
    basis = card_site.a.food.legal_basis
    assert [row["name"] for row in basis] == [
        "《中华人民共和国食品安全法》",
        "《食品经营许可管理办法》",
    ]
    assert basis[1]["article"] == "第十条"


@pytest.mark.parametrize(("viewport", "size"), VIEWPORTS)
def test_the_flow_form_shows_each_list_as_cards(open_page, card_site, viewport, size):
    page = open_page(viewport)
    open_form(page, card_site, "a/food/flow", "editor_c")
    cards(page, "step").first.wait_for(state="visible")
    steps = card_site.a.food.flow.steps
    assert cards(page, "step").count() == len(steps)
    assert f"第{len(steps)}个环节" in cards(page, "step").last.inner_text()
    for kind in ("cooperation", "special-step"):
        assert page.locator(f"table.putian-{kind}-cards").count() == 1
    fits(page, viewport, slack=0)
    shot(page, f"cards-flow-{size}")
