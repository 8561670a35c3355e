"""Items are found by pinyin, initials, aliases (俗称) and with one typo, in
the public catalogue and in plone.restapi's ``@search``; the aliases field
in the forms and REST; upgrade step 1026."""

from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from putian.policy.behaviors.aliases import IAliases
from tests.fixtures.applications import publish
from tests.fixtures.catalogue import make_item

import pytest
import requests
import transaction


FOOD = "食品经营许可"
WORKS = "建筑工程施工许可证核发"
JSON = {"Accept": "application/json"}
ADMIN = (SITE_OWNER_NAME, SITE_OWNER_PASSWORD)
PROFILE = "putian.policy:default"


def publish_item(item):
    """The item published, its parts with it."""
    if api.content.get_state(item) != "published":
        publish(item)


@pytest.fixture
def search_site(site):
    """Food (aliases 办餐饮证, 开饭店) and works published; committed."""
    with api.env.adopt_user(SITE_OWNER_NAME):
        food = site.a.food
        IAliases(food).aliases = [" 办餐饮证", "开饭店", "办餐饮证"]
        food.reindexObject()
        publish_item(food)
        publish_item(make_item(site.b, "works", WORKS, "XK00013000"))
    transaction.commit()
    return site


def rest_search(site, text, **params):
    response = requests.get(
        f"{site.absolute_url()}/@search",
        params={"SearchableText": text, **params},
        headers=JSON,
        timeout=30,
    )
    assert response.status_code == 200, response.text
    return response.json()


def rest_titles(site, text, **params):
    body = rest_search(site, text, portal_type="ApprovalItem", **params)
    return sorted(item["title"] for item in body["items"])


def catalogue(site, query):
    response = requests.get(
        f"{site.absolute_url()}/@@catalogue", params={"q": query}, timeout=30
    )
    assert response.status_code == 200
    return response.text


def catalogue_titles(html):
    from lxml import html as lxml_html

    tree = lxml_html.fromstring(html)
    return sorted(
        th.text_content().strip() for th in tree.cssselect(".catalogue-item th")
    )


def suggestions(html):
    from lxml import html as lxml_html

    tree = lxml_html.fromstring(html)
    return [a.text_content() for a in tree.cssselect("#catalogue-did-you-mean a")]


# Indexing and the field


def test_an_items_full_text_holds_its_aliases_and_pinyin(search_site):
    catalog = search_site.portal_catalog
    food = search_site.a.food
    rid = catalog.getrid("/".join(food.getPhysicalPath()))
    words = set(catalog.getIndexDataForRID(rid)["SearchableText"])
    assert {"spjy", "shipin", "shipinjingyingxuke", "spjyxk"} <= words
    assert {"bancanyinzheng", "bcyz", "kaifandian", "kfd"} <= words
    # Chinese aliases as the splitter cuts them, and the title as before.
    assert {"办餐", "餐饮", "饮证", "开饭", "饭店", "食品", "许可"} <= words
    # Kept trimmed and once.
    assert food.aliases == ["办餐饮证", "开饭店"]


def test_the_aliases_field_in_the_edit_form_in_chinese(search_site):
    response = requests.get(
        f"{search_site.a.food.absolute_url()}/@@edit",
        auth=ADMIN,
        headers={"Accept-Language": "zh-cn"},
        timeout=30,
    )
    assert response.status_code == 200
    assert 'name="form.widgets.IAliases.aliases"' in response.text
    assert "俗称" in response.text
    assert "办餐饮证" in response.text


def test_aliases_through_rest_are_normalized_and_limited(search_site):
    url = search_site.b.works.absolute_url()
    patch = requests.patch(
        url,
        json={"aliases": ["  办施工证 ", "开工证", "开工证", ""]},
        headers=JSON,
        auth=ADMIN,
        timeout=30,
    )
    assert patch.status_code == 204, patch.text
    body = requests.get(url, headers=JSON, auth=ADMIN, timeout=30).json()
    assert body["aliases"] == ["办施工证", "开工证"]
    assert rest_titles(search_site, "开工证") == [WORKS]
    assert rest_titles(search_site, "kgz") == [WORKS]

    too_many = [f"俗称{n}" for n in range(21)]
    too_long = ["很" * 31]
    for aliases in (too_many, too_long):
        refused = requests.patch(
            url, json={"aliases": aliases}, headers=JSON, auth=ADMIN, timeout=30
        )
        assert refused.status_code == 400, refused.text
    body = requests.get(url, headers=JSON, auth=ADMIN, timeout=30).json()
    assert body["aliases"] == ["办施工证", "开工证"]


# @search


@pytest.mark.parametrize(
    "text",
    [
        "spjy",
        "shipin",
        "SPJY",
        "jingying",
        "spjyxk",
        "办餐饮证",
        "开饭店",
        "kfd",
        "餐饮",
    ],
)
def test_rest_search_finds_by_pinyin_initials_and_aliases(search_site, text):
    assert rest_titles(search_site, text) == [FOOD]


@pytest.mark.parametrize(
    "text",
    ["shipn", "spjyy", "食品经营许科", "kaifandain", "开饭馆", "sjpy", "办餐饮正"],
)
def test_rest_search_forgives_one_typo(search_site, text):
    assert rest_titles(search_site, text) == [FOOD]


def test_rest_search_keeps_its_answer_shape_when_it_corrects(search_site):
    exact = rest_search(search_site, "shipin", portal_type="ApprovalItem")
    corrected = rest_search(search_site, "shipn", portal_type="ApprovalItem")
    assert set(corrected) == set(exact)
    assert corrected["items_total"] == exact["items_total"] == 1
    assert corrected["items"] == exact["items"]
    assert corrected["@id"].endswith("SearchableText=shipn&portal_type=ApprovalItem")


