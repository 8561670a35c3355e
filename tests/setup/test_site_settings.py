"""The policy profile makes the site Chinese-first and on Beijing time."""

from plone import api


def test_default_language_is_simplified_chinese(portal):
    assert api.portal.get_registry_record("plone.default_language") == "zh-cn"


def test_english_is_the_second_language(portal):
    languages = api.portal.get_registry_record("plone.available_languages")
    assert languages == ["zh-cn", "en"]


def test_combined_language_codes_are_on(portal):
    # Without them Plone folds zh-cn into plain "zh".
    assert api.portal.get_registry_record("plone.use_combined_language_codes")


def test_time_zone_is_beijing(portal):
    assert api.portal.get_registry_record("plone.portal_timezone") == "Asia/Shanghai"
