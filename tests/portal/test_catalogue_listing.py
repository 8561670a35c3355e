"""The public catalogue listing: facets with counts, filters, sort, batch, search."""

from lxml import html as lxml_html
from plone import api
from plone.app.testing import setRoles
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import TEST_USER_ID
from putian.policy.catalogue.listing import search_terms
from putian.policy.catalogue.listing import text_query
from putian.policy.catalogue.listing import too_short
from tests.fixtures.applications import publish
from tests.fixtures.catalogue import make_item
from tests.fixtures.catalogue import make_xianyou_department
from urllib.parse import parse_qs
from urllib.parse import urlparse

import pytest
import requests
import transaction


def item(container, id_, title, code, **values):
    obj = make_item(container, id_, title, code)
    for name, value in values.items():
        setattr(obj, name, value)
    obj.reindexObject()
    return obj


@pytest.fixture
def catalogue(site):
    """Six published items in three departments, and one draft.

    a (city): food 食品经营许可 + its sub-item, permit (2 trips, depth 2),
    draft (not published). b (city): build, waste (QT, filing).
    c (county): stall (QR, no trip, depth 3, commitment).
    """
    a, b = site.a, site.b
    with api.env.adopt_user(SITE_OWNER_NAME):
        c = make_xianyou_department(site)
        publish(a.food)
        sub = item(a.food, "sub", "食品经营许可（仅销售预包装食品）", "XK00012001")
        publish(sub)
        publish(
            item(a, "permit", "食品生产许可", "XK00013000", trips="2", online_depth="2")
        )
        item(a, "draft", "食品小作坊登记", "XK00016000")
        publish(item(b, "build", "建筑工程施工许可证核发", "XK00020000"))
        publish(
            item(
                b,
                "waste",
                "城市建筑垃圾处置核准",
                "QT00021000",
                category="QT",
                lifecycle_status="filing",
                lifecycle_reason="改为备案管理",
                lifecycle_document="莆政文〔2017〕88号",
            )
        )
        publish(
            item(
                c,
                "stall",
                "小餐饮登记",
                "QR00030000",
                category="QR",
                trips="0",
                online_depth="3",
                lifecycle_status="commitment",
                lifecycle_reason="实行告知承诺",
                lifecycle_document="莆政文〔2017〕88号",
            )
        )
    transaction.commit()
    return {"site": site, "a": a, "b": b, "c": c}


ALL = {
    "食品经营许可",
    "食品经营许可（仅销售预包装食品）",
    "食品生产许可",
    "建筑工程施工许可证核发",
    "城市建筑垃圾处置核准",
    "小餐饮登记",
}


class Page:
    def __init__(self, response):
        assert response.status_code == 200, response.text[:2000]
        self.text = response.text
        self.doc = lxml_html.fromstring(response.text)

    def titles(self) -> list[str]:
        return [
            a.text_content().strip()
            for a in self.doc.xpath("//tr[@class='catalogue-item']/th/a")
        ]

    def rows(self) -> list[list[str]]:
        return [
            [cell.text_content().strip() for cell in row.xpath("./th|./td")]
            for row in self.doc.xpath("//tr[@class='catalogue-item']")
        ]

    def facet(self, name) -> dict:
        """token -> {title, count, active, params}."""
        values = {}
        for link in self.doc.xpath(f"//section[@id='facet-{name}']//li/a"):
            badge = link.xpath("./span[contains(@class, 'badge')]")[0]
            values[link.get("data-token")] = {
                "title": link.text_content().replace(badge.text_content(), "").strip(),
                "count": int(badge.text_content()),
                "active": link.get("aria-current") == "true",
                "params": params_of(link.get("href")),
            }
        return values

    def counts(self, name) -> dict:
        return {token: value["count"] for token, value in self.facet(name).items()}

    def link(self, xpath):
        found = self.doc.xpath(xpath)
        return found[0].get("href") if found else None


def params_of(url) -> dict:
    return {key: values[0] for key, values in parse_qs(urlparse(url).query).items()}


