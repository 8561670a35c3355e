"""GET @deadline: anyone can work out a deadline under the official calendar."""

import pytest
import requests


JSON = {"Accept": "application/json"}


@pytest.fixture
def deadline(functional):
    url = functional["portal"].absolute_url() + "/@deadline"

    def get(**params):
        return requests.get(url, params=params, headers=JSON, timeout=30)

    return get


def test_across_spring_festival_2025(deadline):
    # Accepted Friday 24 Jan 2025; 20 working days; the make-up Sunday
    # 26 Jan counts, 28 Jan - 4 Feb are off.
    response = deadline(start="2025-01-24", days="20")
    assert response.status_code == 200
    body = response.json()
    assert body["deadline"] == "2025-02-27"
    assert body["provisional"] is False
    assert body["calendar"] == "official"
    assert len(body["counted"]) == 20
    assert body["counted"][0] == "2025-01-26"
    assert "2025-01-24" not in body["counted"]  # the day of acceptance
    skipped = {item["date"]: item["reason"] for item in body["skipped"]}
    assert skipped["2025-01-29"] == "春节"
    assert skipped["2025-01-25"] == "周末"


def test_suspension_and_extension_push_the_deadline(deadline):
    plain = deadline(start="2025-01-24", days="20").json()["deadline"]
    body = deadline(
        start="2025-01-24", days="20", suspend="2025-02-10..2025-02-12", extend="10"
    ).json()
    assert plain == "2025-02-27"
    # 3 suspended working days and 10 more: 13 working days later.
    assert body["deadline"] == "2025-03-18"
    assert len(body["counted"]) == 30
    skipped = {item["date"]: item["reason"] for item in body["skipped"]}
    assert skipped["2025-02-11"] == "暂停计时（特殊环节）"


def test_into_2027_is_provisional(deadline):
    body = deadline(start="2026-12-25", days="10").json()
    assert body["deadline"] == "2027-01-11"
    assert body["provisional"] is True
    assert body["calendar"] == "provisional"


def test_instant_item_is_due_the_same_day(deadline):
    body = deadline(start="2025-06-03", days="0").json()
    assert body["deadline"] == "2025-06-03"
    assert body["counted"] == []


@pytest.mark.parametrize(
    ("params", "code", "fragment"),
    [
        ({"start": "2025-02-30", "days": "5"}, "invalid_date", "受理日期不存在"),
        ({"start": "25-1-1", "days": "5"}, "invalid_date", "YYYY-MM-DD"),
        ({"days": "5"}, "missing_date", "缺少受理日期"),
        ({"start": "2025-01-02", "days": "-5"}, "negative_days", "不能为负数"),
        ({"start": "2025-01-02"}, "missing_days", "缺少办理时限"),
        (
            {
                "start": "2025-01-02",
                "days": "5",
                "suspend": "2025-01-06..2025-01-08,2025-01-08..2025-01-09",
            },
            "overlapping_suspensions",
            "重叠",
        ),
        (
            {"start": "2025-01-02", "days": "5", "suspend": "2025-01-08..2025-01-06"},
            "reversed_suspension",
            "早于开始日期",
        ),
    ],
)
def test_bad_input_is_refused_with_a_clear_message(deadline, params, code, fragment):
    response = deadline(**params)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["type"] == "BadRequest"
    assert error["code"] == code
    assert fragment in error["message"]
    assert error["message_en"]
