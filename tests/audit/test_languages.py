"""The trail does not depend on the language of the actor's interface.

A refusal keeps each finding's code and its message in Chinese and in
English; the trail page shows the reader's language.  Entries written
before (codes, and the reasons in the actor's language in the comment)
stay as they are and still verify.
"""

from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from putian.policy.audit.recording import record
from putian.policy.audit.recording import record_refusal
from putian.policy.audit.storage import audit_log
from putian.policy.rules.cases.audit import REFUSED_ACTION
from putian.policy.rules.common.findings import ERROR
from putian.policy.rules.common.findings import Finding
from tests.fixtures.applications import act
from tests.fixtures.applications import new_case
from zope.globalrequest import getRequest

import pytest
import re
import requests
import transaction


# What an entry holds about where and when, not about what was refused.
PLACE_AND_TIME = {"sequence", "timestamp", "object_uid", "object_path"}
HASHES = {"previous_hash", "entry_hash"}

NOT_YET = Finding(
    "R23",
    ERROR,
    "case_transition_not_allowed",
    "办件尚未审查，不能作出决定",
    "The case has not been reviewed yet: it cannot be decided",
    "transition",
)


def in_language(language: str):
    getRequest()["LANGUAGE"] = language


def stored(entry) -> dict:
    return {
        key: value
        for key, value in entry.as_dict().items()
        if key not in PLACE_AND_TIME | HASHES
    }


@pytest.fixture
def two_cases(item_a, case_workers):
    with api.env.adopt_user(SITE_OWNER_NAME):
        return new_case(item_a).case, new_case(item_a).case


def last_entry(obj):
    return audit_log().trail(api.content.get_uuid(obj))[-1]


def test_the_same_refusal_by_a_chinese_and_an_english_actor(two_cases):
    first, second = two_cases
    in_language("zh-cn")
    assert not act("decider_a", first, "approve").done
    in_language("en")
    assert not act("decider_a", second, "approve").done
    chinese, english = last_entry(first), last_entry(second)
    assert chinese.action == english.action == REFUSED_ACTION
    assert stored(chinese) == stored(english)
    reasons = chinese.after["findings"]
    assert reasons
    for reason in reasons:
        assert set(reason) == {"code", "message_zh", "message_en"}
        assert re.search("[\u4e00-\u9fff]", reason["message_zh"])
        assert not re.search("[\u4e00-\u9fff]", reason["message_en"])


def test_a_refusal_keeps_the_actors_own_comment_only(two_cases):
    case, _other = two_cases
    in_language("en")
    act("decider_a", case, "approve", internal_note="按领导要求先行决定")
    entry = last_entry(case)
    assert entry.comment == "按领导要求先行决定"
    assert entry.after["transition"] == "approve"


def test_entries_of_the_old_shape_stay_and_verify(two_cases):
    case, _other = two_cases
    # As record_refusal wrote them before: codes, and the reasons in the
    # actor's language in the comment.
    old = record(
        case,
        REFUSED_ACTION,
        before={"state": "submitted"},
        after={"transition": "approve", "findings": [NOT_YET.code]},
        comment=NOT_YET.message_en,
        actor="decider_a",
    )
    new = record_refusal(case, "approve", "submitted", [NOT_YET], actor="decider_a")
    uid = api.content.get_uuid(case)
    assert audit_log().verify(uid) == []
    kept = audit_log().entry(uid, old.sequence)
    assert kept == old
    assert kept.after["findings"] == ["case_transition_not_allowed"]
    assert new.previous_hash == old.entry_hash


@pytest.fixture
def refused_item(site):
    food = site.a.food
    with api.env.adopt_user(SITE_OWNER_NAME):
        record(
            food,
            REFUSED_ACTION,
            after={"transition": "retire", "findings": [NOT_YET.code]},
            comment="办件尚未审查（旧记录）",
        )
        record_refusal(food, "retire", "published", [NOT_YET], comment="再次尝试")
    transaction.commit()
    return food


def trail_page(obj, english=False) -> str:
    return requests.get(
        f"{obj.absolute_url()}/@@audit-trail",
        auth=(SITE_OWNER_NAME, SITE_OWNER_PASSWORD),
        cookies={"I18N_LANGUAGE": "en"} if english else {},
        timeout=30,
    ).text


def text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_the_trail_page_reads_in_the_readers_language(refused_item):
    chinese = text(trail_page(refused_item))
    assert "办件尚未审查，不能作出决定" in chinese
    assert "The case has not been reviewed yet" not in chinese
    assert "再次尝试" in chinese
    page = trail_page(refused_item, english=True)
    english = text(page)
    assert "The case has not been reviewed yet: it cannot be decided" in english
    assert "办件尚未审查，不能作出决定" not in english
    # The old entry as it was written, and the chain intact.
    assert "办件尚未审查（旧记录）" in english
    assert 'data-intact="true"' in page
