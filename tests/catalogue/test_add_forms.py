"""Adding items through the Classic UI add form, fieldsets and all."""

from tests.fixtures.testbrowser import owner_browser

import pytest
import transaction


@pytest.fixture
def browser(functional, site):
    transaction.commit()
    return owner_browser(functional)


def fill_item(browser, title, base_code, committed="10"):
    control = browser.getControl
    control(name="form.widgets.IBasic.title").value = title
    control(name="form.widgets.category:list").value = ["XK"]
    control(name="form.widgets.base_code").value = base_code
    # The first card of the empty list, from the server.
    row = "form.widgets.legal_basis.0.widgets"
    control(name=f"{row}.level:list").value = ["law"]
    control(name=f"{row}.name").value = "《中华人民共和国食品安全法》"
    control(name=f"{row}.article").value = "第三十五条"
    # These two sit on the "time limits" fieldset of the same form.
    control(name="form.widgets.statutory_limit_days").value = "20"
    control(name="form.widgets.committed_limit_days").value = committed
    control(name="form.buttons.save").click()


def items(container):
    transaction.begin()
    return sorted(
        o.base_code
        for o in container.contentValues()
        if o.portal_type == "ApprovalItem"
    )


def test_add_a_main_item(browser, site):
    browser.open(f"{site.a.absolute_url()}/++add++ApprovalItem")
    fill_item(browser, "食品生产许可", "XK00013000")
    assert items(site.a) == ["XK00012000", "XK00013000"]


def test_add_a_sub_item_inside_its_main_item(browser, site):
    browser.open(f"{site.a.food.absolute_url()}/++add++ApprovalItem")
    fill_item(browser, "食品经营许可（新办）", "XK00012001")
    assert items(site.a.food) == ["XK00012001"]


def test_duplicate_code_is_refused_in_the_add_form(browser, site):
    browser.open(f"{site.a.absolute_url()}/++add++ApprovalItem")
    fill_item(browser, "重复的事项", "XK00012000")
    assert "已有事项使用基本编码" in browser.contents
    assert items(site.a) == ["XK00012000"]


def test_limits_on_another_fieldset_are_checked(browser, site):
    browser.open(f"{site.a.absolute_url()}/++add++ApprovalItem")
    fill_item(browser, "食品生产许可", "XK00013000", committed="15")
    assert "50%" in browser.contents
    assert items(site.a) == ["XK00012000"]
