"""Each role starts from its work list, in Chromium on a phone and on a
desktop (issue 13): signed in through the login form, the person lands on
the list, every line fits the screen, the lights are seen, and the count in
the toolbar is the number of things waiting."""

from tests.browser.conftest import DESKTOP
from tests.browser.conftest import log_in
from tests.browser.conftest import PHONE
from tests.browser.conftest import shot

import pytest


WIDTHS = [(PHONE, "375"), (DESKTOP, "1280")]
# Who signs in, the sections they see and how many lines each shows.
ROLES = {
    "editor_a": {"sent_back": 1, "drafts": 1},
    "reviewer_a": {"department_review": 1},
    "office": {"office_review": 1},
    "clerk_a": {"intake": 2},
    "case_reviewer_a": {"case_review": 4},
    "decider_a": {"decision": 3},
}


def fits(page, locator, width: int) -> None:
    for element in locator.all():
        box = element.bounding_box()
        assert box is not None
        assert box["x"] >= 0, element.inner_text()
        assert box["x"] + box["width"] <= width + 0.5, element.inner_text()


@pytest.mark.parametrize(("viewport", "width"), WIDTHS)
@pytest.mark.parametrize("user", list(ROLES))
def test_each_role_lands_on_its_work_list(open_page, busy_site, user, viewport, width):
    site = busy_site["site"]
    page = open_page(viewport)
    log_in(page, site, user)
    assert page.url.rstrip("/").endswith("/@@worklist"), page.url
    assert page.evaluate("document.scrollingElement.scrollWidth") <= viewport["width"]
    shown = {
        section.get_attribute("id").removeprefix("worklist-"): section.locator(
            ".worklist-line"
        ).count()
        for section in page.locator(".worklist-section").all()
    }
    assert shown == ROLES[user]
    fits(page, page.locator(".worklist-line"), viewport["width"])
    assert page.locator("#worklist-count").text_content().strip() == str(
        sum(ROLES[user].values())
    )
    shot(page, f"worklist-{user}-{width}")


@pytest.mark.parametrize(("viewport", "width"), WIDTHS)
def test_the_case_reviewer_sees_the_overdue_case_first(
    open_page, busy_site, viewport, width
):
    page = open_page(viewport)
    log_in(page, busy_site["site"], "case_reviewer_a")
    lines = page.locator("#worklist-case_review .worklist-line")
    assert [line.get_attribute("data-light") for line in lines.all()] == [
        "red",
        "yellow",
        "green",
        "green",
    ]
    first = lines.first.locator(".traffic-light")
    assert first.is_visible()
    assert first.inner_text().strip() == "已超期"
    fits(page, page.locator(".traffic-light"), viewport["width"])
    lines.first.locator(".worklist-title").click()
    page.wait_for_load_state()
    assert page.url == busy_site["lights"]["red"].absolute_url()
