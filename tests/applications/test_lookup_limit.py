"""The query code: by POST only, and a real limit on wrong guesses (429).

Through the real HTTP server, page and REST alike: the limit per receipt
and per client address, expiry with an injected clock, and what is kept.
"""

from plone import api
from plone.app.testing import SITE_OWNER_NAME
from putian.policy.applications import lookup_limit
from putian.policy.rules.cases.attempts import ADDRESS_MAX_FAILURES
from putian.policy.rules.cases.attempts import bucket_of
from putian.policy.rules.cases.attempts import BUCKET_SECONDS
from putian.policy.rules.cases.attempts import LOOKUP_WINDOW_SECONDS
from putian.policy.rules.cases.attempts import RECEIPT_MAX_FAILURES
from tests.fixtures.applications import new_case

import logging
import pytest
import re
import requests
import transaction
import ZPublisher.HTTPRequest


JSON = {"Accept": "application/json", "Content-Type": "application/json"}
WRONG = "ABCDEFGH"
T0 = 1_795_000_020.0  # on a whole minute


class Clock:
    def __init__(self):
        self.now = T0

    def __call__(self):
        return self.now


@pytest.fixture
def clock(monkeypatch):
    clock = Clock()
    monkeypatch.setattr(lookup_limit, "clock", clock)
    return clock


@pytest.fixture
def cases(case_site):
    """Two cases of item food; the receipt numbers and codes."""
    with api.env.adopt_user(SITE_OWNER_NAME):
        first = new_case(case_site.a.food)
        second = new_case(case_site.a.food)
    transaction.commit()
    return [
        (first.receipt_number, first.query_code),
        (second.receipt_number, second.query_code),
    ]


@pytest.fixture
def behind_proxy(monkeypatch):
    """The portal behind a proxy on this machine that names the client in
    X-Forwarded-For (zope.conf ``trusted-proxy 127.0.0.1``)."""
    monkeypatch.setattr(ZPublisher.HTTPRequest, "trusted_proxies", ("127.0.0.1",))


def from_address(address):
    return {"X-Forwarded-For": address}


def rest(site, receipt, code, headers=None):
    return requests.post(
        f"{site.absolute_url()}/@track",
        json={"receipt": receipt, "code": code},
        headers={**JSON, **(headers or {})},
        timeout=30,
    )


def page(site, receipt, code, headers=None, english=False):
    return requests.post(
        f"{site.absolute_url()}/@@track",
        data={"receipt": receipt, "code": code},
        headers=headers or {},
        cookies={"I18N_LANGUAGE": "en"} if english else {},
        timeout=30,
    )


def test_rest_refuses_the_guess_after_the_last_allowed(case_site, cases, clock):
    (receipt, code), (other_receipt, other_code) = cases
    for _ in range(RECEIPT_MAX_FAILURES):
        assert rest(case_site, receipt, WRONG).status_code == 404
    refused = rest(case_site, receipt, WRONG)
    assert refused.status_code == 429
    error = refused.json()["error"]
    assert "查询失败次数过多" in error["message"]
    assert "Too many failed look-ups" in error["message_en"]
    assert int(refused.headers["Retry-After"]) == error["retry_after"] > 0
    # The right code gains nothing now.
    assert rest(case_site, receipt, code).status_code == 429
    # Another receipt, from the same address, is not affected.
    assert rest(case_site, other_receipt, other_code).json()["state"] == "submitted"


def test_the_page_refuses_the_guess_after_the_last_allowed(case_site, cases, clock):
    (receipt, code), (other_receipt, other_code) = cases
    for _ in range(RECEIPT_MAX_FAILURES):
        assert page(case_site, receipt, WRONG).status_code == 404
    refused = page(case_site, receipt, code)
    assert refused.status_code == 429
    assert refused.headers["Retry-After"]
    assert 'id="track-refused"' in refused.text
    assert "查询失败次数过多" in refused.text
    assert 'id="case-state"' not in refused.text
    english = page(case_site, receipt, code, english=True)
    assert english.status_code == 429
    assert "Too many failed look-ups" in english.text
    shown = page(case_site, other_receipt, other_code)
    assert shown.status_code == 200
    assert 'data-state="submitted"' in shown.text


