"""The department's case list (the CaseFolder's view): filters by state and
traffic light, search by receipt number or applicant, sorts, pages whose
links keep the filters, and only the department's own case workers see it
(issue 13)."""

from datetime import timedelta
from lxml import html
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from putian.policy.applications import applicant
from putian.policy.applications.schedule import refresh_deadlines
from putian.policy.applications.schedule import traffic_light
from putian.policy.applications.views import CaseList
from putian.policy.rules.calendar.clock import today
from tests.fixtures.applications import act
from tests.fixtures.applications import new_case
from tests.fixtures.testbrowser import browser_for
from urllib.parse import parse_qs
from urllib.parse import urlencode
from urllib.parse import urlsplit

import pytest
import requests
import transaction


def file_case(site, applicant_name="林小梅"):
    with api.env.adopt_user(SITE_OWNER_NAME):
        return new_case(site.a.food, applicant_name=applicant_name).case


def light_case(site, wanted, applicant_name="林小梅"):
    """An accepted case whose acceptance lies as far back as makes its
    traffic light ``wanted`` today (as the core judges it)."""
    case = file_case(site, applicant_name)
    act("clerk_a", case, "accept")
    for days_back in range(120):
        case.accepted_on = today() - timedelta(days=days_back)
        refresh_deadlines(case)
        if traffic_light(case) == wanted:
            case.reindexObject()
            return case
    raise AssertionError(f"no acceptance day gives {wanted}")


def open_list(functional, site, user="clerk_a", **params):
    browser = browser_for(functional, user)
    browser.open(f"{site.a.cases.absolute_url()}?{urlencode(params)}")
    assert browser.headers["status"].startswith("200"), browser.headers["status"]
    return browser


def table_rows(browser) -> list[dict]:
    doc = html.fromstring(browser.contents)
    return [
        {
            "receipt": row.get("data-receipt"),
            "state": row.get("data-state"),
            "light": row.get("data-light"),
        }
        for row in doc.xpath('//table[@id="case-list"]/tbody/tr')
    ]


def card_receipts(browser) -> list[str]:
    doc = html.fromstring(browser.contents)
    return [card.get("data-receipt") for card in doc.xpath('//ul[@id="case-cards"]/li')]


def receipts(browser) -> list[str]:
    listed = [row["receipt"] for row in table_rows(browser)]
    # The phone's cards list the same cases in the same order.
    assert card_receipts(browser) == listed
    return listed


def test_filter_by_state(functional, case_site):
    waiting = file_case(case_site)
    accepted = file_case(case_site)
    act("clerk_a", accepted, "accept")
    transaction.commit()

    browser = open_list(functional, case_site, state="accepted")
    assert receipts(browser) == [accepted.receipt_number]
    doc = html.fromstring(browser.contents)
    assert doc.xpath('//select[@id="case-list-state"]/option[@selected]/@value') == [
        "accepted"
    ]
    browser = open_list(functional, case_site, state="submitted")
    assert receipts(browser) == [waiting.receipt_number]
    # An unknown state is no filter at all.
    browser = open_list(functional, case_site, state="nonsense")
    assert set(receipts(browser)) == {waiting.receipt_number, accepted.receipt_number}


def test_filter_by_traffic_light(functional, case_site):
    cases = {
        light: light_case(case_site, light) for light in ("red", "yellow", "green")
    }
    not_accepted = file_case(case_site)
    transaction.commit()

    everything = table_rows(open_list(functional, case_site))
    lights = {row["receipt"]: row["light"] for row in everything}
    assert lights == {
        **{case.receipt_number: light for light, case in cases.items()},
        not_accepted.receipt_number: None,
    }
    for light, case in cases.items():
        browser = open_list(functional, case_site, light=light)
        assert receipts(browser) == [case.receipt_number], light
        badges = html.fromstring(browser.contents).xpath(
            '//table[@id="case-list"]//span[contains(@class, "traffic-light")]/@class'
        )
        assert badges == [
            f"badge traffic-light traffic-light-{light} "
            + {"red": "text-bg-danger", "yellow": "text-bg-warning"}.get(
                light, "text-bg-success"
            )
        ]
    # Light and state together.
    browser = open_list(functional, case_site, light="red", state="submitted")
    assert receipts(browser) == []
    assert "没有符合条件的办件。" in browser.contents


