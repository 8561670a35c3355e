"""The portal's look as a visitor meets it, in a real browser.

Nothing is fetched from another host; the header and footer name the portal
in Chinese; text is readable (WCAG 2.1 AA contrast); the keyboard reaches
the content first and always shows where it is; a phone of 360 px never
scrolls sideways; a guide prints on A4.
"""

from plone import api
from tests.browser.conftest import DESKTOP
from tests.browser.conftest import log_in
from tests.browser.conftest import PHONE
from tests.browser.conftest import SCREENSHOTS
from tests.browser.conftest import shot
from urllib.parse import urlsplit

import pytest
import re
import transaction


NARROW = {"width": 360, "height": 740}
PORTAL_NAME = "莆田市行政审批标准化服务平台"
# The pages a citizen goes through: front page, catalogue, an item's guide.
PAGES = ("front", "catalogue", "item")

# WCAG 2.1 contrast of an element's text with what is really behind it: the
# background colours of the element and its ancestors, blended from the
# first opaque one up (the canvas is white).
CONTRAST = """
(element) => {
  function parse(value) {
    const srgb = value.match(/color\\(srgb ([^)]*)\\)/);
    if (srgb) {
      const [r, g, b, a] = srgb[1].split(/[\\s/]+/).filter(Boolean).map(Number);
      return { r: r * 255, g: g * 255, b: b * 255, a: a ?? 1 };
    }
    const [r, g, b, a] = value.match(/rgba?\\(([^)]*)\\)/)[1]
      .split(/[\\s,/]+/).filter(Boolean).map(Number);
    return { r, g, b, a: a ?? 1 };
  }
  function over(top, bottom) {
    const mix = (t, b) => t * top.a + b * (1 - top.a);
    return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g),
             b: mix(top.b, bottom.b), a: 1 };
  }
  function luminance({ r, g, b }) {
    const channel = (v) => {
      v /= 255;
      return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  }
  const layers = [];
  for (let node = element; node; node = node.parentElement) {
    const background = parse(getComputedStyle(node).backgroundColor);
    if (background.a > 0) {
      layers.push(background);
      if (background.a >= 1) break;
    }
  }
  let background = { r: 255, g: 255, b: 255, a: 1 };
  for (const layer of layers.reverse()) background = over(layer, background);
  const text = over(parse(getComputedStyle(element).color), background);
  const [light, dark] = [luminance(text), luminance(background)].sort((a, b) => b - a);
  return (light + 0.05) / (dark + 0.05);
}
"""

# Where each kind of text is found, on the item page.
TEXTS = {
    "body text": "#guide-location td",
    "link in content": "#guide-result_sample td a",
    "heading": "#content h1",
    "primary button": "#apply-online",
    "header: portal name": ".putian-brand-name",
    "header: subtitle": ".putian-brand-subtitle",
    "header: login link": "#portal-anontools a",
    "header: language": "#portal-languageselector a",
    "navigation": "#portal-globalnav a",
    "breadcrumbs link": "#portal-breadcrumbs a",
    "footer text": ".putian-footer-hotline",
    "footer link": ".putian-footer-nav a",
}


def urls(site):
    return {
        "front": site.absolute_url(),
        "catalogue": f"{site.absolute_url()}/@@catalogue",
        "item": site.a.food.absolute_url(),
    }


def test_pages_load_nothing_from_another_host(open_page, case_site):
    page = open_page(DESKTOP)
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    for url in urls(case_site).values():
        page.goto(url)
        page.wait_for_load_state("networkidle")
    server = urlsplit(case_site.absolute_url()).netloc
    # Fonts, styles, scripts, images: every one of them from the portal.
    assert any("/++plone++putian.theme/putian.css" in url for url in requested)
    network = [url for url in requested if urlsplit(url).scheme in ("http", "https")]
    assert {urlsplit(url).netloc for url in network} == {server}


def test_the_header_names_the_portal_beside_its_emblem(open_page, case_site):
    page = open_page(DESKTOP)
    page.goto(case_site.absolute_url())
    assert page.locator("html").get_attribute("lang") == "zh-cn"
    brand = page.locator("#portal-logo")
    assert PORTAL_NAME in brand.text_content()
    assert brand.get_attribute("href") == case_site.absolute_url()
    emblem = brand.locator("img")
    assert emblem.get_attribute("alt").strip()
    assert "/++plone++putian.theme/emblem.svg" in emblem.get_attribute("src")
    assert emblem.evaluate("img => img.complete && img.naturalWidth > 0")


