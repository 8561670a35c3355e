"""After login each person starts from the work list, unless they were on
their way to a page of the portal; Plone's dashboard leads there too
(issue 13)."""

from putian.policy.worklist.login import is_destination
from tests.worklist.conftest import browser_for
from tests.worklist.conftest import PASSWORD
from urllib.parse import quote

import pytest


def log_in(functional, user, came_from=None):
    browser = browser_for(functional)
    site = functional["portal"]
    url = f"{site.absolute_url()}/login"
    if came_from is not None:
        url += f"?came_from={quote(came_from)}"
    browser.open(url)
    browser.getControl(name="__ac_name").value = user
    browser.getControl(name="__ac_password").value = PASSWORD
    browser.getControl(name="buttons.login").click()
    return browser


def test_the_editor_lands_on_the_work_list(functional, busy_site):
    browser = log_in(functional, "editor_a")
    assert browser.url == f"{busy_site['site'].absolute_url()}/@@worklist"
    assert "我的待办" in browser.contents


def test_coming_from_the_front_page(functional, busy_site):
    site = busy_site["site"]
    browser = log_in(functional, "clerk_a", came_from=site.absolute_url())
    assert browser.url == f"{site.absolute_url()}/@@worklist"


def test_a_page_asked_for_is_kept(functional, busy_site):
    site = busy_site["site"]
    wanted = site.a.cases.absolute_url()
    browser = log_in(functional, "clerk_a", came_from=wanted)
    assert browser.url == wanted


def test_a_page_outside_is_not_followed(functional, busy_site):
    browser = log_in(functional, "clerk_a", came_from="https://evil.example/putian")
    assert browser.url == f"{busy_site['site'].absolute_url()}/@@worklist"


def test_the_dashboard_leads_to_the_work_list(functional, busy_site):
    site = busy_site["site"]
    browser = browser_for(functional, "decider_a")
    browser.open(f"{site.absolute_url()}/dashboard")
    assert browser.url == f"{site.absolute_url()}/@@worklist"
    assert "的仪表盘" not in browser.contents
    # The personal menu's entry is the work list.
    browser.open(site.absolute_url())
    assert f'href="{site.absolute_url()}/@@worklist"' in browser.contents
    assert "我的待办" in browser.contents


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("", False),
        ("/", False),
        ("/view", False),
        ("/index_html", False),
        ("/login", False),
        ("/logged_out", False),
        ("/dashboard", False),
        ("/@@worklist", False),
        ("/a/cases", True),
        ("/a/food/view", True),
        ("/a/food", True),
    ],
)
def test_which_pages_are_destinations(integration, path, expected):
    portal = integration["portal"]
    assert is_destination(f"{portal.absolute_url()}{path}", portal.absolute_url()) is (
        expected
    )


def test_no_destination(integration):
    portal = integration["portal"]
    assert not is_destination(None, portal.absolute_url())
    assert not is_destination("http://elsewhere.example/plone/a", portal.absolute_url())
    # Another site in the same Zope is not this portal.
    assert not is_destination("http://nohost/plone2/a", portal.absolute_url())
