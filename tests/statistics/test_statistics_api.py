"""R22: anyone reads @statistics; figures only, never a person or a case."""

from putian.policy.rules.calendar.clock import today
from putian.policy.rules.supervision.statistics import month_key
from tests.fixtures.applications import APPLICANT

import csv
import io
import pytest
import requests


JSON = {"Accept": "application/json"}


@pytest.fixture
def url(filed_case):
    site, _ = filed_case
    return f"{site.absolute_url()}/@statistics"


def test_anonymous_reads_the_month_per_department(url, filed_case):
    _, submitted = filed_case
    response = requests.get(url, headers=JSON, timeout=30)
    assert response.status_code == 200
    body = response.json()
    assert body["month"] == month_key(today())
    lines = {line["id"]: line["figures"] for line in body["departments"]}
    assert lines["a"]["received"] == 1
    assert lines["b"]["received"] == 0
    assert body["total"]["received"] == 1
    # Nothing decided yet: no share is given, not 0 %.
    assert lines["a"]["on_time_share"]["percent"] is None
    assert lines["a"]["on_time_share"]["target"] == 100.0
    text = response.text
    assert submitted.receipt_number not in text
    assert submitted.receipt_number.lower() not in text
    assert APPLICANT["applicant_name"] not in text
    assert APPLICANT["id_number"] not in text


def test_one_department(url):
    body = requests.get(
        url, params={"department": "b"}, headers=JSON, timeout=30
    ).json()
    assert [line["id"] for line in body["departments"]] == ["b"]
    assert body["total"]["received"] == 0


def test_csv_download(url):
    # REST answers a request that accepts JSON (plone.restapi's dispatch).
    response = requests.get(url, params={"format": "csv"}, headers=JSON, timeout=30)
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/csv")
    assert "attachment" in response.headers["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:3] == ["月份", "部门编号", "部门"]
    by_id = {row[1]: row for row in rows[1:]}
    assert by_id["a"][3] == "1"
    assert rows[-1][2] == "合计"


@pytest.mark.parametrize(
    ("params", "words"),
    [
        ({"month": "2025-13"}, "月份"),
        ({"month": "2025-13", "format": "csv"}, "月份"),
        ({"department": "nowhere"}, "部门"),
        ({"format": "xml"}, "格式"),
    ],
)
def test_bad_query_is_refused_in_chinese(url, params, words):
    response = requests.get(url, params=params, headers=JSON, timeout=30)
    assert response.status_code == 400
    assert words in response.json()["error"]["message"]


def test_the_published_items_and_the_plans_shares(url, filed_case):
    """R14/R17 beside the month's figures: food, published by A, needs at
    most one trip and can be applied for online; B publishes nothing, so
    B's shares are not 0 % but not given."""
    site, _ = filed_case
    body = requests.get(url, headers=JSON, timeout=30).json()
    lines = {line["id"]: line["catalogue"] for line in body["departments"]}
    assert lines["a"]["published"] == 1
    assert lines["a"]["by_status"] == {site.a.food.lifecycle_status: 1}
    assert lines["a"]["one_trip_share"] == {
        "percent": 100.0,
        "target": 90.0,
        "met": True,
    }
    assert lines["a"]["online_share"] == {"percent": 100.0, "target": 80.0, "met": True}
    assert lines["b"]["published"] == 0
    assert lines["b"]["one_trip_share"] == {
        "percent": None,
        "target": 90.0,
        "met": None,
    }
    assert body["catalogue"]["published"] == 1
    page = requests.get(f"{site.absolute_url()}/@@statistics", timeout=30)
    assert page.status_code == 200
    assert 'id="catalogue-a"' in page.text
    assert "最多跑一趟比例（目标90%）" in page.text
