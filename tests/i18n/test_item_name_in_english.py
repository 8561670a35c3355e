"""An English visitor reads an item by its English name wherever the public
meets it: the online form's heading, the catalogue listing, the receipt
after submitting, the tracking page and the guide PDF (with the materials'
English names and conditions); a Chinese visitor the Chinese (issue 13)."""

from lxml import html as lxml_html
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from putian.policy.applications.easyform import SUBMITTED_COOKIE
from tests.applications.test_guide_pdf import drawn_text
from tests.applications.test_guide_pdf import squeeze
from tests.fixtures.applications import create_case_workers
from tests.fixtures.applications import new_case
from tests.fixtures.applications import publish
from tests.fixtures.catalogue import material

import pytest
import requests
import transaction


ENGLISH_NAME = "Food business licence"
POWER_OF_ATTORNEY = material(
    name="授权委托书",
    name_en="Power of attorney",
    requirement="conditional",
    condition="委托他人代为办理的",
    condition_en="When someone else applies on the applicant's behalf",
)


@pytest.fixture
def food(site):
    """Food named in English, a conditional material named in English too,
    published with its online form; case workers to receive its cases."""
    from putian.policy.applications.easyform import make_application_form

    create_case_workers({"a": site.a, "b": site.b})
    with api.env.adopt_user(SITE_OWNER_NAME):
        item = site.a.food
        item.title_en = ENGLISH_NAME
        item.guide.materials = [*item.guide.materials, POWER_OF_ATTORNEY]
        publish(item)
        item.reindexObject()
        make_application_form(item.guide)
    transaction.commit()
    return item


@pytest.fixture
def filed(food):
    with api.env.adopt_user(SITE_OWNER_NAME):
        submitted = new_case(food)
    transaction.commit()
    return submitted


def page(url, language, **options):
    response = requests.get(
        url, headers={"Accept-Language": language}, timeout=60, **options
    )
    assert response.status_code == 200, response.text[-2000:]
    return lxml_html.fromstring(response.text)


def texts(tree, xpath) -> list[str]:
    return [" ".join(node.text_content().split()) for node in tree.xpath(xpath)]


def test_the_online_form_is_headed_by_the_english_name(food):
    url = f"{food.guide.absolute_url()}/apply"
    heading = "//h1[@class='documentFirstHeading']"
    assert texts(page(url, "en"), heading) == [f"Online application: {ENGLISH_NAME}"]
    assert texts(page(url, "zh-CN"), heading) == [f"{food.Title()} 网上申报"]


def test_a_form_title_an_editor_changed_stays_as_written(food):
    with api.env.adopt_user(SITE_OWNER_NAME):
        food.guide.apply.setTitle("食品经营许可（新办）网上申请")
    transaction.commit()
    tree = page(f"{food.guide.absolute_url()}/apply", "en")
    assert texts(tree, "//h1[@class='documentFirstHeading']") == [
        "食品经营许可（新办）网上申请"
    ]


def test_the_catalogue_lists_the_item_by_its_english_name(site, food):
    names = "//a[contains(@href, '/a/food')]"
    assert ENGLISH_NAME in texts(
        page(f"{site.absolute_url()}/@@catalogue", "en"), names
    )
    chinese = texts(page(f"{site.absolute_url()}/@@catalogue", "zh-CN"), names)
    assert food.Title() in chinese
    assert ENGLISH_NAME not in chinese


def receipt(site, submitted, language):
    return page(
        f"{site.absolute_url()}/@@application-submitted",
        language,
        cookies={
            SUBMITTED_COOKIE: f"{submitted.receipt_number}|{submitted.query_code}"
        },
    )


def test_the_receipt_names_the_item_in_english(site, filed):
    item = "//*[@id='submitted-item']"
    assert texts(receipt(site, filed, "en"), item) == [ENGLISH_NAME]
    assert texts(receipt(site, filed, "zh-CN"), item) == ["食品经营许可"]


def tracking_item(site, submitted, language) -> list[str]:
    response = requests.post(
        f"{site.absolute_url()}/@@track",
        data={"receipt": submitted.receipt_number, "code": submitted.query_code},
        headers={"Accept-Language": language},
        timeout=60,
    )
    assert response.status_code == 200, response.text[-2000:]
    tree = lxml_html.fromstring(response.text)
    return texts(
        tree,
        "//dt[contains(., 'Item applied for') or contains(., '申请事项')]"
        "/following-sibling::dd[1]",
    )


