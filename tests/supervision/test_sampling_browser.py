"""Sampling and findings in Chromium on a phone and on a desktop: a
supervisor draws a sample on @@supervision and records a finding on the
sampled case's page; the department answers it there."""

from tests.browser.conftest import DESKTOP
from tests.browser.conftest import log_in
from tests.browser.conftest import PHONE
from tests.browser.conftest import shot

import pytest


WIDTHS = [(PHONE, "375"), (DESKTOP, "1280")]


def page_width(page) -> int:
    return page.evaluate("document.scrollingElement.scrollWidth")


@pytest.mark.parametrize(("viewport", "name"), WIDTHS)
def test_sample_finding_and_answer(open_page, supervised, viewport, name):
    site, cases = supervised
    page = open_page(viewport)
    log_in(page, site, "supervisor")
    page.goto(f"{site.absolute_url()}/@@supervision")
    assert page.locator("#supervision-samples h2").inner_text() == "抽样检查"
    page.select_option("#sample-department", site.b.UID())
    page.fill("#sample-size", "3")
    page.fill("#sample-seed", "R20")
    page.click("#sample-form button[type=submit]")
    page.wait_for_load_state()
    assert "已抽取第1号样本：共1件。" in page.inner_text("body")
    sampled = page.locator("#supervision-samples-1 .sample-case")
    assert sampled.count() == 1
    assert page_width(page) <= viewport["width"]
    shot(page, f"supervision-samples-{name}")

    sampled.locator("a").click()
    page.wait_for_load_state()
    assert page.url.startswith(cases["denied"].absolute_url())
    page.select_option("#finding-kind", "non_conforming")
    page.fill("#finding-rule", "R16")
    page.fill("#finding-text", "不予许可决定书未告知提起行政诉讼的权利")
    page.click("#finding-form button[type=submit]")
    page.wait_for_load_state()
    assert "检查意见已记录。" in page.inner_text("body")
    finding = page.locator(".supervision-finding")
    assert finding.count() == 1
    assert "不符合" in finding.inner_text()
    assert page.locator(".finding-answer-form").count() == 0
    assert page_width(page) <= viewport["width"]

    page.context.clear_cookies()
    log_in(page, site, "decider_b")
    page.goto(cases["denied"].absolute_url())
    assert page.locator("#finding-form").count() == 0
    page.fill(".finding-answer-form textarea", "已补发告知书")
    page.click(".finding-answer-form button[type=submit]")
    page.wait_for_load_state()
    assert "答复已记录。" in page.inner_text("body")
    assert page.locator(".finding-answer").inner_text().endswith("已补发告知书")
    assert page_width(page) <= viewport["width"]
    shot(page, f"supervision-finding-{name}")