def test_a_decided_case_has_no_light(functional, case_site):
    case = light_case(case_site, "red")
    act("case_reviewer_a", case, "start_review")
    act("decider_a", case, "approve")
    transaction.commit()
    rows = table_rows(open_list(functional, case_site))
    assert rows == [
        {"receipt": case.receipt_number, "state": "approved", "light": None}
    ]
    assert receipts(open_list(functional, case_site, light="red")) == []


def test_a_withdrawn_case_has_no_light(functional, case_site):
    """The applicant withdrew it: no deadline runs, nothing to warn of."""
    case = light_case(case_site, "red")
    applicant.withdraw(case, "不再需要")
    transaction.commit()
    assert traffic_light(case) is None
    rows = table_rows(open_list(functional, case_site))
    assert rows == [
        {"receipt": case.receipt_number, "state": "withdrawn", "light": None}
    ]


def test_search_by_receipt_number(functional, case_site):
    first = file_case(case_site)
    second = file_case(case_site)
    transaction.commit()
    number = second.receipt_number
    # The whole number as typed: lower case, full-width, with spaces.
    full_width = "".join(chr(ord(c) + 0xFEE0) if c.isalnum() else c for c in number)
    for typed in (number, number.lower(), f"  {full_width} "):
        browser = open_list(functional, case_site, q=typed)
        assert receipts(browser) == [number], typed
    # Its sequence alone.
    sequence = number.rsplit("-", 1)[1]
    assert receipts(open_list(functional, case_site, q=sequence)) == [number]
    # A number of another day finds nothing.
    other_day = number.replace(number.split("-")[1], "20240102")
    assert receipts(open_list(functional, case_site, q=other_day)) == []
    assert first.receipt_number not in receipts(
        open_list(functional, case_site, q=number)
    )


def test_search_by_applicant(functional, case_site):
    lin = file_case(case_site, "林小梅")
    chen = file_case(case_site, "陈大文")
    company = file_case(case_site, "莆田市Example食品有限公司")
    transaction.commit()
    assert receipts(open_list(functional, case_site, q="陈大")) == [chen.receipt_number]
    assert receipts(open_list(functional, case_site, q="林小梅")) == [
        lin.receipt_number
    ]
    # Case and full-width letters do not matter.
    assert receipts(open_list(functional, case_site, q="ＥＸＡＭＰＬＥ")) == [
        company.receipt_number
    ]
    assert receipts(open_list(functional, case_site, q="王")) == []
    # The search box keeps what was typed.
    browser = open_list(functional, case_site, q="陈大")
    value = html.fromstring(browser.contents).xpath('//input[@id="case-list-q"]/@value')
    assert value == ["陈大"]


def test_search_and_filters_combine(functional, case_site):
    red_chen = light_case(case_site, "red", "陈大文")
    light_case(case_site, "green", "陈大文")
    light_case(case_site, "red", "林小梅")
    transaction.commit()
    browser = open_list(functional, case_site, q="陈大文", light="red")
    assert receipts(browser) == [red_chen.receipt_number]


def test_sort_by_deadline_overdue_first(functional, case_site):
    green = light_case(case_site, "green")
    waiting = file_case(case_site)
    red = light_case(case_site, "red")
    decided = light_case(case_site, "red")
    act("case_reviewer_a", decided, "start_review")
    act("decider_a", decided, "approve")
    yellow = light_case(case_site, "yellow")
    transaction.commit()

    expected = [red, yellow, green, waiting, decided]
    # The deadline order is the default and can be asked for by name.
    for params in ({}, {"sort": "deadline"}):
        browser = open_list(functional, case_site, **params)
        assert receipts(browser) == [case.receipt_number for case in expected]
    deadlines = [case.committed_deadline.isoformat() for case in (red, yellow, green)]
    rows = html.fromstring(browser.contents).xpath('//table[@id="case-list"]/tbody/tr')
    assert [row.xpath("string(td[5])").split()[0] for row in rows[:3]] == deadlines


