"""A citizen and an editor in a real browser, at phone and desktop width."""

from plone import api
from tests.browser.conftest import DESKTOP
from tests.browser.conftest import fits
from tests.browser.conftest import log_in
from tests.browser.conftest import PHONE
from tests.browser.conftest import shot
from tests.fixtures.applications import PDF

import pytest
import re
import transaction


@pytest.mark.parametrize(("viewport", "name"), [(PHONE, "375"), (DESKTOP, "1280")])
def test_a_citizen_finds_an_item_reads_its_guide_and_starts_applying(
    open_page, case_site, viewport, name
):
    page = open_page(viewport)
    # By part of its Chinese name.
    page.goto(f"{case_site.absolute_url()}/@@catalogue?q=经营")
    shot(page, f"catalogue-{name}")
    page.get_by_role("link", name="食品经营许可", exact=True).first.click()
    page.wait_for_load_state()
    assert page.locator("h1").first.inner_text() == "食品经营许可"
    assert page.locator("#guide").is_visible()
    assert page.locator("#flowchart svg").count() == 1
    # Nothing wider than the screen.
    fits(page, viewport)
    shot(page, f"item-{name}")
    page.click("#apply-online")
    page.wait_for_load_state()
    assert page.locator("input[name='form.widgets.material_1']").count() == 1
    assert page.locator("label", has_text="食品经营许可申请书").count() == 1
    shot(page, f"application-form-{name}")
    # Fills it in as a person would, with a PDF from the disk, and submits.
    page.fill("input[name='form.widgets.applicant_name']", "林小梅")
    page.fill("input[name='form.widgets.id_number']", "350302199001011239")
    page.fill("input[name='form.widgets.phone']", "13905940000")
    page.set_input_files(
        "input[name='form.widgets.material_1']",
        files=[
            {
                "name": "申请书.pdf",
                "mimeType": "application/pdf",
                "buffer": PDF,
            }
        ],
    )
    page.click("[name='form.buttons.submit']")
    page.wait_for_load_state()
    receipt = page.locator("#submitted-receipt").inner_text().strip()
    code = page.locator("#submitted-code").inner_text().strip()
    assert re.fullmatch(r"[0-9A-Z]+-\d{8}-\d{4}", receipt), receipt
    shot(page, f"application-submitted-{name}")
    # And follows it on the tracking page with the receipt and the code.
    page.goto(f"{case_site.absolute_url()}/@@track")
    page.fill("input[name='receipt']", receipt)
    page.fill("input[name='code']", code)
    page.click("#track-form button[type='submit']")
    page.wait_for_load_state()
    assert "已提交" in page.locator("main, #content").first.inner_text()
    # Posted: the code is in no address (history, logs, Referer).
    assert code not in page.url
    shot(page, f"application-tracked-{name}")


def test_an_editor_creates_and_submits_an_item(open_page, case_site):
    api.user.create(
        email="editor@putian.example", username="editor_a", password="secret-pw-123"
    )
    api.user.grant_roles(
        username="editor_a", obj=case_site.a, roles=["DepartmentEditor"]
    )
    transaction.commit()
    page = open_page(DESKTOP)
    log_in(page, case_site, "editor_a")
    page.goto(f"{case_site.a.absolute_url()}/++add++ApprovalItem")
    page.fill("#form-widgets-IBasic-title", "食品生产许可")
    page.select_option("#form-widgets-category", "XK")
    page.fill("#form-widgets-base_code", "XK00013000")
    # The first card of the empty list, from the server.
    row = "form.widgets.legal_basis.0.widgets"
    page.select_option(f"select[name='{row}.level:list']", "law")
    page.fill(f"input[name='{row}.name']", "《中华人民共和国食品安全法》")
    page.fill(f"input[name='{row}.article']", "第三十五条")
    # The limits are on the form's second tab.
    page.get_by_text("办结时限", exact=True).first.click()
    page.fill("input[name='form.widgets.statutory_limit_days']", "20")
    page.fill("input[name='form.widgets.committed_limit_days']", "10")
    page.click("#form-buttons-save")
    page.wait_for_load_state()
    assert page.locator("h1").first.inner_text() == "食品生产许可"
    # The toolbar's state menu, as an editor clicks it.
    page.click("#plone-contentmenu-workflow > a")
    page.click("#workflow-transition-submit")
    page.wait_for_load_state()
    shot(page, "editor-submitted-1280")
    transaction.begin()
    items = [
        item
        for item in case_site.a.objectValues()
        if item.portal_type == "ApprovalItem" and item.base_code == "XK00013000"
    ]
    assert len(items) == 1
    assert api.content.get_state(items[0]) == "pending_department"