@pytest.mark.parametrize(
    "text",
    [
        "shpn",  # two typos
        "sh",  # too short to forgive
        "天气预报",
        '"shipn"',  # the text index's syntax: taken as written
        "shipn OR nothing",
    ],
)
def test_rest_search_finds_nothing_beyond_one_typo(search_site, text):
    assert rest_titles(search_site, text) == []


def test_rest_search_corrects_each_word_and_keeps_the_other_filters(search_site):
    assert rest_titles(search_site, "shipn xuke") == [FOOD]
    assert rest_titles(search_site, "xuke") == sorted([FOOD, WORKS])
    assert rest_titles(search_site, "shipn", review_state="draft") == []
    assert rest_titles(search_site, "jianzhu shipn") == []


def test_rest_search_for_other_types_is_as_before(search_site):
    body = rest_search(search_site, "办事指南")
    assert body["items_total"] >= 2
    assert {item["@type"] for item in body["items"]} == {"ServiceGuide"}


# The catalogue


@pytest.mark.parametrize("query", ["spjy", "shipin", "办餐饮证", "开饭店", "kfd"])
def test_catalogue_finds_by_pinyin_initials_and_aliases(search_site, query):
    html = catalogue(search_site, query)
    assert catalogue_titles(html) == [FOOD]
    assert suggestions(html) == []


@pytest.mark.parametrize(
    ("query", "suggested"),
    [
        ("shipn", ["shipin"]),
        ("spjyy", ["spjyx"]),
        ("食品经营许科", [FOOD]),
        ("开饭馆", ["开饭店"]),
        ("shipn 许可", ["shipin 许可"]),
    ],
)
def test_catalogue_forgives_one_typo_and_says_what_it_searched(
    search_site, query, suggested
):
    html = catalogue(search_site, query)
    assert catalogue_titles(html) == [FOOD]
    assert suggestions(html) == suggested
    assert "您是不是要找" in html


def test_catalogue_finds_nothing_beyond_one_typo(search_site):
    html = catalogue(search_site, "shpn")
    assert catalogue_titles(html) == []
    assert 'id="catalogue-no-result"' in html
    assert suggestions(html) == []


def test_catalogue_lists_only_published_items_after_a_correction(search_site):
    with api.env.adopt_user(SITE_OWNER_NAME):
        draft = make_item(search_site.a, "production", "食品生产许可", "XK00013001")
        IAliases(draft).aliases = ["办食品厂证"]
        draft.reindexObject()
    transaction.commit()
    assert catalogue_titles(catalogue(search_site, "办食品厂正")) == []
    assert catalogue_titles(catalogue(search_site, "shipinshengchan")) == []


# Upgrade 1026


def test_upgrade_1026_enables_aliases_and_indexes_pinyin(portal, setup_tool, item_a):
    from plone.dexterity.interfaces import IDexterityFTI
    from Products.CMFCore.indexing import processQueue
    from zope.component import getUtility

    fti = getUtility(IDexterityFTI, name="ApprovalItem")
    fti._updateProperty(
        "behaviors", tuple(b for b in fti.behaviors if b != "putian.aliases")
    )
    catalog = portal.portal_catalog
    # The item's own indexing, queued until now, comes first.
    processQueue()
    rid = catalog.getrid("/".join(item_a.getPhysicalPath()))
    # Before 1026 the full text was the title and description only.
    catalog._catalog.getIndex("SearchableText").index_object(
        rid, type("Before1026", (), {"SearchableText": FOOD})()
    )
    assert not catalog.unrestrictedSearchResults(SearchableText="spjy")
    assert IAliases(item_a, None) is None
    setup_tool.setLastVersionForProfile(PROFILE, "1025")
    setup_tool.upgradeProfile(PROFILE, "1026")
    assert setup_tool.getLastVersionForProfile(PROFILE) == ("1026",)
    assert "putian.aliases" in fti.behaviors
    [brain] = catalog.unrestrictedSearchResults(SearchableText="spjy")
    assert brain._unrestrictedGetObject() == item_a
    IAliases(item_a).aliases = ["办餐饮证 "]
    item_a.reindexObject(idxs=["SearchableText"])
    assert item_a.aliases == ["办餐饮证"]
    assert catalog.unrestrictedSearchResults(SearchableText="bcyz")
    # Run again: nothing to enable, the items indexed again.
    from putian.policy.upgrades.v1026 import find_items_by_pinyin_and_aliases

    assert find_items_by_pinyin_and_aliases(setup_tool) == 1
    assert list(fti.behaviors).count("putian.aliases") == 1


# The demo


def test_the_demo_food_item_is_found_by_its_aliases(portal, departments):
    from putian.policy.demo.items import ITEMS
    from putian.policy.demo.loader import item_values

    [row] = [
        row
        for row in ITEMS
        if (row.department, row.base_code) == ("scjgj", "XK00012000")
    ]
    assert row.aliases == ("办餐饮证", "开饭店")
    with api.env.adopt_user(SITE_OWNER_NAME):
        item = api.content.create(
            container=departments["a"],
            type="ApprovalItem",
            id="xk00012000",
            **item_values(row),
        )
    assert item.aliases == ["办餐饮证", "开饭店"]
    catalog = portal.portal_catalog
    path = "/".join(item.getPhysicalPath())
    for text in ("办餐饮证", "开饭店", "spjy", "kfd"):
        found = catalog.unrestrictedSearchResults(SearchableText=text)
        assert [brain.getPath() for brain in found] == [path], text