def test_the_footer_has_the_hotline_and_the_public_services(open_page, case_site):
    page = open_page(DESKTOP)
    page.goto(case_site.absolute_url())
    footer = page.locator("#portal-footer-wrapper")
    text = footer.inner_text()
    assert PORTAL_NAME in text
    assert "监督电话：12345" in text
    assert "Plone" not in text
    links = {
        link.inner_text(): link.get_attribute("href")
        for link in footer.get_by_role("link").all()
    }
    portal = case_site.absolute_url()
    assert links["事项目录"] == f"{portal}/@@catalogue"
    assert links["办件查询"] == f"{portal}/@@track"
    assert links["证照核验"] == f"{portal}/@@verify-certificate"
    assert links["网站地图"] == f"{portal}/sitemap"
    # And every one of them leads somewhere.
    for url in links.values():
        assert page.request.get(url).ok, url
    assert footer.get_by_role("navigation").get_attribute("aria-label")


def test_the_portal_speaks_english_when_asked(open_page, case_site):
    page = open_page(DESKTOP)
    page.goto(f"{case_site.absolute_url()}?set_language=en")
    page.goto(case_site.absolute_url())
    assert page.locator("html").get_attribute("lang") == "en"
    assert "Putian" in page.locator("#portal-logo").text_content()
    assert "Supervision hotline" in page.locator("#portal-footer-wrapper").inner_text()
    assert page.locator(".putian-skip-link").inner_text() == "Skip to main content"


def test_text_contrast_meets_wcag_aa(open_page, case_site):
    page = open_page(DESKTOP)
    page.goto(case_site.a.food.absolute_url())
    ratios = {
        name: round(page.locator(selector).first.evaluate(CONTRAST), 2)
        for name, selector in TEXTS.items()
    }
    print("contrast ratios:", ratios)
    assert {name: ratio for name, ratio in ratios.items() if ratio < 4.5} == {}


def test_the_first_tab_stop_skips_to_the_content(open_page, case_site):
    page = open_page(DESKTOP)
    page.goto(case_site.a.food.absolute_url())
    skip = page.locator(".putian-skip-link")
    assert skip.bounding_box()["width"] <= 1  # hidden until focused
    page.keyboard.press("Tab")
    assert skip.evaluate("link => link === document.activeElement")
    box = skip.bounding_box()
    assert box["width"] > 40
    assert box["height"] > 20
    assert box["x"] >= 0
    assert box["y"] >= 0
    assert box["x"] + box["width"] <= DESKTOP["width"]
    shot(page, "theme-skip-link-1280")
    target = skip.get_attribute("href")
    assert target.startswith("#")
    assert page.locator(target).count() == 1
    # Following it, the next Tab lands inside the content, past the menus.
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert page.evaluate(
        f"document.querySelector('{target}').contains(document.activeElement)"
    )


def focus_ring(page):
    return page.evaluate(
        """() => {
          const style = getComputedStyle(document.activeElement);
          return {
            tag: document.activeElement.tagName,
            outline: style.outlineStyle,
            width: parseFloat(style.outlineWidth),
            shadow: style.boxShadow,
          };
        }"""
    )


def tab_to(page, selector, limit=60):
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(
            "selector => document.activeElement.matches(selector)", selector
        ):
            return
    raise AssertionError(f"Tab never reached {selector}")


@pytest.mark.parametrize(
    "selector",
    [
        "#portal-anontools a",
        "#portal-globalnav a",
        "#content a",
        ".putian-footer-nav a",
    ],
)
def test_a_focused_link_shows_a_ring(open_page, case_site, selector):
    page = open_page(DESKTOP)
    page.goto(case_site.a.food.absolute_url())
    tab_to(page, selector)
    ring = focus_ring(page)
    assert ring["tag"] == "A"
    outlined = ring["outline"] != "none" and ring["width"] >= 2
    assert outlined or ring["shadow"] != "none"


@pytest.mark.parametrize("name", PAGES)
def test_nothing_is_wider_than_a_small_phone(open_page, case_site, name):
    page = open_page(NARROW)
    page.goto(urls(case_site)[name])
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= page.evaluate("window.innerWidth")
    # The portal's name stays whole and inside the screen.
    brand = page.locator(".putian-brand-name").bounding_box()
    assert brand["x"] >= 0
    assert brand["x"] + brand["width"] <= NARROW["width"]
    shot(page, f"theme-{name}-360")


