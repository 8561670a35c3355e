"""WCAG 2.1 AA structure of the public pages: every form control has a
name a screen reader announces, every image a text alternative, and the
headings form an outline (one h1, no level skipped)."""

import pytest


PUBLIC_PAGES = (
    "",
    "/@@catalogue",
    "/@@catalogue?q=经营",
    "/a/food",
    "/a/food/guide/apply",
    "/@@track",
    "/@@verify-certificate",
    "/themes",
)

# Controls without an accessible name, as the browser computes it (label
# for/wrapping, aria-label, aria-labelledby, title; buttons by their text).
UNNAMED_CONTROLS = """
() => {
  const controls = document.querySelectorAll(
    "input:not([type=hidden]), select, textarea, button");
  const unnamed = [];
  for (const control of controls) {
    const style = getComputedStyle(control);
    if (style.display === "none" || style.visibility === "hidden") continue;
    if (control.closest("[hidden], [aria-hidden=true]")) continue;
    const labelled = (control.labels && [...control.labels].some(
        (label) => label.textContent.trim()))
      || (control.getAttribute("aria-label") || "").trim()
      || (control.getAttribute("aria-labelledby") || "").split(/\\s+/)
           .some((id) => id && document.getElementById(id)
                 && document.getElementById(id).textContent.trim())
      || (control.getAttribute("title") || "").trim()
      || (["submit", "button", "reset"].includes(control.type)
          && ((control.value || "").trim() || control.textContent.trim()))
      || (control.tagName === "BUTTON" && control.textContent.trim());
    if (!labelled) unnamed.push(control.outerHTML.slice(0, 160));
  }
  return unnamed;
}
"""

IMAGES_WITHOUT_ALT = """
() => [...document.querySelectorAll("img")]
  .filter((img) => !img.hasAttribute("alt"))
  .map((img) => img.outerHTML.slice(0, 160))
"""

HEADINGS = """
() => [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")]
  .filter((h) => !h.closest("[hidden], template"))
  .map((h) => [Number(h.tagName[1]), h.textContent.trim().slice(0, 40)])
"""


@pytest.fixture
def public_page(open_page, case_site):
    page = open_page()

    def visit(path):
        response = page.goto(f"{case_site.absolute_url()}{path}")
        assert response.status == 200, path
        return page

    return visit


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_every_control_has_a_name(public_page, path):
    page = public_page(path)
    assert page.evaluate(UNNAMED_CONTROLS) == []


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_every_image_has_a_text_alternative(public_page, path):
    page = public_page(path)
    assert page.evaluate(IMAGES_WITHOUT_ALT) == []


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_headings_form_an_outline(public_page, path):
    headings = public_page(path).evaluate(HEADINGS)
    levels = [level for level, _text in headings]
    assert levels.count(1) == 1, headings
    assert levels[0] == 1, headings
    skipped = [
        (before, after)
        for before, after in zip(headings, headings[1:], strict=False)
        if after[0] > before[0] + 1
    ]
    assert skipped == [], headings


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_the_page_says_its_language(public_page, path):
    page = public_page(path)
    assert page.evaluate("document.documentElement.lang") == "zh-cn"
    assert page.title().strip()


def test_a_file_input_is_named_by_its_material(public_page):
    page = public_page("/a/food/guide/apply")
    upload = page.get_by_label("食品经营许可申请书")
    assert upload.count() == 1
    assert upload.get_attribute("type") == "file"