def test_sort_by_submission(functional, case_site):
    filed = [file_case(case_site) for _ in range(3)]
    transaction.commit()
    numbers = [case.receipt_number for case in filed]
    assert receipts(open_list(functional, case_site, sort="newest")) == numbers[::-1]
    assert receipts(open_list(functional, case_site, sort="oldest")) == numbers
    # The same order when a search makes the list look at each case.
    assert (
        receipts(open_list(functional, case_site, sort="oldest", q="林小梅")) == numbers
    )
    browser = open_list(functional, case_site, sort="oldest")
    doc = html.fromstring(browser.contents)
    assert doc.xpath('//select[@id="case-list-sort"]/option[@selected]/@value') == [
        "oldest"
    ]


def test_pages_keep_the_filters(functional, case_site):
    size = CaseList.page_size
    filed = [file_case(case_site, "林小梅") for _ in range(size + 3)]
    file_case(case_site, "陈大文")
    transaction.commit()
    numbers = [case.receipt_number for case in filed]

    browser = open_list(
        functional, case_site, q="林小梅", sort="oldest", state="submitted"
    )
    assert receipts(browser) == numbers[:size]
    assert f"第 1–{size} 件，共 {size + 3} 件" in browser.contents
    doc = html.fromstring(browser.contents)
    links = doc.xpath('//div[@id="case-list-batch"]//a[@class="page-link"]/@href')
    assert links
    for link in links:
        params = parse_qs(urlsplit(link).query)
        assert params["q"] == ["林小梅"]
        assert params["sort"] == ["oldest"]
        assert params["state"] == ["submitted"]
    next_page = doc.xpath(
        '//div[@id="case-list-batch"]//li[contains(@class, "next")]/a/@href'
    )
    # ZTUtils.make_query marks the number as an integer for Zope.
    assert parse_qs(urlsplit(next_page[0]).query)["b_start:int"] == [str(size)]
    browser.open(next_page[0])
    assert receipts(browser) == numbers[size:]
    assert f"第 {size + 1}–{size + 3} 件，共 {size + 3} 件" in browser.contents


def test_a_page_past_the_end_and_bad_numbers_do_not_fail(functional, case_site):
    file_case(case_site)
    transaction.commit()
    assert receipts(open_list(functional, case_site, b_start="abc")) != []
    open_list(functional, case_site, b_start="500")


@pytest.mark.parametrize("user", ["clerk_b", "decider_b", None])
def test_other_departments_and_the_public_cannot_see_the_list(
    functional, case_site, user
):
    case = file_case(case_site)
    transaction.commit()
    response = requests.get(
        case_site.a.cases.absolute_url(),
        auth=(user, "secret-pw-123") if user else None,
        allow_redirects=False,
        timeout=60,
    )
    assert response.status_code == 302
    assert "/require_login" in response.headers["Location"]
    assert case.receipt_number not in response.text


@pytest.mark.parametrize("user", ["clerk_a", "case_reviewer_a", "decider_a"])
def test_each_case_worker_of_the_department_sees_it(functional, case_site, user):
    case = file_case(case_site)
    transaction.commit()
    assert receipts(open_list(functional, case_site, user=user)) == [
        case.receipt_number
    ]


def test_labels_in_english(functional, case_site):
    light_case(case_site, "red")
    transaction.commit()
    browser = browser_for(functional, "clerk_a", language="en")
    browser.open(f"{case_site.a.cases.absolute_url()}?sort=newest")
    for label in (
        "Receipt number or applicant",
        "Filter",
        "All states",
        "Deadline warning",
        "Deadline, soonest first",
        "Submitted, oldest first",
        "Overdue",
        "Apply",
        "Cases 1–1 of 1",
    ):
        assert label in browser.contents, label
    browser = browser_for(functional, "clerk_a")
    browser.open(case_site.a.cases.absolute_url())
    for label in (
        "受理单编号或申请人",
        "筛选",
        "全部状态",
        "期限预警",
        "办结期限（最近的在前）",
        "已超期",
        "应用",
    ):
        assert label in browser.contents, label