def test_the_phone_menu_button_is_labelled_in_chinese(open_page, case_site):
    page = open_page(NARROW)
    page.goto(case_site.absolute_url())
    toggler = page.locator("#portal-logo-wrapper .navbar-toggler")
    assert toggler.is_visible()
    assert toggler.get_attribute("aria-label") == "打开导航菜单"
    toggler.click()
    menu = page.locator("#offcanvasNavbar")
    menu.locator("#portal-globalnav").wait_for()
    assert menu.get_by_role("link", name="首页").is_visible()
    shot(page, "theme-menu-360")


@pytest.mark.parametrize(("viewport", "size"), [(PHONE, "375"), (DESKTOP, "1280")])
def test_each_page_opens_on_its_heading_at_phone_and_desktop_width(
    open_page, case_site, viewport, size
):
    """The screenshots are for a person to look at; what they must show is
    asserted: the page's heading inside the first screen, nothing wider than
    the screen, and the screenshot written."""
    page = open_page(viewport)
    for name, url in urls(case_site).items():
        page.goto(url)
        heading = page.locator("#content h1").first
        assert heading.is_visible(), name
        box = heading.bounding_box()
        assert box["y"] + box["height"] <= viewport["height"], name
        assert box["x"] >= 0, name
        assert box["x"] + box["width"] <= viewport["width"], name
        assert (
            page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
        ), name
        assert shot(page, f"theme-{name}-{size}").stat().st_size > 0


@pytest.fixture
def member(case_site):
    api.user.create(
        email="reader@putian.example", username="reader", password="secret-pw-123"
    )
    transaction.commit()
    return "reader"


def test_a_guide_prints_on_a4_without_the_screen_furniture(
    open_page, case_site, member
):
    page = open_page(DESKTOP)
    # Logged in, so that the toolbar is there to be hidden.
    log_in(page, case_site, member)
    page.goto(case_site.a.food.absolute_url())
    assert page.locator("#edit-zone").is_visible()
    # A print button as the item page offers them (one is added, should the
    # page have none).
    page.evaluate(
        """() => {
          const button = document.createElement('button');
          button.className = 'btn btn-outline-secondary putian-print';
          button.textContent = '打印';
          document.querySelector('#content').prepend(button);
        }"""
    )
    page.emulate_media(media="print")
    for furniture in (
        "#edit-zone",
        "#portal-globalnav",
        "#portal-searchbox",
        "#portal-languageselector",
        "#portal-footer-wrapper",
        "#apply-online",
    ):
        assert not page.locator(furniture).is_visible(), furniture
    assert page.locator(".putian-print").count() >= 1
    for button in page.locator(".putian-print").all():
        assert not button.is_visible()
    assert page.locator(".putian-brand-name").is_visible()
    assert page.locator("#guide table.putian-guide").is_visible()
    assert page.locator("#flowchart svg").is_visible()
    assert page.evaluate(
        """() => {
          const svg = document.querySelector('.putian-flowchart svg');
          const column = document.querySelector('#content');
          return svg.getBoundingClientRect().width
            <= column.getBoundingClientRect().width + 1;
        }"""
    )
    guide_row = page.locator("#guide-location")
    assert guide_row.evaluate("row => getComputedStyle(row).breakInside") == "avoid"

    pdf = page.pdf(format="A4", print_background=True)
    assert pdf.startswith(b"%PDF")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    (SCREENSHOTS / "theme-item-a4.pdf").write_bytes(pdf)
    assert all_a4(pdf)
    # The stylesheet itself asks for A4: it wins over the default, Letter.
    assert all_a4(page.pdf(prefer_css_page_size=True))


# A4 is 210 x 297 mm: 595.3 x 841.9 pt (Chromium rounds to 1/100 inch).
A4 = (595.3, 841.9)


def all_a4(pdf: bytes) -> bool:
    """Every page's MediaBox is A4 (Letter would be 612 x 792 pt)."""
    boxes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", pdf)
    return bool(boxes) and all(
        abs(float(width) - A4[0]) < 1 and abs(float(height) - A4[1]) < 1.5
        for width, height in boxes
    )
