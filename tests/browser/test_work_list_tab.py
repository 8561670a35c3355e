"""The work list is no tab of the main navigation: after signing in, on the
list, no tab is marked as the current page (Plone's marker reads the view's
address as the portal's and marks 首页), at 375 and 1280 px (issue 13)."""

from tests.browser.conftest import DESKTOP
from tests.browser.conftest import log_in
from tests.browser.conftest import PHONE

import pytest


MARKED = (
    "links => links.filter(a => getComputedStyle(a).boxShadow !== 'none')"
    ".map(a => a.textContent.trim())"
)


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP])
def test_no_tab_is_marked_on_the_work_list(open_page, case_site, viewport):
    page = open_page(viewport)
    log_in(page, case_site, "clerk_a")
    assert page.url.rstrip("/").endswith("/@@worklist"), page.url
    if viewport is PHONE:
        page.locator("button.navbar-toggler").first.click()
        page.locator("#portal-globalnav").get_by_role("link", name="首页").wait_for()
    links = page.locator("#portal-globalnav li > a")
    assert "首页" in links.all_inner_texts()
    assert links.evaluate_all(MARKED) == []


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP])
def test_no_tab_is_marked_on_the_statistics(open_page, case_site, viewport):
    page = open_page(viewport)
    page.goto(f"{case_site.absolute_url()}/@@statistics")
    if viewport is PHONE:
        page.locator("button.navbar-toggler").first.click()
        page.locator("#portal-globalnav").get_by_role("link", name="首页").wait_for()
    links = page.locator("#portal-globalnav li > a")
    assert "首页" in links.all_inner_texts()
    assert links.evaluate_all(MARKED) == []
