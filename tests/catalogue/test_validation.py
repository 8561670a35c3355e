"""Bad input is refused with a clear message, through REST and the forms,
and nothing is stored."""

from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from tests.fixtures.testbrowser import owner_browser

import pytest
import requests
import transaction


MANAGER = (SITE_OWNER_NAME, SITE_OWNER_PASSWORD)
JSON = {"Accept": "application/json", "Accept-Language": "zh-CN"}
ITEM = {
    "@type": "ApprovalItem",
    "title": "食品生产许可",
    "category": "XK",
    "base_code": "XK00013000",
    "legal_basis": [
        {
            "level": "law",
            "name": "《中华人民共和国食品安全法》",
            "article": "第三十五条",
            "text": None,
        }
    ],
    "trips": "1",
    "online_depth": "3",
    "statutory_limit_days": 20,
    "committed_limit_days": 10,
}


def post(url, body):
    return requests.post(url, json=body, headers=JSON, auth=MANAGER, timeout=30)


def patch(url, body):
    return requests.patch(url, json=body, headers=JSON, auth=MANAGER, timeout=30)


def get(url):
    return requests.get(url, headers=JSON, auth=MANAGER, timeout=30)


def messages(response):
    body = response.json()
    errors = body.get("message") or body.get("error", {}).get("message")
    return str(errors)


def item_ids(url):
    return [
        child["@id"].rsplit("/", 1)[1]
        for child in get(url).json()["items"]
        if child["@type"] == "ApprovalItem"
    ]


class TestDepartment:
    @pytest.mark.parametrize(
        ("field", "value", "fragment"),
        [
            ("uscc", "11350300003632104A", "统一社会信用代码"),
            ("division_code", "35030", "行政区划代码"),
            ("consultation_phone", "123", "电话"),
        ],
    )
    def test_bad_value_is_refused(self, site, field, value, fragment):
        body = {
            "@type": "Department",
            "id": "c",
            "title": "莆田市交通运输局",
            "uscc": "11350300003632104X",
            "level": "city",
            "division_code": "350300",
            field: value,
        }
        response = post(site.absolute_url(), body)
        assert response.status_code == 400
        assert fragment in messages(response)
        assert "c" not in item_ids(site.absolute_url())


class TestItemPost:
    def test_valid_item_is_created(self, site):
        response = post(f"{site.absolute_url()}/a", ITEM)
        assert response.status_code == 201, response.text
        assert response.json()["base_code"] == "XK00013000"

    @pytest.mark.parametrize(
        ("changes", "fragment"),
        [
            ({"base_code": "XK0013000"}, "基本编码"),
            ({"category": "QR"}, "类型字母"),
            ({"base_code": "XK00013001"}, "000"),
            ({"base_code": "XK00012000"}, "已有事项使用基本编码"),
            ({"committed_limit_days": 11}, "50%"),
            ({"committed_limit_days": 21}, "超过法定办结时限"),
            ({"statutory_limit_days": None, "committed_limit_days": None}, "承诺"),
        ],
    )
    def test_bad_item_is_refused(self, site, changes, fragment):
        response = post(f"{site.absolute_url()}/a", {**ITEM, **changes})
        assert response.status_code == 400
        assert fragment in messages(response)
        assert item_ids(f"{site.absolute_url()}/a") == ["food"]

    def test_same_code_in_another_department_is_one_standard(self, site):
        # R2: the same item at another organ shares the base code.
        response = post(f"{site.absolute_url()}/b", {**ITEM, "base_code": "XK00012000"})
        assert response.status_code == 201

    def test_complex_item_exemption_allows_a_longer_limit(self, site):
        body = {
            **ITEM,
            "committed_limit_days": 15,
            "limit_exemption_reason": "涉及多部门现场核查，经改革办认定为复杂事项",
        }
        assert post(f"{site.absolute_url()}/a", body).status_code == 201

    def test_sub_item_shares_its_main_items_code(self, site):
        url = f"{site.absolute_url()}/a/food"
        sub = {**ITEM, "title": "食品经营许可（新办）", "base_code": "XK00012001"}
        assert post(url, sub).status_code == 201
        wrong = {**sub, "base_code": "XK00099001"}
        response = post(url, wrong)
        assert response.status_code == 400
        assert "主项" in messages(response)


class TestItemPatch:
    def test_committed_over_half_is_refused_and_kept(self, site):
        url = f"{site.absolute_url()}/a/food"
        response = patch(url, {"committed_limit_days": 15})
        assert response.status_code == 400
        assert "50%" in messages(response)
        assert get(url).json()["committed_limit_days"] == 10

    def test_status_change_needs_reason_and_document(self, site):
        url = f"{site.absolute_url()}/a/food"
        response = patch(url, {"lifecycle_status": "cancelled"})
        assert response.status_code == 400
        assert get(url).json()["lifecycle_status"]["token"] == "retained"

    def test_status_change_is_logged(self, site):
        url = f"{site.absolute_url()}/a/food"
        response = patch(
            url,
            {
                "lifecycle_status": "commitment",
                "lifecycle_reason": "实行告知承诺制改革",
                "lifecycle_document": "莆政文〔2017〕88号",
            },
        )
        assert response.status_code == 204, response.text
        body = get(url).json()
        assert body["lifecycle_status"]["token"] == "commitment"
        [entry] = body["lifecycle_log"]
        assert entry["from_status"] == "retained"
        assert entry["to_status"] == "commitment"
        assert entry["reason"] == "实行告知承诺制改革"
        assert entry["document_number"] == "莆政文〔2017〕88号"
        # The reason belonged to that change; the next one needs its own.
        assert body["lifecycle_reason"] is None


class TestForms:
    @pytest.fixture
    def browser(self, functional, site):
        transaction.commit()
        return owner_browser(functional)

    def test_bad_uscc_in_add_form(self, browser, site):
        browser.open(f"{site.absolute_url()}/++add++Department")
        browser.getControl(name="form.widgets.IBasic.title").value = "莆田市交通运输局"
        browser.getControl(name="form.widgets.uscc").value = "11350300003632104A"
        browser.getControl(name="form.widgets.level:list").value = ["city"]
        browser.getControl(name="form.widgets.division_code").value = "350300"
        browser.getControl(name="form.buttons.save").click()
        assert "统一社会信用代码" in browser.contents
        assert "++add++Department" in browser.url
        transaction.begin()
        departments = [
            o.getId() for o in site.contentValues() if o.portal_type == "Department"
        ]
        assert departments == ["a", "b"]

    def test_committed_over_half_in_edit_form(self, browser, site):
        browser.open(f"{site.absolute_url()}/a/food/edit")
        browser.getControl(name="form.widgets.committed_limit_days").value = "15"
        browser.getControl(name="form.buttons.save").click()
        assert "50%" in browser.contents
        transaction.begin()
        assert site.a.food.committed_limit_days == 10


def test_one_guide_per_item(site):
    url = f"{site.absolute_url()}/a/food"
    response = post(
        url, {"@type": "ServiceGuide", "id": "guide2", "title": "第二份指南"}
    )
    assert response.status_code in (400, 403)
    assert "guide2" not in item_ids(url)
