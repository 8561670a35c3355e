"""Anonymous visitors get the Chinese front page over HTTP."""

import re
import requests


def test_anonymous_gets_chinese_front_page(functional):
    response = requests.get(functional["portal"].absolute_url(), timeout=30)
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/html")
    html_tag = re.search(r"<html\b[^>]*>", response.text).group(0)
    assert 'lang="zh-cn"' in html_tag
