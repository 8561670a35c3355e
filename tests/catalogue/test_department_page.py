"""A department's page shows the public what it needs, and nothing internal."""

from bs4 import BeautifulSoup
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from tests.fixtures.applications import publish
from tests.fixtures.catalogue import make_item
from tests.fixtures.catalogue import make_service_center
from tests.fixtures.catalogue import USCC_A

import pytest
import requests
import transaction


ADDRESS = "莆田市城厢区东园西路1号"
PASSWORD = "secret-pw-123"
STAFF = (
    ("editor_a", "a", "DepartmentEditor"),
    ("clerk_a", "a", "WindowClerk"),
    ("clerk_b", "b", "WindowClerk"),
)
HOURS = "周一至周五 8:00-12:00, 14:30-17:30；周六 9:00-12:00"


@pytest.fixture
def department_site(site):
    """Department a: address, phones, case code; window B01 of the city
    centre handles it. Published: food (XK) and record (QT); a draft
    permit. Department b has a published item of its own."""
    with api.env.adopt_user(SITE_OWNER_NAME):
        a = site.a
        publish(a.food)
        a.address = ADDRESS
        a.supervision_phone = "12315"
        a.case_code = "SCJGJ"
        a.parent_organ = "莆田市人民政府"
        a.reindexObject()
        record = make_item(a, "record", "食品经营备案", "QT00015000")
        record.category = "QT"
        record.committed_limit_days = 0
        record.trips = "0"
        record.online_depth = "3"
        # Its flow's days exceed an instant limit: let it out regardless.
        record.compliance_exemption = "经改革办同意先行公开"
        record.reindexObject()
        publish(record)
        make_item(a, "permit", "食品生产许可（草稿）", "XK00013000")
        housing = make_item(site.b, "housing", "建筑工程施工许可证核发", "XK00099000")
        publish(housing)
        make_service_center(
            site,
            "xzfwzx",
            division_code="350300",
            opening_hours=HOURS,
            windows=[
                {
                    "number": "B01",
                    "name": "市场准入窗口",
                    "handled_departments": [a.UID()],
                },
                {
                    "number": "C01",
                    "name": "住建窗口",
                    "handled_departments": [site.b.UID()],
                },
            ],
        )
        for name, department, role in STAFF:
            api.user.create(
                email=f"{name}@putian.example", username=name, password=PASSWORD
            )
            api.user.grant_roles(username=name, obj=site[department], roles=[role])
    transaction.commit()
    return site


def page(url, user=None, english=False):
    response = requests.get(
        url,
        auth=(user, PASSWORD) if user else None,
        cookies={"I18N_LANGUAGE": "en"} if english else {},
        timeout=30,
    )
    assert response.status_code == 200
    return BeautifulSoup(response.text, "html.parser")


def main_text(soup) -> str:
    return soup.select_one("#content").get_text(" ", strip=True)


def test_contact_details_and_windows(department_site):
    soup = page(department_site.a.absolute_url())
    assert soup.select_one("h1").get_text(strip=True) == "莆田市市场监督管理局"
    assert soup.select_one("#department-address").get_text(strip=True) == ADDRESS
    assert soup.select_one("#department-hours").get_text(strip=True) == HOURS
    phone = soup.select_one("#department-consultation_phone a")
    assert phone.get_text(strip=True) == "0594-2695000"
    assert phone["href"] == "tel:0594-2695000"
    assert soup.select_one("#department-supervision_phone a")["href"] == "tel:12315"
    windows = soup.select("#department-windows li a")
    assert [a.get_text(strip=True) for a in windows] == [
        "莆田市行政服务中心 · B01 市场准入窗口"
    ]
    assert windows[0]["href"].endswith("/xzfwzx#window-B01")


def test_published_items_by_category_not_drafts(department_site):
    soup = page(department_site.a.absolute_url())
    groups = soup.select(".putian-department-category")
    assert [g.select_one("h3").get_text(" ", strip=True) for g in groups] == [
        "行政许可 1",
        "其他行政权力 1",
    ]
    food = groups[0].select_one(".putian-department-item")
    link = food.select_one("a")
    assert link.get_text(strip=True) == "食品经营许可"
    assert link["href"] == department_site.a.food.absolute_url()
    figures = food.select_one(".putian-item-figures").get_text(" ", strip=True)
    assert figures == (
        "基本编码 XK00012000 办结时限 10个工作日 "
        "跑动次数 最多跑一趟 网上办理深度 全程网办（四级）"
    )
    record = groups[1].select_one(".putian-item-figures").get_text(" ", strip=True)
    assert "办结时限 即办" in record
    text = main_text(soup)
    assert "（草稿）" not in text
    assert "建筑工程施工许可证核发" not in text
    assert "审批事项（2项）" in text
    catalogue = soup.select_one("#department-catalogue-link")["href"]
    assert catalogue.endswith(f"@@catalogue?department={department_site.a.UID()}")


def test_no_internal_fields_and_no_byline_for_anonymous(department_site):
    soup = page(department_site.a.absolute_url())
    html = str(soup.select_one("#content"))
    for internal in (USCC_A, "SCJGJ", "350300", "莆田市人民政府", "短名", "admin"):
        assert internal not in html, internal
    assert soup.select(".documentByLine") == []
    assert soup.select("#section-byline") == []
    assert soup.select("#department-staff") == []
    # Its case folder is not listed either.
    assert "办件库" not in html


def test_staff_see_the_links_they_may_follow(department_site):
    url = department_site.a.absolute_url()
    editor = page(url, "editor_a")
    assert [a["id"] for a in editor.select("#department-staff a")] == [
        "department-link-report"
    ]
    clerk = page(url, "clerk_a")
    links = {a["id"]: a["href"] for a in clerk.select("#department-staff a")}
    assert links == {
        "department-link-cases": f"{url}/cases",
        "department-link-forwarded": f"{url}/@@forwarded-cases",
    }
    # Staff of another department get no links here.
    assert page(url, "clerk_b").select("#department-staff") == []
    for href in links.values():
        response = requests.get(href, auth=("clerk_a", PASSWORD), timeout=30)
        assert response.status_code == 200


def test_the_page_in_english(department_site):
    soup = page(department_site.a.absolute_url(), english=True)
    text = main_text(soup)
    assert "Contact" in text
    assert "Office hours" in text
    assert "Approval items (2)" in text
    assert "Where to apply in person" in text


def test_a_department_without_published_items_says_so(department_site):
    soup = page(department_site.b.absolute_url())
    assert "建筑工程施工许可证核发" in main_text(soup)
    with api.env.adopt_user(SITE_OWNER_NAME):
        api.content.transition(obj=department_site.b.housing, transition="retire")
    transaction.commit()
    soup = page(department_site.b.absolute_url())
    assert soup.select(".putian-department-item") == []
    assert "本部门尚无已公布的事项。" in main_text(soup)
