"""Every message has its Chinese and English translation; run-time ids are listed."""

from pathlib import Path
from putian.policy import _
from putian.policy.rules.catalogue.guide import FEE_FREE
from putian.policy.rules.catalogue.terms import REVIEW_ELEMENTS
from putian.policy.rules.catalogue.terms import REVIEW_STAGES
from typing import NamedTuple
from zope.i18n import translate

import putian.policy
import pytest
import re


LOCALES = Path(putian.policy.__file__).parent / "locales"
TEMPLATE = LOCALES / "putian.policy.pot"
CHINESE = LOCALES / "zh_CN" / "LC_MESSAGES" / "putian.policy.po"
ENGLISH = LOCALES / "en" / "LC_MESSAGES" / "putian.policy.po"
ESCAPE = re.compile(r"\\(.)")
PLACEHOLDER = re.compile(r"\$\{(\w+)\}")
# Han ideographs, CJK punctuation (《》〔〕、。) and full-width forms (（），：).
CHINESE_TEXT = re.compile(
    "[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
    "\U00020000-\U0003134f]"
)
# English text that must keep some Chinese, each with the only Chinese it may
# hold: the fee standard is recognised when it is written exactly so (R4).
CHINESE_KEPT_IN_ENGLISH = {"help_fee_standard": FEE_FREE}


class Message(NamedTuple):
    default: str | None
    msgstr: str


def _unquote(text: str) -> str:
    escapes = {"n": "\n", "t": "\t"}
    return ESCAPE.sub(lambda m: escapes.get(m[1], m[1]), text[1:-1])


def messages(path: Path) -> dict[str, Message]:
    """msgid: its ``#. Default:`` text and msgstr, continued lines joined."""
    catalogue = {}
    for block in path.read_text().split("\n\n"):
        parts = {"default": None, "msgid": None, "msgstr": None}
        current = None
        for line in block.splitlines():
            if line.startswith("#. Default: "):
                current = "default"
                parts[current] = _unquote(line.removeprefix("#. Default: "))
            elif line.startswith('#. "') and current == "default":
                parts[current] += _unquote(line.removeprefix("#. "))
            elif line.startswith(("msgid ", "msgstr ")):
                current, _space, quoted = line.partition(" ")
                parts[current] = _unquote(quoted)
            elif line.startswith('"') and current in ("msgid", "msgstr"):
                parts[current] += _unquote(line)
            else:
                current = None
        if parts["msgid"]:
            catalogue[parts["msgid"]] = Message(parts["default"], parts["msgstr"])
    return catalogue


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def without_kept_chinese(msgid: str, text: str) -> str:
    kept = CHINESE_KEPT_IN_ENGLISH.get(msgid)
    return text.replace(kept, "") if kept else text


def test_every_message_is_translated_to_chinese():
    chinese = messages(CHINESE)
    assert set(chinese) == set(messages(TEMPLATE))
    assert [msgid for msgid, message in chinese.items() if not message.msgstr] == []


def test_every_message_is_translated_to_english():
    english = messages(ENGLISH)
    assert set(english) == set(messages(TEMPLATE))
    assert [msgid for msgid, message in english.items() if not message.msgstr] == []


def test_english_text_has_no_chinese():
    chinese = [
        (msgid, message.msgstr)
        for msgid, message in messages(ENGLISH).items()
        if CHINESE_TEXT.search(without_kept_chinese(msgid, message.msgstr))
    ]
    assert chinese == []


def test_chinese_kept_in_english_is_still_needed():
    english = messages(ENGLISH)
    template = messages(TEMPLATE)
    for msgid, kept in CHINESE_KEPT_IN_ENGLISH.items():
        assert kept in english[msgid].msgstr
        assert kept in template[msgid].default


@pytest.mark.parametrize("path", [ENGLISH, CHINESE], ids=["en", "zh_CN"])
def test_translations_keep_the_placeholders(path):
    template = messages(TEMPLATE)
    different = [
        (msgid, message.msgstr)
        for msgid, message in messages(path).items()
        if placeholders(message.msgstr)
        != placeholders(template[msgid].default or msgid)
    ]
    assert different == []


def test_review_rule_labels_made_at_run_time_are_in_the_catalogue():
    manual = messages(LOCALES / "manual.pot")
    expected = {f"label_review_rule_{e.token}" for e in REVIEW_ELEMENTS}
    expected |= {f"label_stage_{s.token}" for s in REVIEW_STAGES}
    assert set(manual) == expected


def test_chinese_page_is_translated(portal, http_request):

    message = _("heading_guide", default="Service guide")
    assert translate(message, target_language="zh_CN") == "办事指南"


def test_workflow_titles_in_plone_domain_are_chinese(portal):
    workflow = portal.portal_workflow["putian_catalogue_workflow"]
    titles = [state.title for state in workflow.states.values()]
    titles += [transition.title for transition in workflow.transitions.values()]
    untranslated = [
        title
        for title in titles
        if translate(title, domain="plone", target_language="zh_CN") == title
    ]
    assert untranslated == []


@pytest.mark.parametrize(
    ("message", "english"),
    [
        (
            _(
                "help_opening_hours",
                default="For example: 周一至周五 8:00-12:00, 14:30-17:30",
            ),
            "For example: Monday to Friday 8:00-12:00, 14:30-17:30",
        ),
        (
            _("咨询电话和监督电话"),
            "The consultation phone and the supervision phone",
        ),
        (_("label_stage_accept"), "Acceptance"),
    ],
    ids=["chinese default", "chinese msgid", "no default"],
)
def test_english_page_is_translated(portal, http_request, message, english):
    assert translate(message, target_language="en") == english
