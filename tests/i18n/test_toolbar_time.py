"""The toolbar's last-modified time: Beijing time, in Chinese as Chinese
write dates, in English for English; written by the server."""

from datetime import datetime
from lxml import html as lxml_html
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from zoneinfo import ZoneInfo

import re
import requests
import transaction


BEIJING = ZoneInfo("Asia/Shanghai")


def history_time(url, **headers):
    response = requests.get(
        url, auth=(SITE_OWNER_NAME, SITE_OWNER_PASSWORD), headers=headers, timeout=60
    )
    assert response.status_code == 200
    tree = lxml_html.fromstring(response.text)
    (time,) = tree.xpath("//*[@id='contentview-history']//time")
    return time


def test_the_portal_keeps_beijing_time(functional):
    assert api.portal.get_registry_record("plone.portal_timezone") == "Asia/Shanghai"
    assert api.portal.get_registry_record("plone.available_timezones") == [
        "Asia/Shanghai"
    ]


def test_the_toolbar_shows_beijing_time_in_chinese(site):
    item = site.a.food
    # 10:30 UTC is 18:30 in Beijing, whatever the server's own zone.
    item.setModificationDate(datetime(2026, 12, 2, 10, 30, tzinfo=ZoneInfo("UTC")))
    item.reindexObject(idxs=["modified"])
    transaction.commit()
    time = history_time(item.absolute_url(), **{"Accept-Language": "zh-CN"})
    assert time.text_content().strip() == "2026年12月02日 18:30"
    assert time.get("datetime") == "2026-12-02T18:30:00+08:00"
    # Written by the server: no pattern to rewrite it in the browser's zone.
    assert "pat-display-time" not in (time.get("class") or "")


def test_the_toolbar_time_in_english(site):
    item = site.a.food
    item.setModificationDate(datetime(2026, 12, 2, 10, 30, tzinfo=ZoneInfo("UTC")))
    transaction.commit()
    time = history_time(item.absolute_url(), **{"Accept-Language": "en"})
    text = time.text_content().strip()
    assert text == "Dec 02, 2026 06:30 PM"
    assert not re.search("[\u4e00-\u9fff]", text)


def test_a_new_change_shows_now_in_beijing(site):
    item = site.a.food
    item.setModificationDate(datetime.now(BEIJING))
    transaction.commit()
    now = item.modified().asdatetime().astimezone(BEIJING)
    time = history_time(item.absolute_url(), **{"Accept-Language": "zh-CN"})
    assert time.text_content().strip() == now.strftime("%Y年%m月%d日 %H:%M")
