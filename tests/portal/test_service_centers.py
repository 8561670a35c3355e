"""Service centre pages: hours, weekend and self-service, and the windows
with the items each handles; an item page says where to apply in person."""

from lxml import html as lxml_html
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from tests.fixtures.applications import publish
from tests.fixtures.catalogue import make_item
from tests.fixtures.catalogue import make_service_center
from tests.fixtures.catalogue import make_xianyou_department

import pytest
import requests
import transaction


AUTH = (SITE_OWNER_NAME, SITE_OWNER_PASSWORD)
JSON = {"Accept": "application/json"}


@pytest.fixture
def hall(site):
    """City hall with a comprehensive window, a window for department a and
    a licensing window for b; a county department's item it must not list."""
    with api.env.adopt_user(SITE_OWNER_NAME):
        a, b = site.a, site.b
        publish(a.food)
        publish(make_item(b, "build", "建筑工程施工许可证核发", "XK00020000"))
        registration = make_item(b, "record", "房屋交易合同网签备案", "QT00021000")
        registration.category = "QT"
        registration.reindexObject()
        publish(registration)
        county = make_xianyou_department(site)
        publish(make_item(county, "stall", "小餐饮登记", "XK00030000"))
        make_item(a, "draft", "食品小作坊登记", "XK00016000")
        center = make_service_center(
            site,
            division_code="350300",
            self_service_24h=True,
            self_service_machines=["政务服务自助终端"],
            weekend_services={"real_estate", "marriage"},
            windows=[
                {"number": "A01", "name": "综合受理窗口", "departments": "各进驻部门"},
                {
                    "number": "B01",
                    "name": "市场准入窗口",
                    "handled_departments": [a.UID()],
                },
                {
                    "number": "C01",
                    "name": "工程建设项目审批窗口",
                    "handled_departments": [b.UID()],
                    "handled_categories": ["XK"],
                },
            ],
        )
    transaction.commit()
    return {"site": site, "center": center}


def page(url):
    response = requests.get(url, headers={"Accept-Language": "zh-CN"}, timeout=60)
    assert response.status_code == 200, response.text[:500]
    return lxml_html.fromstring(response.text)


def items_at(tree, number) -> list[str]:
    return [
        a.text_content().strip()
        for a in tree.xpath(f"//*[@id='window-{number}']//details//li/a")
    ]


def test_each_window_lists_the_items_it_handles(hall):
    tree = page(hall["center"].absolute_url())
    assert sorted(items_at(tree, "A01")) == sorted(
        ["建筑工程施工许可证核发", "房屋交易合同网签备案", "食品经营许可"]
    )
    assert items_at(tree, "B01") == ["食品经营许可"]
    assert items_at(tree, "C01") == ["建筑工程施工许可证核发"]
    text = tree.text_content()
    assert "小餐饮登记" not in text  # another level and division
    assert "食品小作坊登记" not in text  # not published
    c01 = " ".join(tree.xpath("//*[@id='window-C01']")[0].text_content().split())
    assert "莆田市住房和城乡建设局" in c01
    assert "行政许可" in c01


def test_the_centre_page_shows_hours_weekend_and_self_service(hall):
    tree = page(hall["center"].absolute_url())
    facts = " ".join(tree.xpath("//*[@id='center-facts']")[0].text_content().split())
    assert "莆田市城厢区东园西路" in facts
    assert "周一至周五 8:00-12:00, 14:30-17:30" in facts
    weekend = tree.xpath("//*[@id='center-weekend']")[0].text_content().strip()
    assert weekend == "不动产登记、婚姻登记"
    assert (
        "政务服务自助终端"
        in tree.xpath("//*[@id='center-self-service']")[0].text_content()
    )


def test_the_item_page_says_which_windows_handle_it(hall):
    tree = page(hall["site"].a.food.absolute_url())
    windows = [
        " ".join(li.text_content().split())
        for li in tree.xpath("//*[@id='where-to-apply']//li")
    ]
    assert [w.split(" 莆田市城厢区")[0] for w in windows] == [
        "莆田市行政服务中心 · A01 综合受理窗口",
        "莆田市行政服务中心 · B01 市场准入窗口",
    ]
    link = tree.xpath("//*[@id='where-to-apply']//a")[1].get("href")
    assert link.endswith("/center#window-B01")


def test_an_item_no_window_handles_shows_no_place(hall):
    stall = hall["site"].c.stall
    assert page(stall.absolute_url()).xpath("//*[@id='where-to-apply']") == []


def test_the_front_page_shows_weekend_services(hall):
    tree = page(hall["site"].absolute_url())
    centers = " ".join(
        tree.xpath("//*[@id='home-service-centers']")[0].text_content().split()
    )
    assert "周末服务：不动产登记、婚姻登记" in centers.replace("： ", "：")


def test_rest_sets_what_a_window_handles(hall):
    site, center = hall["site"], hall["center"]
    url = center.absolute_url()
    windows = [
        {
            "number": "D01",
            "name": "社会事务窗口",
            "handled_departments": [site.b.UID()],
            "handled_categories": ["QT"],
        }
    ]
    response = requests.patch(
        url, json={"windows": windows}, auth=AUTH, headers=JSON, timeout=60
    )
    assert response.status_code == 204, response.text
    assert items_at(page(url), "D01") == ["房屋交易合同网签备案"]
    body = requests.get(url, headers=JSON, timeout=60).json()
    assert body["windows"][0]["handled_departments"] == [site.b.UID()]