def get(site, **params) -> Page:
    return Page(
        requests.get(
            f"{site.absolute_url()}/@@catalogue",
            params=params,
            headers={"Accept-Language": "zh-CN"},
            timeout=60,
        )
    )


def test_anonymous_sees_published_items_only(catalogue):
    site = catalogue["site"]
    page = get(site)
    assert set(page.titles()) == ALL
    assert "食品小作坊登记" not in page.text
    food = catalogue["a"].food
    [row] = [row for row in page.rows() if row[0] == "食品经营许可"]
    assert row == [
        "食品经营许可",
        "XK00012000",
        "莆田市市场监督管理局",
        "行政许可",
        "最多跑一趟",
        "全程网办（四级）",
        "保留",
    ]
    assert page.link("//tr[@class='catalogue-item']/th/a[text()='食品经营许可']") == (
        food.absolute_url()
    )
    # A column of facets beside the results; on a phone a panel behind 筛选.
    facets_class = page.doc.xpath("//nav[@id='catalogue-facets']/@class")[0].split()
    assert {"offcanvas-md", "col-md-4"} <= set(facets_class)
    toggle = page.doc.xpath("//button[@id='catalogue-filters-toggle']")[0]
    assert toggle.get("aria-controls") == "catalogue-facets"
    assert page.doc.xpath("//label[@for='catalogue-q']")


def test_facets_and_counts(catalogue):
    page = get(catalogue["site"])
    a, b, c = catalogue["a"], catalogue["b"], catalogue["c"]
    departments = page.facet("department")
    assert {token: v["count"] for token, v in departments.items()} == {
        a.UID(): 3,
        b.UID(): 2,
        c.UID(): 1,
    }
    assert departments[a.UID()]["title"] == "莆田市市场监督管理局"
    levels = page.facet("level")
    assert {token: v["count"] for token, v in levels.items()} == {
        "city": 5,
        "county": 1,
    }
    assert levels["county"]["title"] == "县（区）级"
    assert page.counts("category") == {"XK": 4, "QT": 1, "QR": 1}
    assert page.facet("category")["XK"]["title"] == "行政许可"
    assert page.counts("trips") == {"0": 1, "1": 4, "2": 1}
    assert page.facet("trips")["0"]["title"] == "一趟不用跑"
    assert page.counts("online_depth") == {"2": 1, "3": 1, "4": 4}
    assert page.counts("lifecycle_status") == {
        "retained": 4,
        "filing": 1,
        "commitment": 1,
    }
    assert page.facet("lifecycle_status")["filing"]["title"] == "改为备案"
    assert not any(v["active"] for v in departments.values())
    assert page.doc.xpath("//section[@id='facet-level']/h3")[0].text_content()


def test_filter_by_each_facet(catalogue):
    site, a = catalogue["site"], catalogue["a"]
    expected = {
        ("department", a.UID()): {
            "食品经营许可",
            "食品经营许可（仅销售预包装食品）",
            "食品生产许可",
        },
        ("level", "county"): {"小餐饮登记"},
        ("category", "QT"): {"城市建筑垃圾处置核准"},
        ("trips", "2"): {"食品生产许可"},
        ("online_depth", "3"): {"小餐饮登记"},
        ("lifecycle_status", "filing"): {"城市建筑垃圾处置核准"},
    }
    for (name, token), titles in expected.items():
        page = get(site, **{name: token})
        assert set(page.titles()) == titles, (name, token)
        facet = page.facet(name)
        assert facet[token]["active"], (name, token)
        # The active value's link removes the filter; its siblings replace it.
        assert name not in facet[token]["params"]
        # Counts of this facet ignore its own filter.
        assert sum(v["count"] for v in facet.values()) == len(ALL)
    # The filter links of the full page lead to the filtered lists.
    full = get(site)
    params = full.facet("category")["QR"]["params"]
    assert params == {"category": "QR"}
    assert get(site, **params).titles() == ["小餐饮登记"]


