"""One item, one standard (R2): a county item made from the city's item."""

from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from plone.testing.zope import Browser

import pytest
import requests
import transaction


MANAGER = (SITE_OWNER_NAME, SITE_OWNER_PASSWORD)
JSON = {"Accept": "application/json"}
USCC_XIANYOU = "11350322003632258X"


@pytest.fixture
def city_and_county(site):
    from tests.catalogue.test_working_copy import publish_all
    from tests.fixtures.catalogue import make_department

    with api.env.adopt_user(SITE_OWNER_NAME):
        publish_all(site.a.food)
        county = make_department(
            site, "xy", "仙游县市场监督管理局", uscc_for("11350322003632258")
        )
        county.level = "county"
        county.division_code = "350322"
    transaction.commit()
    return site.a.food, county


def uscc_for(base):
    from stdnum.cn import uscc

    return base + uscc.calc_check_digit(base)


def create(county, standard):
    return requests.post(
        f"{county.absolute_url()}/@create-from-standard",
        json={"standard": standard.UID()},
        headers=JSON,
        auth=MANAGER,
        timeout=30,
    )


def test_county_item_inherits_the_standard(city_and_county):
    standard, county = city_and_county
    response = create(county, standard)
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["title"] == "食品经营许可"
    assert body["base_code"] == "XK00012000"
    assert body["category"]["token"] == "XK"
    assert body["legal_basis"] == standard.legal_basis
    assert body["review_state"] == "draft"
    assert body["standard_item"]["@id"] == standard.absolute_url()
    [guide] = [i for i in body["items"] if i["@type"] == "ServiceGuide"]
    local_guide = requests.get(guide["@id"], headers=JSON, auth=MANAGER, timeout=30)
    names = [m["name"] for m in local_guide.json()["materials"]]
    assert names == ["食品经营许可申请书", "营业执照"]


def test_same_standard_twice_is_refused(city_and_county):
    standard, county = city_and_county
    assert create(county, standard).status_code == 201
    again = create(county, standard)
    assert again.status_code == 400
    assert again.json()["error"]["code"] == "base_code_duplicate"


def test_city_department_does_not_copy_a_city_item(city_and_county, site):
    standard, _ = city_and_county
    response = create(site.b, standard)
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "local_department_required"


def test_page_shows_what_this_level_sets_differently(city_and_county):
    standard, county = city_and_county
    url = create(county, standard).json()["@id"]
    requests.patch(
        url, json={"committed_limit_days": 5}, headers=JSON, auth=MANAGER, timeout=30
    ).raise_for_status()
    html = requests.get(
        url, auth=MANAGER, headers={"Accept-Language": "zh-CN"}, timeout=30
    ).text
    section = html[html.index('id="standard"') :]
    assert "本级设定不同之处" in section
    assert "10个工作日" in section
    assert "5个工作日" in section


def test_a_renamed_local_item_breaks_the_standard(city_and_county):
    standard, county = city_and_county
    url = create(county, standard).json()["@id"]
    requests.patch(
        url,
        json={"title": "食品经营许可（县级）"},
        headers=JSON,
        auth=MANAGER,
        timeout=30,
    ).raise_for_status()
    report = requests.get(
        f"{url}/@compliance", headers=JSON, auth=MANAGER, timeout=30
    ).json()
    assert any(f["rule"] == "R2" and f["field"] == "title" for f in report["findings"])


def test_create_in_the_browser(city_and_county, functional):
    standard, county = city_and_county
    browser = Browser(functional["app"])
    browser.handleErrors = False
    browser.addHeader("Authorization", f"Basic {SITE_OWNER_NAME}:{SITE_OWNER_PASSWORD}")
    browser.open(f"{county.absolute_url()}/@@create-from-standard")
    browser.getControl(name="standard").value = [standard.UID()]
    browser.getControl(name="form.buttons.create").click()
    assert browser.url.endswith("/edit")
    transaction.begin()
    [item] = [o for o in county.contentValues() if o.portal_type == "ApprovalItem"]
    assert item.base_code == "XK00012000"


def test_only_a_published_city_main_item_is_a_standard(city_and_county, site):
    from tests.fixtures.catalogue import make_item

    standard, county = city_and_county
    with api.env.adopt_user(SITE_OWNER_NAME):
        draft = make_item(site.a, "draft", "食品生产许可", "XK00013000")
    transaction.commit()
    for candidate in (draft, county):
        response = create(county, candidate)
        assert response.status_code == 400
        assert response.json()["error"]["code"] == "standard_missing"