def test_page_and_rest_share_one_count(case_site, cases, clock):
    (receipt, code), _other = cases
    for n in range(RECEIPT_MAX_FAILURES):
        guess = page if n % 2 else rest
        assert guess(case_site, receipt, WRONG).status_code == 404
    assert rest(case_site, receipt, code).status_code == 429
    assert page(case_site, receipt, code).status_code == 429


def test_the_limit_per_receipt_holds_against_many_addresses(
    case_site, cases, clock, behind_proxy
):
    (receipt, code), (other_receipt, other_code) = cases
    for n in range(RECEIPT_MAX_FAILURES):
        guess = rest(case_site, receipt, WRONG, from_address(f"203.0.113.{n}"))
        assert guess.status_code == 404
    # The applicant, from an address that never failed: refused too.
    assert (
        rest(case_site, receipt, code, from_address("198.51.100.7")).status_code == 429
    )
    # Their other case is not locked, from any of those addresses.
    other = rest(case_site, other_receipt, other_code, from_address("203.0.113.0"))
    assert other.status_code == 200


def test_the_limit_per_address_holds_across_receipts(
    case_site, cases, clock, behind_proxy
):
    (receipt, code), (other_receipt, other_code) = cases
    guesser = from_address("203.0.113.9")
    for n in range(ADDRESS_MAX_FAILURES):
        made_up = f"{receipt[:-4]}{9000 + n:04d}"
        assert rest(case_site, made_up, WRONG, guesser).status_code == 404
    assert rest(case_site, receipt, code, guesser).status_code == 429
    assert page(case_site, other_receipt, other_code, guesser).status_code == 429
    # Everyone else looks their cases up as before.
    applicant = from_address("198.51.100.7")
    assert rest(case_site, receipt, code, applicant).status_code == 200
    # A success elsewhere resets nothing of the guesser's count.
    assert rest(case_site, other_receipt, other_code, guesser).status_code == 429


def test_a_forwarded_for_header_from_anyone_else_is_ignored(case_site, cases, clock):
    (receipt, code), _other = cases
    for n in range(RECEIPT_MAX_FAILURES):
        rest(
            case_site,
            f"{receipt[:-4]}{9000 + n:04d}",
            WRONG,
            from_address(f"10.9.0.{n}"),
        )
    for n in range(ADDRESS_MAX_FAILURES - RECEIPT_MAX_FAILURES):
        rest(
            case_site,
            f"{receipt[:-4]}{8000 + n:04d}",
            WRONG,
            from_address(f"10.8.0.{n}"),
        )
    # Every guess came from 127.0.0.1 whatever the header said.
    assert rest(case_site, receipt, code, from_address("10.7.0.1")).status_code == 429


def test_the_failures_expire_after_the_window(case_site, cases, clock):
    (receipt, code), _other = cases
    for _ in range(RECEIPT_MAX_FAILURES):
        rest(case_site, receipt, WRONG)
    clock.now += LOOKUP_WINDOW_SECONDS - BUCKET_SECONDS
    refused = rest(case_site, receipt, code)
    assert refused.status_code == 429
    clock.now += int(refused.headers["Retry-After"])
    assert rest(case_site, receipt, code).json()["state"] == "submitted"
    # And the count starts afresh: one more wrong guess is a 404 again.
    assert rest(case_site, receipt, WRONG).status_code == 404


def test_get_with_a_code_is_refused_and_looks_nothing_up(case_site, cases, clock):
    (receipt, code), _other = cases
    response = requests.get(
        f"{case_site.absolute_url()}/@track",
        params={"receipt": receipt, "code": code},
        headers={"Accept": "application/json"},
        timeout=30,
    )
    assert response.status_code == 405
    assert response.headers["Allow"] == "POST"
    error = response.json()["error"]
    assert "POST" in error["message"]
    assert "网址" in error["message"]
    assert "POST" in error["message_en"]
    assert "state" not in response.json()
    shown = requests.get(
        f"{case_site.absolute_url()}/@@track",
        params={"receipt": receipt, "code": code},
        headers={"Accept-Language": "zh-CN"},
        timeout=30,
    )
    assert shown.status_code == 400
    assert "查询码不得放在网址中" in shown.text
    assert 'id="case-state"' not in shown.text
    assert code not in shown.text
    # The receipt number alone (the link on the receipt page) fills the form.
    link = requests.get(
        f"{case_site.absolute_url()}/@@track", params={"receipt": receipt}, timeout=30
    )
    assert link.status_code == 200
    assert f'value="{receipt}"' in link.text