def test_rest_refuses_a_bad_division_code(hall):
    response = requests.patch(
        hall["center"].absolute_url(),
        json={"division_code": "12345"},
        auth=AUTH,
        headers=JSON,
        timeout=60,
    )
    assert response.status_code == 400
    transaction.begin()
    assert hall["center"].division_code == "350300"


def test_rest_lists_windows_and_the_items_each_handles(hall):
    site, center = hall["site"], hall["center"]
    body = requests.get(
        f"{center.absolute_url()}/@windows", headers=JSON, timeout=60
    ).json()
    windows = {window["number"]: window for window in body["windows"]}
    assert list(windows) == ["A01", "B01", "C01"]
    assert [item["title"] for item in windows["B01"]["items"]] == ["食品经营许可"]
    assert windows["B01"]["items"][0]["@id"] == site.a.food.absolute_url()
    c01 = windows["C01"]
    assert c01["departments"] == [{"token": site.b.UID(), "title": site.b.Title()}]
    assert c01["categories"] == [{"token": "XK", "title": "行政许可"}]
    assert [item["base_code"] for item in c01["items"]] == ["XK00020000"]
    assert windows["A01"]["departments_text"] == "各进驻部门"
    assert len(windows["A01"]["items"]) == 3


def test_rest_says_where_an_item_is_handled(hall):
    site = hall["site"]
    body = requests.get(
        f"{site.a.food.absolute_url()}/@windows", headers=JSON, timeout=60
    ).json()
    assert [(w["center"]["title"], w["number"]) for w in body["windows"]] == [
        ("莆田市行政服务中心", "A01"),
        ("莆田市行政服务中心", "B01"),
    ]
    assert body["windows"][0]["center"]["address"] == "莆田市城厢区东园西路"
    stall = requests.get(
        f"{site.c.stall.absolute_url()}/@windows", headers=JSON, timeout=60
    )
    assert stall.json()["windows"] == []


def test_upgrade_from_1012_reads_the_departments_a_window_names(
    portal, setup_tool, departments
):
    with api.env.adopt_user(SITE_OWNER_NAME):
        center = make_service_center(portal, "old")
    # As 1010 stored them: words only.
    center.windows = [
        {"number": "A01", "name": "综合受理窗口", "departments": "各进驻部门"},
        {
            "number": "C01",
            "name": "工程建设项目审批窗口",
            "departments": "莆田市住房和城乡建设局、莆田市市场监督管理局",
        },
    ]
    setup_tool.setLastVersionForProfile("putian.policy:default", "1012")
    setup_tool.upgradeProfile("putian.policy:default")
    a, b = departments["a"], departments["b"]
    handled = [row["handled_departments"] for row in center.windows]
    assert handled == [[], [b.UID(), a.UID()]]
    assert center.windows[1]["departments"] == (
        "莆田市住房和城乡建设局、莆田市市场监督管理局"
    )


def test_a_retired_item_says_nowhere_to_apply(hall):
    site = hall["site"]
    with api.env.adopt_user(SITE_OWNER_NAME):
        api.content.transition(site.a.food, transition="retire")
    transaction.commit()
    food = site.a.food.absolute_url()
    assert page(food).xpath("//*[@id='where-to-apply']") == []
    assert (
        requests.get(f"{food}/@windows", headers=JSON, timeout=60).json()["windows"]
        == []
    )
    assert "食品经营许可" not in page(hall["center"].absolute_url()).text_content()


def test_upgrade_from_1013_gives_a_county_centre_its_division(
    portal, setup_tool, departments
):
    with api.env.adopt_user(SITE_OWNER_NAME):
        county = make_xianyou_department(portal)
        center = make_service_center(
            portal,
            "xianyou",
            title="仙游县行政服务中心",
            level="county",
            windows=[
                {"number": "01", "name": "综合受理窗口"},
                {
                    "number": "02",
                    "name": "市场监管窗口",
                    "handled_departments": [county.UID()],
                },
            ],
        )
        unknown = make_service_center(
            portal, "unknown", title="某便民服务中心", level="township"
        )
    setup_tool.setLastVersionForProfile("putian.policy:default", "1013")
    setup_tool.upgradeProfile("putian.policy:default")
    assert center.division_code == "350322"
    assert unknown.division_code is None


def test_a_window_without_a_number_is_still_linked_by_its_place():
    from putian.policy.halls.places import window_anchor

    assert window_anchor({"number": "B01"}, 1) == "window-B01"
    assert window_anchor({"number": ""}, 1) == "window-2"
    assert window_anchor({}, 0) == "window-1"


def test_rest_refuses_two_windows_with_one_number(hall):
    # As the REST API takes a window: every list field given.
    row = {"handled_departments": [], "handled_categories": []}
    windows = [
        {"number": "A01", "name": "综合受理窗口", **row},
        {"number": "A01", "name": "另一个", **row},
    ]
    response = requests.patch(
        hall["center"].absolute_url(),
        json={"windows": windows},
        auth=AUTH,
        headers={**JSON, "Accept-Language": "zh-CN"},
        timeout=60,
    )
    assert response.status_code == 400
    assert "窗口编号“A01”重复" in response.json()["message"]
    transaction.begin()
    assert [row["number"] for row in hall["center"].windows] == ["A01", "B01", "C01"]