def test_the_tracking_page_names_the_item_in_english(site, filed):
    assert tracking_item(site, filed, "en") == [ENGLISH_NAME]
    assert tracking_item(site, filed, "zh-CN") == ["食品经营许可"]


def test_an_item_without_english_keeps_the_name_it_was_filed_under(site, filed):
    with api.env.adopt_user(SITE_OWNER_NAME):
        site.a.food.title_en = None
        site.a.food.reindexObject()
    transaction.commit()
    assert tracking_item(site, filed, "en") == ["食品经营许可"]


def guide_text(item, language) -> str:
    request = item.REQUEST
    request["LANGUAGE"] = language
    return drawn_text(api.content.get_view("guide.pdf", item, request)())


def test_the_guide_pdf_in_english_names_item_and_materials_in_english(food):
    text = guide_text(food, "en")
    assert f"Service guide: {ENGLISH_NAME}" in text
    assert squeeze("Power of attorney") in squeeze(text)
    assert squeeze(POWER_OF_ATTORNEY["condition_en"]) in squeeze(text)
    assert "授权委托书" not in text
    assert "委托他人代为办理的" not in text
    assert food.REQUEST.response.getHeader("Content-Disposition").endswith(
        "Food%20business%20licence%20-%20service%20guide.pdf"
    )
    chinese = guide_text(food, "zh-cn")
    assert "授权委托书" in chinese
    assert ENGLISH_NAME not in chinese


def chrome(tree) -> tuple[str, list[str]]:
    """The page's <title> (without the site's name) and its breadcrumbs."""
    title = tree.findtext(".//title").strip().rsplit(" — ", 1)[0]
    return title, texts(tree, "//nav[@id='portal-breadcrumbs']//li")


def test_the_title_and_breadcrumbs_name_item_guide_and_form_in_english(food):
    department = food.aq_parent.Title()
    form = f"Online application: {ENGLISH_NAME}"
    assert chrome(page(food.absolute_url(), "en")) == (
        ENGLISH_NAME,
        ["Home", department, ENGLISH_NAME],
    )
    assert chrome(page(f"{food.guide.absolute_url()}/apply", "en")) == (
        form,
        ["Home", department, ENGLISH_NAME, "Service guide", form],
    )
    assert chrome(page(f"{food.guide.absolute_url()}/apply", "zh-CN")) == (
        f"{food.Title()} 网上申报",
        ["首页", department, food.Title(), "办事指南", f"{food.Title()} 网上申报"],
    )


def test_the_front_page_suggests_a_search_in_english(site):
    (field,) = page(site.absolute_url(), "en").xpath("//input[@id='home-q']")
    assert field.get("placeholder") == "food business licence"
    (field,) = page(site.absolute_url(), "zh-CN").xpath("//input[@id='home-q']")
    assert field.get("placeholder") == "食品经营许可"


def test_the_guides_item_name_row_is_in_the_visitors_language(food):
    row = "//tr[@id='guide-title']/td"
    assert texts(page(food.absolute_url(), "en"), row) == [ENGLISH_NAME]
    assert texts(page(food.absolute_url(), "zh-CN"), row) == [food.Title()]
    text = squeeze(guide_text(food, "en"))
    assert squeeze(f"Item name {ENGLISH_NAME}") in text


def test_the_flowchart_is_named_after_the_english_name(food):
    tree = page(food.absolute_url(), "en")
    assert f"Flowchart: {ENGLISH_NAME}" in tree.xpath("//svg/@aria-label")
    tree = page(food.absolute_url(), "zh-CN")
    assert f"{food.Title()}审批流程图" in tree.xpath("//svg/@aria-label")


def test_the_navigation_portlet_names_item_guide_and_form_in_english(food):
    entries = "//*[contains(@class, 'portletNavigationTree')]//a"
    english = texts(page(f"{food.guide.absolute_url()}/apply", "en"), entries)
    form = f"Online application: {ENGLISH_NAME}"
    assert {ENGLISH_NAME, "Service guide", form} <= set(english)
    assert not {food.Title(), "办事指南"} & set(english)
    chinese = texts(page(f"{food.guide.absolute_url()}/apply", "zh-CN"), entries)
    assert {food.Title(), "办事指南", f"{food.Title()} 网上申报"} <= set(chinese)
