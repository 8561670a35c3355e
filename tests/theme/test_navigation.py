"""The global navigation (the phone menu) offers the public services.

首页 and the generated folder tabs are Plone's; 事项目录, 办件查询 and
证照核验 are portal_tabs actions of the theme's profile, titled in the
putian.theme domain, so they read in the visitor's language.
"""

from lxml import html

import pytest
import requests


SERVICES = ("@@catalogue", "@@track", "@@verify-certificate")


def tabs(portal, language=None):
    """The global navigation's entries as an anonymous visitor gets them."""
    session = requests.Session()
    if language:
        session.get(f"{portal.absolute_url()}?set_language={language}", timeout=30)
    response = session.get(portal.absolute_url(), timeout=30)
    assert response.status_code == 200
    links = html.fromstring(response.text).cssselect("#portal-globalnav > li > a")
    return {link.get("href"): link.text_content().strip() for link in links}


@pytest.mark.parametrize(
    ("language", "titles"),
    [
        (None, ("首页", "事项目录", "办件查询", "证照核验")),
        (
            "en",
            ("Home", "Item catalogue", "Track my application", "Verify a certificate"),
        ),
    ],
)
def test_the_tabs_name_the_public_services_in_the_visitors_language(
    functional, language, titles
):
    portal = functional["portal"]
    found = tabs(portal, language)
    root = portal.absolute_url()
    expected = dict(
        zip((root, *(f"{root}/{service}" for service in SERVICES)), titles, strict=True)
    )
    assert {url: found.get(url) for url in expected} == expected
    # The services come right after 首页, before the generated folder tabs.
    assert list(found)[: len(expected)] == list(expected)
