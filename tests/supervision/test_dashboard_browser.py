"""The supervision dashboard in Chromium on a phone and on a desktop: the
lights table and every line readable, nothing wider than the screen, and
the filter form narrowing the lines."""

from tests.browser.conftest import DESKTOP
from tests.browser.conftest import log_in
from tests.browser.conftest import PHONE
from tests.browser.conftest import shot
from tests.supervision.cases import EXPECTED_LINES

import pytest


WIDTHS = [(PHONE, "375"), (DESKTOP, "1280")]


def page_width(page) -> int:
    return page.evaluate("document.scrollingElement.scrollWidth")


@pytest.mark.parametrize(("viewport", "name"), WIDTHS)
def test_a_supervisor_reads_the_dashboard(open_page, supervised, viewport, name):
    site, cases = supervised
    page = open_page(viewport)
    log_in(page, site, "supervisor")
    page.goto(f"{site.absolute_url()}/@@supervision")
    assert page.locator("h1.documentFirstHeading").inner_text() == "电子监察"
    assert page.locator(".supervision-line").count() == len(EXPECTED_LINES)
    rows = page.locator("#supervision-lights tbody tr")
    assert rows.count() == 2
    assert page.locator("#supervision-lights table").is_visible()
    # Every light of the table is on screen without scrolling sideways.
    for cell in page.locator("#supervision-lights tbody td .badge").all():
        box = cell.bounding_box()
        assert box["x"] + box["width"] <= viewport["width"]
    assert page_width(page) <= viewport["width"]
    shot(page, f"supervision-dashboard-{name}")

    page.select_option("#filter-kind", "denial_without_remedies")
    page.click("#supervision-filters button[type=submit]")
    page.wait_for_load_state()
    lines = page.locator(".supervision-line")
    assert lines.count() == 1
    assert "提起行政诉讼" in lines.first.inner_text()
    page.click("#kind-denial_without_remedies a.supervision-case")
    page.wait_for_load_state()
    assert page.url.startswith(cases["denied"].absolute_url())
    assert page_width(page) <= viewport["width"]
