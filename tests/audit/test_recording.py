"""``record``: what callers (transitions, refusals) write into the trail."""

from plone import api
from plone.app.testing import logout
from plone.app.testing import SITE_OWNER_NAME
from putian.policy.audit.recording import record
from putian.policy.audit.storage import ANNOTATION_KEY
from putian.policy.audit.storage import audit_log
from putian.policy.rules.cases.audit import REFUSED_ACTION
from zope.annotation.interfaces import IAnnotations


def test_a_refused_attempt_by_the_current_user(people, departments, item_a):
    with api.env.adopt_user(username="editor_a"):
        entry = record(
            item_a,
            REFUSED_ACTION,
            after={"transition": "publish", "state": "draft", "findings": ["R11"]},
            comment="越权操作",
        )
    assert entry.actor == "editor_a"
    assert entry.action == "refused"
    assert entry.object_uid == item_a.UID()
    assert entry.object_path == "/a/food"
    assert entry.department == departments["a"].UID()
    assert entry.after["findings"] == ["R11"]
    assert audit_log().trail(item_a.UID()) == [entry]


def test_the_next_entry_chains_to_the_last(item_a):
    first = record(item_a, "submit", actor="editor_a")
    second = record(item_a, "approve", actor="reviewer_a")
    assert (second.sequence, second.previous_hash) == (2, first.entry_hash)
    assert audit_log().verify(item_a.UID()) == []


def test_content_outside_departments_and_anonymous_users(portal):
    with api.env.adopt_user(SITE_OWNER_NAME):
        page = api.content.create(container=portal, type="Document", id="notice")
    logout()
    entry = record(page, "edit", before={"title": ""}, after={"title": "通知"})
    assert entry.actor == "anonymous"
    assert entry.department is None
    assert entry.object_path == "/notice"


def test_the_log_lives_in_the_site_annotations(portal, item_a):
    # Made at install, so that the first writers do not race to make it.
    log = IAnnotations(portal)[ANNOTATION_KEY]
    assert audit_log(create=False) is log
    before = len(log)
    record(item_a, "submit", actor="editor_a")
    assert len(log) == before + 1


def test_a_zope_datetime_is_recorded_in_beijing_time():
    from DateTime import DateTime
    from putian.policy.audit.snapshot import json_safe

    central = DateTime("2026/11/27 20:36:00 US/Central")
    assert json_safe(central) == "2026-11-28T10:36:00+08:00"
