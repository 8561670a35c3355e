"""The receipt page after submitting (@@application-submitted): the item's
name, receipt number, query code, date, what happens next, a print button;
believed only when the cookie's code is the case's."""

from putian.policy.applications.easyform import SUBMITTED_COOKIE

import requests


def get(site, cookie=None, english=False):
    cookies = {SUBMITTED_COOKIE: cookie} if cookie is not None else {}
    if english:
        cookies["I18N_LANGUAGE"] = "en"
    response = requests.get(
        f"{site.absolute_url()}/@@application-submitted",
        cookies=cookies,
        headers={"Accept-Language": "en" if english else "zh-CN"},
        timeout=60,
    )
    assert response.status_code == 200, response.text[-2000:]
    return response.text


def test_the_receipt_shows_what_was_applied_for(filed_case):
    site, submitted = filed_case
    html = get(site, f"{submitted.receipt_number}|{submitted.query_code}")
    assert 'id="submitted-item">食品经营许可<' in html
    assert 'id="submitted-department">莆田市市场监督管理局<' in html
    assert f'id="submitted-receipt">{submitted.receipt_number}<' in html
    assert f"<strong>{submitted.query_code}</strong>" in html
    day = submitted.case.submitted
    assert f"{day.year}年{day.month}月{day.day}日" in html
    assert "自受理之日起 10 个工作日" in html
    assert "窗口领取" in html
    # What happens next, the law's five days for a correction notice.
    assert "接下来" in html
    assert "五日内一次性告知" in html
    # Print and track.
    assert 'id="print-receipt"' in html
    assert 'onclick="window.print()"' in html
    assert ">打印<" in html
    assert f"@@track?receipt={submitted.receipt_number}" in html
    # The print stylesheet takes the header, navigation and footer away.
    assert '<style media="print">' in html
    for part in ("#portal-header", "#mainnavigation-wrapper", "#portal-footer-wrapper"):
        assert part in html


def test_the_receipt_in_english(filed_case):
    site, submitted = filed_case
    html = get(site, f"{submitted.receipt_number}|{submitted.query_code}", True)
    assert "Application receipt" in html
    assert "What happens next" in html
    assert "10 working days from acceptance" in html
    assert ">Print<" in html
    assert "Pick up at the window" in html
    assert "Administrative Licensing Law, Art. 32" in html


def test_a_made_up_cookie_shows_nothing_of_the_case(filed_case):
    site, submitted = filed_case
    html = get(site, f"{submitted.receipt_number}|ABCDEFGH")
    assert 'id="submitted-item"' not in html
    assert 'id="submitted-receipt"' not in html
    assert 'id="submitted-none"' in html
    assert 'id="print-receipt"' not in html


def test_without_a_cookie(filed_case):
    site, _submitted = filed_case
    html = get(site)
    assert 'id="submitted-none"' in html
    assert 'id="track-link"' in html