def test_combined_filters(catalogue):
    site, a = catalogue["site"], catalogue["a"]
    page = get(site, department=a.UID(), trips="2")
    assert page.titles() == ["食品生产许可"]
    # Each facet counts under the other filters.
    assert page.counts("trips") == {"1": 2, "2": 1}
    assert page.counts("category") == {"XK": 1}
    assert page.counts("department") == {a.UID(): 1}
    trips = page.facet("trips")
    assert trips["2"]["active"]
    assert not trips["1"]["active"]
    # Switching trips keeps the department; removing trips keeps it too.
    assert trips["1"]["params"] == {"department": a.UID(), "trips": "1"}
    assert trips["2"]["params"] == {"department": a.UID()}
    assert set(get(site, **trips["1"]["params"]).titles()) == {
        "食品经营许可",
        "食品经营许可（仅销售预包装食品）",
    }
    clear = page.link(
        "//section[@id='facet-department']//a[@class='small catalogue-clear']"
    )
    assert params_of(clear) == {"trips": "2"}
    # No item matches: the page says so.
    empty = get(site, department=a.UID(), category="QR")
    assert empty.titles() == []
    assert empty.doc.xpath("//*[@id='catalogue-no-result']")
    # The active value stays listed (count 0) so that it can be removed.
    assert empty.facet("category")["QR"]["active"]
    assert empty.counts("category")["QR"] == 0


def test_sorting(catalogue):
    site = catalogue["site"]
    codes = [row[1] for row in get(site, sort="code").rows()]
    assert codes == sorted(codes)
    assert codes[0] == "QR00030000"
    by_department = [row[2] for row in get(site, sort="department").rows()]
    # By reading: 莆田市 pú tián shì (shì chǎng before zhù fáng), 仙 xiān.
    assert list(dict.fromkeys(by_department)) == [
        "莆田市市场监督管理局",
        "莆田市住房和城乡建设局",
        "仙游县市场监督管理局",
    ]
    by_title = get(site, sort="title").titles()
    # Names in pinyin order (chéng, jiàn, shí pǐn jīng, shí pǐn shēng, xiǎo),
    # not in code-point order.
    assert by_title == [
        "城市建筑垃圾处置核准",
        "建筑工程施工许可证核发",
        "食品经营许可",
        "食品经营许可（仅销售预包装食品）",
        "食品生产许可",
        "小餐饮登记",
    ]
    assert get(site).titles() == by_title
    page = get(site, sort="code", category="XK")
    options = page.doc.xpath("//nav[@id='catalogue-sort']/a")
    active = [a.get("data-sort") for a in options if a.get("aria-current") == "true"]
    assert active == ["code"]
    # The sort is kept by the filter links.
    assert page.facet("trips")["2"]["params"]["sort"] == "code"
    # An unknown sort falls back to the title.
    assert get(site, sort="nonsense").titles() == by_title


def test_batching(catalogue):
    site = catalogue["site"]
    first = get(site, sort="code", b_size="4")
    assert len(first.titles()) == 4
    assert first.doc.xpath("//a[@aria-current='page']")[0].text_content() == "1"
    assert first.link("//a[@rel='prev']") is None
    following = params_of(first.link("//a[@rel='next']"))
    assert following == {"sort": "code", "b_size": "4", "b_start": "4"}
    second = get(site, **following)
    assert len(second.titles()) == 2
    assert second.link("//a[@rel='next']") is None
    assert params_of(second.link("//a[@rel='prev']")) == {
        "sort": "code",
        "b_size": "4",
    }
    assert set(first.titles()) | set(second.titles()) == ALL
    codes = [row[1] for row in first.rows() + second.rows()]
    assert codes == sorted(codes)
    # The facets count every matching item, not the page.
    assert sum(second.counts("category").values()) == len(ALL)
    # Twenty a page by default: no page links for six items.
    assert not get(site).doc.xpath("//nav[@id='catalogue-batch']")
    # Out of range or malformed numbers do not break the page.
    assert len(get(site, b_start="x", b_size="-3").titles()) == 1


