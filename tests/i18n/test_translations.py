"""Every message has its Chinese translation, and run-time ids are listed."""

from pathlib import Path
from putian.policy import _
from putian.policy.rules.terms import REVIEW_ELEMENTS
from putian.policy.rules.terms import REVIEW_STAGES
from zope.i18n import translate

import putian.policy
import re


LOCALES = Path(putian.policy.__file__).parent / "locales"
ENTRY = re.compile(r'^msgid "(.*)"\nmsgstr "(.*)"', re.MULTILINE)


def entries(path: Path) -> dict[str, str]:
    return {msgid: msgstr for msgid, msgstr in ENTRY.findall(path.read_text()) if msgid}


def test_every_message_is_translated_to_chinese():
    template = entries(LOCALES / "putian.policy.pot")
    chinese = entries(LOCALES / "zh_CN" / "LC_MESSAGES" / "putian.policy.po")
    assert set(template) == set(chinese)
    assert [msgid for msgid, msgstr in chinese.items() if not msgstr] == []


def test_english_catalogue_has_every_message():
    template = entries(LOCALES / "putian.policy.pot")
    english = entries(LOCALES / "en" / "LC_MESSAGES" / "putian.policy.po")
    assert set(template) == set(english)


def test_review_rule_labels_made_at_run_time_are_in_the_catalogue():
    manual = entries(LOCALES / "manual.pot")
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
