"""GET @calendar shows a year's arrangement; managers PATCH it."""

from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD

import pytest
import requests


JSON = {"Accept": "application/json"}
MANAGER = (SITE_OWNER_NAME, SITE_OWNER_PASSWORD)
ARRANGEMENT_2027 = {
    "year": 2027,
    "published": True,
    "replace": True,
    "holidays": [
        {"date": "2027-01-01", "name": "元旦"},
        {"start": "2027-02-05", "end": "2027-02-11", "name": "春节"},
    ],
    "make_up_working_days": [{"date": "2027-02-14", "name": "春节调休上班"}],
}


@pytest.fixture
def url(functional):
    return functional["portal"].absolute_url()


def test_official_year(url):
    body = requests.get(
        f"{url}/@calendar", params={"year": "2025"}, headers=JSON, timeout=30
    ).json()
    assert body["status"] == "official"
    assert body["provisional"] is False
    holidays = {day["date"]: day for day in body["holidays"]}
    assert holidays["2025-01-29"]["name"] == "春节"
    assert holidays["2025-01-29"]["source"] == "official"
    assert "2025-01-04" not in holidays  # a plain Saturday is not listed
    make_up = [day["date"] for day in body["make_up_working_days"]]
    assert "2025-01-26" in make_up
    assert "2025-02-08" in make_up


def test_next_year_is_provisional(url):
    body = requests.get(
        f"{url}/@calendar", params={"year": "2027"}, headers=JSON, timeout=30
    ).json()
    assert body["status"] == "provisional"
    assert body["provisional"] is True
    assert body["make_up_working_days"] == []
    names = {day["date"]: day["name"] for day in body["holidays"]}
    assert names["2027-01-01"] == "元旦"
    assert names["2027-10-01"] == "国庆节"


def test_manager_enters_next_years_arrangement(url):
    response = requests.patch(
        f"{url}/@calendar",
        json=ARRANGEMENT_2027,
        headers=JSON,
        auth=MANAGER,
        timeout=30,
    )
    assert response.status_code == 200
    assert response.json()["changed_years"] == [2027]
    body = requests.get(
        f"{url}/@calendar", params={"year": "2027"}, headers=JSON, timeout=30
    ).json()
    assert body["status"] == "overridden"
    assert body["provisional"] is False
    assert body["make_up_working_days"][0]["date"] == "2027-02-14"
    assert body["make_up_working_days"][0]["source"] == "overridden"
    # Deadlines use it at once: 11 Feb is off now, 14 Feb (Sunday) counts.
    deadline = requests.get(
        f"{url}/@deadline",
        params={"start": "2027-02-04", "days": "2"},
        headers=JSON,
        timeout=30,
    ).json()
    assert deadline["counted"] == ["2027-02-12", "2027-02-14"]
    assert deadline["provisional"] is False


def test_anonymous_cannot_patch(url):
    response = requests.patch(
        f"{url}/@calendar", json=ARRANGEMENT_2027, headers=JSON, timeout=30
    )
    assert response.status_code == 401
    body = requests.get(
        f"{url}/@calendar", params={"year": "2027"}, headers=JSON, timeout=30
    ).json()
    assert body["status"] == "provisional"


def test_bad_patch_is_refused_and_stores_nothing(url):
    bad = dict(ARRANGEMENT_2027, make_up_working_days=[{"date": "2027-02-05"}])
    response = requests.patch(
        f"{url}/@calendar", json=bad, headers=JSON, auth=MANAGER, timeout=30
    )
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "conflicting_day"
    body = requests.get(
        f"{url}/@calendar", params={"year": "2027"}, headers=JSON, timeout=30
    ).json()
    assert body["overrides"] == []


def test_bad_year_is_refused(url):
    response = requests.get(
        f"{url}/@calendar", params={"year": "27"}, headers=JSON, timeout=30
    )
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid_year"
