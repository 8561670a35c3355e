"""The online application form of a published item named like the demo's,
for an English browser at 375 and 1280 px: heading, labels, help, options
and buttons in English, no CJK character left in any of them (issue 13).

No proper name is kept inside the form: the item's and the materials' names
are the demo's English (``demo.item_names``, ``demo.english``), and so are
the browser's title and the breadcrumbs.  The department keeps its Chinese
name (莆田市市场监督管理局): a proper name the department gives in Chinese
only."""

from plone import api
from plone.app.testing import SITE_OWNER_NAME
from putian.policy.demo.item_names import ITEM_NAMES_EN
from tests.browser.conftest import DESKTOP
from tests.browser.conftest import PHONE
from tests.browser.conftest import shot
from tests.fixtures.applications import publish
from tests.fixtures.catalogue import material

import pytest
import re
import transaction


# Han ideographs, CJK punctuation and full-width forms.
CJK = re.compile("[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
POWER_OF_ATTORNEY = material(
    name="授权委托书", requirement="conditional", condition="委托他人代为办理的"
)
# Everything a visitor reads of the form's fields and buttons.
FORM_WORDS = """() => {
  const form = document.querySelector("form[action*='/guide/apply']");
  const text = (nodes) => [...nodes]
    .map((node) => (node.innerText || node.value || "").trim())
    .filter(Boolean);
  return {
    heading: text(document.querySelectorAll("h1")),
    title: [document.title.split(" — ")[0]],
    breadcrumbs: text(document.querySelectorAll("#portal-breadcrumbs li")).slice(2),
    labels: text(form.querySelectorAll("label, legend")),
    help: text(form.querySelectorAll(".form-text, .formHelp")),
    options: text(form.querySelectorAll("option")),
    buttons: text(form.querySelectorAll("button, input[type=submit]")),
    placeholders: [...form.querySelectorAll("[placeholder]")]
      .map((node) => node.placeholder).filter(Boolean),
  };
}"""


@pytest.fixture
def demo_like(site):
    """Food published with a conditional material, its materials named in
    English as the demo names them, its application form made."""
    from putian.policy.applications.easyform import make_application_form
    from putian.policy.demo.english import fill_english_names

    with api.env.adopt_user(SITE_OWNER_NAME):
        item = site.a.food
        item.title_en = ITEM_NAMES_EN[item.Title()]
        item.guide.materials = [*item.guide.materials, POWER_OF_ATTORNEY]
        fill_english_names(site)
        publish(item)
        item.reindexObject()
        make_application_form(item.guide)
    transaction.commit()
    return site


@pytest.fixture
def english_page(chromium):
    contexts = []

    def english_page(viewport):
        context = chromium.new_context(
            viewport=viewport,
            locale="en-GB",
            extra_http_headers={"Accept-Language": "en-GB,en;q=0.9"},
        )
        contexts.append(context)
        return context.new_page()

    yield english_page
    for context in contexts:
        context.close()


@pytest.mark.parametrize(("viewport", "size"), [(PHONE, "375"), (DESKTOP, "1280")])
def test_the_form_has_no_chinese_left_in_english(
    english_page, demo_like, viewport, size
):
    page = english_page(viewport)
    page.goto(f"{demo_like.absolute_url()}/a/food/guide/apply")
    assert page.locator("html").get_attribute("lang") == "en"
    words = page.evaluate(FORM_WORDS)
    shot(page, f"english-form-{size}")
    assert "Application for a food business licence" in words["labels"]
    assert "Power of attorney" in words["labels"]
    assert "Applicant type" in words["labels"]
    assert "Person" in words["options"]
    assert "Submit the application" in words["buttons"]
    heading = "Online application: Food business licence"
    assert words["heading"] == [heading]
    assert words["title"] == [heading]
    assert words["breadcrumbs"] == ["Food business licence", "Service guide", heading]
    chinese = {
        kind: [text for text in texts if CJK.search(text)]
        for kind, texts in words.items()
    }
    assert chinese == {kind: [] for kind in words}
    # Usable on the screen it is read on: nothing wider than the viewport.
    width = page.evaluate("document.scrollingElement.scrollWidth")
    assert width <= viewport["width"]
