"""Site Setup → 工作日历, used through the browser as a manager would."""

from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from tests.fixtures.testbrowser import owner_browser

import io
import json
import pytest
import requests
import transaction


@pytest.fixture
def browser(functional):
    transaction.commit()
    return owner_browser(functional)


@pytest.fixture
def panel_url(functional):
    return functional["portal"].absolute_url() + "/@@putian-calendar"


def test_listed_in_site_setup(browser, functional):
    browser.open(functional["portal"].absolute_url() + "/@@overview-controlpanel")
    link = browser.getLink("工作日历")
    assert link.url.endswith("/@@putian-calendar")


def test_shows_years_with_status_in_chinese(browser, panel_url):
    browser.open(panel_url + "?year=2025")
    assert "工作日历" in browser.contents
    assert 'data-year="2025" data-status="official"' in browser.contents
    assert "春节" in browser.contents
    assert "2025-01-26" in browser.contents  # make-up working Sunday


def test_provisional_year_is_flagged(browser, panel_url):
    browser.open(panel_url + "?year=2027")
    assert 'data-year="2027" data-status="provisional"' in browser.contents
    assert "本年度尚未录入官方安排" in browser.contents


def test_set_one_day(browser, panel_url):
    browser.open(panel_url + "?year=2027")
    form = browser.getForm(id="calendar-day-form")
    form.getControl(name="day").value = "2027-03-01"
    form.getControl(name="kind").value = ["holiday"]
    form.getControl(name="name").value = "临时假日"
    form.getControl(name="form.buttons.save_day").click()
    assert "已保存" in browser.contents
    assert 'data-year="2027" data-status="overridden"' in browser.contents
    assert "临时假日" in browser.contents


def test_bad_day_gives_a_chinese_message(browser, panel_url):
    browser.open(panel_url + "?year=2027")
    form = browser.getForm(id="calendar-day-form")
    form.getControl(name="day").value = "2027-02-30"
    form.getControl(name="form.buttons.save_day").click()
    assert "日期不存在" in browser.contents


def test_upload_json_arrangement(browser, panel_url):
    browser.open(panel_url + "?year=2027")
    form = browser.getForm(id="calendar-upload-form")
    data = json.dumps(
        {
            "holidays": [{"start": "2027-02-05", "end": "2027-02-11", "name": "春节"}],
            "make_up_working_days": [{"date": "2027-02-14", "name": "春节调休上班"}],
        },
        ensure_ascii=False,
    ).encode("utf-8")
    form.getControl(name="arrangement_file").add_file(
        io.BytesIO(data), "application/json", "2027.json"
    )
    form.getControl(name="published").value = True
    form.getControl(name="form.buttons.upload").click()
    assert "已保存" in browser.contents
    assert "春节调休上班" in browser.contents
    assert "本年度尚未录入官方安排" not in browser.contents


def test_anonymous_is_sent_to_login(panel_url):
    response = requests.get(panel_url, allow_redirects=False, timeout=30)
    assert response.status_code == 302
    assert "require_login" in response.headers["Location"]


def stored_2027(functional):
    url = functional["portal"].absolute_url() + "/@calendar?year=2027"
    response = requests.get(url, headers={"Accept": "application/json"}, timeout=30)
    return response.json()["overrides"]


def test_anonymous_cannot_post(functional, panel_url):
    response = requests.post(
        panel_url,
        data={"day": "2027-03-01", "form.buttons.save_day": "1"},
        allow_redirects=False,
        timeout=30,
    )
    assert response.status_code == 302
    assert "require_login" in response.headers["Location"]
    assert stored_2027(functional) == []


def test_post_without_authenticator_is_refused(functional, panel_url):
    # A forged cross-site form post carries the manager's cookie, not the token.
    response = requests.post(
        panel_url,
        data={"day": "2027-03-01", "form.buttons.save_day": "1"},
        auth=(SITE_OWNER_NAME, SITE_OWNER_PASSWORD),
        allow_redirects=False,
        timeout=30,
    )
    assert response.status_code == 403
    assert stored_2027(functional) == []
