"""Playwright driving Debian's Chromium against the functional test server:
the viewports and helpers the browser tests share (their fixtures,
``chromium`` and ``open_page``, are in tests/fixtures/browser.py, one
browser for the whole session wherever a test stands).

Screenshots are kept under var/browser-screenshots as test artifacts.
"""

from pathlib import Path


CHROMIUM = "/usr/bin/chromium"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "browser-screenshots"
PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}


def shot(page, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


# The elements that stick out on the right, for the message of a failed fits.
WIDEST = """() => [...document.querySelectorAll('body *')]
  .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
  .map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' +
       Math.round(e.getBoundingClientRect().right)).slice(-8)"""


def page_width(page) -> int:
    return page.evaluate("document.scrollingElement.scrollWidth")


def fits(page, viewport, slack=1) -> None:
    """Nothing wider than ``viewport`` (give or take ``slack`` px of
    rounding); else the widest elements are named."""
    assert page_width(page) <= viewport["width"] + slack, page.evaluate(WIDEST)


def log_in(page, site, user, password="secret-pw-123"):
    page.goto(f"{site.absolute_url()}/login")
    page.fill("#__ac_name", user)
    page.fill("#__ac_password", password)
    page.click("button[name='buttons.login']")
    page.wait_for_load_state()