def test_search_finds_part_of_a_chinese_name(catalogue):
    site = catalogue["site"]
    # Two characters inside a longer name.
    assert set(get(site, q="经营").titles()) == {
        "食品经营许可",
        "食品经营许可（仅销售预包装食品）",
    }
    assert get(site, q="施工").titles() == ["建筑工程施工许可证核发"]
    # Four and three characters across bigrams.
    assert get(site, q="施工许可").titles() == ["建筑工程施工许可证核发"]
    assert set(get(site, q="品经营").titles()) == {
        "食品经营许可",
        "食品经营许可（仅销售预包装食品）",
    }
    assert get(site, q="工程施工许").titles() == ["建筑工程施工许可证核发"]
    # Characters of the name, but not in this order: no match.
    empty = get(site, q="营经")
    assert empty.titles() == []
    assert empty.doc.xpath("//*[@id='catalogue-no-result']")
    # Search and facets together; the counts follow the search.
    page = get(site, q="许可")
    assert page.counts("department") == {
        catalogue["a"].UID(): 3,
        catalogue["b"].UID(): 1,
    }
    filtered = get(site, q="许可", department=catalogue["b"].UID())
    assert filtered.titles() == ["建筑工程施工许可证核发"]
    assert filtered.facet("trips")["1"]["params"]["q"] == "许可"
    # The draft is not found either.
    assert get(site, q="作坊").titles() == []


def test_single_character_asks_for_two(catalogue):
    page = get(catalogue["site"], q="经")
    assert page.titles() == []
    hint = page.doc.xpath("//*[@id='catalogue-query-too-short']")
    assert hint
    assert hint[0].text_content().strip() in (
        "请输入至少两个字",
        "Please enter at least two characters.",
    )
    assert not page.doc.xpath("//*[@id='catalogue-no-result']")


def test_query_syntax_is_harmless(catalogue):
    site = catalogue["site"]
    for query in ('"', "(", "AND", "*", "经营 OR", "NOT 经营", "-经营", "食品 )"):
        get(site, q=query)
    assert get(site, q="食品 经营").titles() == get(site, q="食品经营").titles()


@pytest.fixture
def manager(portal):
    setRoles(portal, TEST_USER_ID, ["Manager"])


def test_catalog_searchable_text_splits_chinese(departments, manager):
    """The catalog itself, as the view queries it."""
    with api.env.adopt_user(SITE_OWNER_NAME):
        make_item(departments["a"])
        make_item(departments["b"], "build", "建筑工程施工许可证核发", "XK00020000")

    def found(query):
        return {
            brain.getId
            for brain in api.content.find(
                SearchableText=text_query(search_terms(query)),
                portal_type="ApprovalItem",
            )
        }

    assert found("经营") == {"food"}
    assert found("施工许可") == {"build"}
    assert found("许可") == {"food", "build"}
    assert found("品经营许") == {"food"}
    assert found("经营 施工") == set()
    # Plain catalog queries, without the view's quoting, agree.
    assert {b.getId for b in api.content.find(SearchableText="经营")} == {"food"}
    assert {b.getId for b in api.content.find(SearchableText="施工许可")} == {"build"}


def test_query_words():
    assert search_terms(' 食品 "经营" (AND) ') == ["食品", "经营", "AND"]
    assert text_query(["食品", "AND"]) == '"食品" AND "AND"'
    assert too_short(["经"])
    assert not too_short(["经营"])
    assert not too_short(["a"])
    assert too_short(["经营", "许"])
    assert not too_short(["经营", "a"])


def test_upgrade_from_1011_sorts_existing_content_by_pinyin(portal, setup_tool, item_a):
    from putian.policy.rules.common.collation import collation_key

    index = portal.portal_catalog._catalog.getIndex("sortable_title")
    index.clear()
    setup_tool.setLastVersionForProfile("putian.policy:default", "1011")
    with api.env.adopt_roles(["Manager"]):
        setup_tool.upgradeProfile("putian.policy:default")
    rid = portal.portal_catalog.getrid("/".join(item_a.getPhysicalPath()))
    assert index.getEntryForObject(rid) == collation_key("食品经营许可")
