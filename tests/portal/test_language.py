"""The site speaks Chinese first and switches to English on request."""

from plone import api

import requests


def test_the_selector_is_on(portal):
    assert api.portal.get_registry_record("plone.use_cookie_negotiation")
    assert api.portal.get_registry_record("plone.always_show_selector")
    assert api.portal.get_registry_record("plone.available_languages") == [
        "zh-cn",
        "en",
    ]


def test_switching_to_english_and_back(site):
    session = requests.Session()
    chinese = session.get(f"{site.absolute_url()}/@@track", timeout=30)
    assert 'lang="zh-cn"' in chinese.text
    assert "办件查询" in chinese.text
    english = session.get(
        f"{site.absolute_url()}/@@track", params={"set_language": "en"}, timeout=30
    )
    assert 'lang="en"' in english.text
    assert "Track my application" in english.text
    # The choice is kept in a cookie for the next pages.
    assert (
        "Verify a certificate"
        in session.get(f"{site.absolute_url()}/@@verify-certificate", timeout=30).text
    )
    back = session.get(
        f"{site.absolute_url()}/@@track", params={"set_language": "zh-cn"}, timeout=30
    )
    assert "办件查询" in back.text


def test_the_page_offers_both_languages(site):
    page = requests.get(site.absolute_url(), timeout=30).text
    assert "set_language=en" in page


def test_upgrade_from_1008_adds_the_selector(portal, setup_tool):
    api.portal.set_registry_record("plone.use_cookie_negotiation", False)
    api.portal.set_registry_record("plone.always_show_selector", False)
    setup_tool.setLastVersionForProfile("putian.policy:default", "1008")
    setup_tool.upgradeProfile("putian.policy:default")
    assert api.portal.get_registry_record("plone.use_cookie_negotiation")
    assert api.portal.get_registry_record("plone.always_show_selector")
