"""R22: the public statistics page in Chromium, anonymous, phone and desktop:
the month's table, the charts each beside its table, the CSV link."""

from tests.browser.conftest import DESKTOP
from tests.browser.conftest import PHONE
from tests.browser.conftest import shot

import pytest


WIDTHS = [(PHONE, "375"), (DESKTOP, "1280")]


@pytest.mark.parametrize(("viewport", "name"), WIDTHS)
def test_a_citizen_reads_the_month(open_page, filed_case, viewport, name):
    site, _ = filed_case
    page = open_page(viewport)
    page.goto(f"{site.absolute_url()}/@@statistics")
    assert page.evaluate("document.scrollingElement.scrollWidth") <= viewport["width"]
    row = page.locator("#statistics-a td")
    assert row.nth(0).inner_text().strip() == "1"  # received
    assert page.locator("#statistics-total td").nth(0).inner_text().strip() == "1"
    charts = page.locator(".putian-statistics-chart")
    assert charts.count() == 3
    for index in range(3):
        chart = charts.nth(index)
        assert chart.locator("svg").count() == 1
        assert chart.locator("table tbody tr").count() >= 2  # a row per department
        picture = chart.locator("svg").bounding_box()
        assert picture["x"] + picture["width"] <= viewport["width"]
    table, svg = (
        charts.first.locator("table").bounding_box(),
        charts.first.locator("svg").bounding_box(),
    )
    if viewport == PHONE:
        assert table["y"] > svg["y"]  # the table under its chart
    else:
        assert table["x"] > svg["x"]  # beside it
    assert "format=csv" in page.locator("#statistics-csv").get_attribute("href")
    assert page.locator("#statistics-month-select option").count() >= 1
    shot(page, f"statistics-page-{name}")


def test_a_bad_month_is_explained(open_page, filed_case):
    site, _ = filed_case
    page = open_page(PHONE)
    page.goto(f"{site.absolute_url()}/@@statistics?month=2025-13")
    assert "月份" in page.locator("#statistics-error").inner_text()
