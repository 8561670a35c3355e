"""Playwright driving Debian's Chromium against the functional test server.

Screenshots are kept under var/browser-screenshots as test artifacts.
"""

from pathlib import Path
from playwright.sync_api import sync_playwright

import pytest


CHROMIUM = "/usr/bin/chromium"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "browser-screenshots"
PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture(scope="session")
def chromium():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM)
        yield browser
        browser.close()


@pytest.fixture
def open_page(chromium):
    """A new page at a viewport, in Chinese; closed after the test."""
    contexts = []

    def open_page(viewport=DESKTOP):
        context = chromium.new_context(viewport=viewport, locale="zh-CN")
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


def shot(page, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def log_in(page, site, user, password="secret-pw-123"):
    page.goto(f"{site.absolute_url()}/login")
    page.fill("#__ac_name", user)
    page.fill("#__ac_password", password)
    page.click("button[name='buttons.login']")
    page.wait_for_load_state()
