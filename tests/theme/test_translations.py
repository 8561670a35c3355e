"""Every message of the theme has its Chinese and English translation."""

from pathlib import Path
from zope.i18n import translate
from zope.i18nmessageid import MessageFactory

import putian.theme
import pytest
import re


LOCALES = Path(putian.theme.__file__).parent / "locales"
TEMPLATE = LOCALES / "putian.theme.pot"
CATALOGUES = {
    "zh_CN": LOCALES / "zh_CN" / "LC_MESSAGES" / "putian.theme.po",
    "en": LOCALES / "en" / "LC_MESSAGES" / "putian.theme.po",
}
MESSAGE = re.compile(r'^msgid "(.+)"\nmsgstr "(.*)"$', re.MULTILINE)
PLACEHOLDER = re.compile(r"\$\{(\w+)\}")
HAN = re.compile("[\u4e00-\u9fff]")

_ = MessageFactory("putian.theme")


def messages(path: Path) -> dict[str, str]:
    return dict(MESSAGE.findall(path.read_text()))


@pytest.mark.parametrize("language", CATALOGUES)
def test_every_message_is_translated(language):
    template = messages(TEMPLATE)
    catalogue = messages(CATALOGUES[language])
    assert set(catalogue) == set(template)
    assert [msgid for msgid, msgstr in catalogue.items() if not msgstr] == []


def test_chinese_is_chinese_and_keeps_the_placeholders():
    english = messages(CATALOGUES["en"])
    for msgid, msgstr in messages(CATALOGUES["zh_CN"]).items():
        assert HAN.search(msgstr), msgid
        assert set(PLACEHOLDER.findall(msgstr)) == set(
            PLACEHOLDER.findall(english[msgid])
        ), msgid


@pytest.mark.parametrize(
    ("language", "expected"),
    [("zh_CN", "莆田市行政审批标准化服务平台"), ("en", "Putian Administrative")],
)
def test_the_portal_name_is_translated_at_run_time(portal, language, expected):
    message = _("portal_name", default="Putian Administrative Approval …")
    assert translate(message, target_language=language).startswith(expected)


def test_the_hotline_keeps_its_number(portal):
    message = _("footer_hotline", mapping={"phone": "12345"})
    assert translate(message, target_language="zh_CN") == "监督电话：12345"


def test_the_menu_button_has_a_chinese_label(portal):
    # Plone's header template asks the "plone" domain, which leaves it blank.
    message = MessageFactory("plone")(
        "label_toggle_navigation", default="Toggle navigation"
    )
    assert translate(message, target_language="zh_CN") == "打开导航菜单"
