"""Our corrections of Plone's, z3c.form's and zope's Chinese messages are
the ones read (putian.policy.translations), and English keeps its own."""

from DateTime import DateTime
from plone.base.i18nl10n import ulocalized_time
from putian.policy.translations import prefer_catalogs_from
from zope.component import getGlobalSiteManager
from zope.i18n import translate
from zope.i18n.interfaces import ITranslationDomain
from zope.i18n.translationdomain import TranslationDomain

import pytest


CORRECTIONS = [
    ("z3c.form", "There were some errors.", "有一些错误。"),
    ("z3c.form", "No value", "请选择"),
    (
        "z3c.form",
        "The system could not process the given value.",
        "填写的内容格式不正确。",
    ),
    ("zope", "Required input is missing.", "此项必填。"),
    ("plone", "file_already_uploaded", "文件已上传："),
    ("plone", "image_already_uploaded", "图片已上传："),
    ("plone", "statusmessage_mtype_info", "提示："),
    ("plone", "statusmessage_mtype_warning", "注意："),
    ("plone", "statusmessage_mtype_error", "错误："),
    ("plonelocales", "date_format_long", "${Y}年${m}月${d}日 ${H}:${M}"),
    ("plonelocales", "date_format_short", "${Y}年${m}月${d}日"),
]


@pytest.mark.parametrize(("domain", "msgid", "chinese"), CORRECTIONS)
def test_our_chinese_is_read_before_the_packages_own(
    integration, domain, msgid, chinese
):
    assert translate(msgid, domain=domain, target_language="zh_CN") == chinese


def test_the_privileges_message_has_no_typo(integration):
    text = translate(
        "description_no_privileges_for_page",
        domain="plone",
        mapping={"site_admin": "网站管理员"},
        target_language="zh_CN",
    )
    assert "您地" not in text
    assert (
        text == "您没有查看此网页的权限。如果您认为不应出现此提示，请联系网站管理员。"
    )


@pytest.mark.parametrize(
    ("domain", "msgid"),
    [
        ("z3c.form", "There were some errors."),
        ("z3c.form", "No value"),
        ("zope", "Required input is missing."),
    ],
)
def test_english_keeps_the_packages_wording(integration, domain, msgid):
    assert translate(msgid, domain=domain, target_language="en") == msgid


def test_plones_own_messages_are_still_read(integration):
    # Only the messages we correct come from our catalogs.
    assert translate("Add", domain="z3c.form", target_language="zh_CN") == "添加"
    assert translate("Edit", domain="plone", target_language="zh_CN") == "编辑"


def test_dates_read_in_chinese_and_in_english(integration):
    portal = integration["portal"]
    request = integration["request"]
    # In the server's zone, as Plone shows it (the toolbar's own is tested
    # in tests/i18n/test_toolbar_time.py).
    evening = DateTime(2026, 12, 2, 18, 30)
    assert (
        ulocalized_time(
            evening,
            long_format=True,
            context=portal,
            request=request,
            target_language="zh_CN",
        )
        == "2026年12月02日 18:30"
    )
    assert (
        ulocalized_time(
            evening, context=portal, request=request, target_language="zh_CN"
        )
        == "2026年12月02日"
    )
    english = ulocalized_time(
        evening, long_format=True, context=portal, request=request, target_language="en"
    )
    assert english == "Dec 02, 2026 06:30 PM"


class Catalog:
    """A message catalog read from a file, as zope.i18n keeps it."""

    def __init__(self, path, language, messages):
        self._path_to_file = path
        self.language = language
        self.messages = messages

    def getIdentifier(self):
        return self._path_to_file

    def queryMessage(self, msgid, default=None):
        return self.messages.get(msgid, default)


def test_the_catalogs_of_a_directory_move_to_the_front(tmp_path):
    theirs = Catalog(
        "/eggs/z3c.form/locales/zh_CN/LC_MESSAGES/t.mo", "zh_CN", {"x": "旧."}
    )
    ours = Catalog(str(tmp_path / "zh_CN/LC_MESSAGES/t.mo"), "zh_CN", {"x": "新。"})
    other = Catalog("/eggs/other/locales/zh_CN/LC_MESSAGES/t.mo", "zh_CN", {"y": "乙"})
    english = Catalog("/eggs/z3c.form/locales/en/LC_MESSAGES/t.mo", "en", {"x": "x"})
    domain = TranslationDomain("putian-test-precedence")
    for catalog in (theirs, ours, other, english):
        domain.addCatalog(catalog)
    registry = getGlobalSiteManager()
    registry.registerUtility(domain, ITranslationDomain, name=domain.domain)
    try:
        assert domain.translate("x", target_language="zh_CN") == "旧."
        prefer_catalogs_from(str(tmp_path))
        assert domain._catalogs["zh_CN"] == [
            ours.getIdentifier(),
            theirs.getIdentifier(),
            other.getIdentifier(),
        ]
        assert domain._catalogs["en"] == [english.getIdentifier()]
        assert domain.translate("x", target_language="zh_CN") == "新。"
        assert domain.translate("y", target_language="zh_CN") == "乙"
    finally:
        registry.unregisterUtility(domain, ITranslationDomain, name=domain.domain)