def test_the_tracking_form_and_its_own_forms_post(case_site, cases, clock):
    (receipt, code), _other = cases
    empty = requests.get(f"{case_site.absolute_url()}/@@track", timeout=30).text
    form = re.search(r'<form\b[^>]*id="track-form"[^>]*>', empty)[0]
    assert 'method="post"' in form
    shown = page(case_site, receipt, code)
    assert shown.headers["Cache-Control"] == "private, no-store"
    forms = re.findall(r"(<form\b[^>]*>)(.*?)</form>", shown.text, re.S)
    carrying = [tag for tag, body in forms if code in body]
    assert carrying  # withdraw, at least
    assert all('method="post"' in tag for tag in carrying)
    # No link on the page carries the code.
    assert not [
        href for href in re.findall(r'href="([^"]*)"', shown.text) if code in href
    ]


def test_a_wrong_code_is_not_echoed(case_site, cases, clock):
    (receipt, _code), _other = cases
    response = page(case_site, receipt, "WXYZ2345")
    assert response.status_code == 404
    assert "WXYZ2345" not in response.text


def test_the_code_is_not_logged(case_site, cases, clock, caplog):
    (receipt, code), _other = cases
    with caplog.at_level(logging.DEBUG):
        page(case_site, receipt, code)
        rest(case_site, receipt, code)
        rest(case_site, receipt, "WXYZ2345")
        document = requests.post(
            f"{case_site.absolute_url()}/@@track-document",
            data={"receipt": receipt, "code": code, "document": "no-such"},
            timeout=30,
        )
    assert document.status_code == 404
    text = "\n".join(record.getMessage() for record in caplog.records)
    assert code not in text
    assert "WXYZ2345" not in text


def test_documents_are_posted_and_limited_too(case_site, cases, clock):
    (receipt, code), _other = cases
    url = f"{case_site.absolute_url()}/@@track-document"
    got = requests.get(
        url, params={"receipt": receipt, "code": code, "document": "x"}, timeout=30
    )
    assert got.status_code == 405
    for _ in range(RECEIPT_MAX_FAILURES):
        data = {"receipt": receipt, "code": WRONG, "document": "acceptance-receipt"}
        assert requests.post(url, data=data, timeout=30).status_code == 404
    data = {"receipt": receipt, "code": code, "document": "acceptance-receipt"}
    refused = requests.post(url, data=data, timeout=30)
    assert refused.status_code == 429
    assert "查询失败次数过多" in refused.text


def test_failures_are_kept_when_the_request_is_aborted(case_site, cases, clock):
    """The count is committed on its own connection: the failing request's
    own transaction may be aborted (a 404, a conflict) and it stays."""
    (receipt, _code), _other = cases
    request = case_site.REQUEST
    request._client_addr = "192.0.2.44"
    for _ in range(RECEIPT_MAX_FAILURES):
        assert lookup_limit.look_up(request, receipt, WRONG).case is None
        transaction.abort()
    assert lookup_limit.look_up(request, receipt, WRONG).refusal is not None
    # What is kept names neither the receipt nor the address.
    transaction.begin()
    tree = case_site._p_jar.root()[lookup_limit.FAILURES_KEY]
    stored = repr([(key, dict(minute)) for key, minute in tree.items()])
    assert receipt not in stored
    assert "192.0.2.44" not in stored


def test_expired_minutes_are_dropped(case_site, cases, clock):
    (receipt, _code), _other = cases
    request = case_site.REQUEST
    path = "/".join(case_site.getPhysicalPath())
    lookup_limit.look_up(request, receipt, WRONG)
    transaction.begin()
    tree = case_site._p_jar.root()[lookup_limit.FAILURES_KEY]
    first = (path, bucket_of(clock.now))
    assert first in tree
    clock.now += LOOKUP_WINDOW_SECONDS + 2 * BUCKET_SECONDS
    lookup_limit.look_up(request, receipt, WRONG)
    transaction.begin()
    assert first not in tree
    assert (path, bucket_of(clock.now)) in tree
