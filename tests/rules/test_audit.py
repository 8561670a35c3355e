"""R23: the audit trail as a hash chain; every kind of forgery is found."""

from datetime import date
from datetime import datetime
from datetime import timedelta
from datetime import timezone
from datetime import UTC
from putian.policy.rules.cases.audit import AuditEntry
from putian.policy.rules.cases.audit import ChainCheck
from putian.policy.rules.cases.audit import changed_fields
from putian.policy.rules.cases.audit import entry_hash
from putian.policy.rules.cases.audit import GENESIS
from putian.policy.rules.cases.audit import make_entry
from putian.policy.rules.cases.audit import verify_chain
from putian.policy.rules.cases.workflow import check_transition
from putian.policy.rules.common.errors import RuleInputError

import dataclasses
import hashlib
import json
import pytest


BEIJING = timezone(timedelta(hours=8))
START = datetime(2025, 1, 24, 9, 0, tzinfo=BEIJING)
CASE_UID = "6f1c2d9e8a7b4c3d9e8f7a6b5c4d3e2f"
CASE_PATH = "/putian/cases/2025/SCJGJ-20250124-0007"
DEPARTMENT = "market-bureau"

# The steps of a case, repeated to make long trails.
STEPS = (
    ("zhang.wei", "accept", {"state": "submitted"}, {"state": "accepted"}),
    ("li.na", "start_review", {"state": "accepted"}, {"state": "in_review"}),
    (
        "li.na",
        "edit",
        {"committed_deadline": "2025-02-13"},
        {"committed_deadline": "2025-02-17"},
    ),
    ("wang.fang", "approve", {"state": "in_review"}, {"state": "approved"}),
    ("zhang.wei", "deliver", {"state": "approved"}, {"state": "delivered"}),
)


def build_chain(length: int) -> list[AuditEntry]:
    entries = []
    previous = None
    for index in range(length):
        actor, action, before, after = STEPS[index % len(STEPS)]
        previous = make_entry(
            previous,
            timestamp=START + timedelta(minutes=7 * index),
            actor=actor,
            action=action,
            object_uid=CASE_UID,
            object_path=CASE_PATH,
            department=DEPARTMENT,
            before=before,
            after={**after, "step": index + 1},
            comment=f"第{index + 1}步",
        )
        entries.append(previous)
    return entries


CHAIN = build_chain(1000)


def rehashed(entry: AuditEntry, **changes) -> AuditEntry:
    """``entry`` with ``changes`` and a freshly computed, valid own hash."""
    values = dataclasses.asdict(dataclasses.replace(entry, **changes))
    del values["entry_hash"]
    return AuditEntry(**values, entry_hash=entry_hash(**values))


def test_the_first_entry():
    first = CHAIN[0]
    assert first.sequence == 1
    assert first.previous_hash == GENESIS == "0" * 64
    assert first.timestamp == "2025-01-24T09:00:00+08:00"
    assert (first.actor, first.action) == ("zhang.wei", "accept")
    assert (first.object_uid, first.object_path, first.department) == (
        CASE_UID,
        CASE_PATH,
        DEPARTMENT,
    )
    assert first.before == {"state": "submitted"}
    assert first.after == {"state": "accepted", "step": 1}


def test_entry_hash_is_sha256_of_the_canonical_json():
    entry = CHAIN[2]
    payload = {
        "action": "edit",
        "actor": "li.na",
        "after": {"committed_deadline": "2025-02-17", "step": 3},
        "before": {"committed_deadline": "2025-02-13"},
        "comment": "第3步",
        "department": DEPARTMENT,
        "object_path": CASE_PATH,
        "object_uid": CASE_UID,
        "previous_hash": CHAIN[1].entry_hash,
        "sequence": 3,
        "timestamp": "2025-01-24T09:14:00+08:00",
    }
    canonical = json.dumps(
        payload, sort_keys=True, ensure_ascii=False, separators=(",", ":")
    )
    # Chinese stays Chinese in the hashed text.
    assert "第3步" in canonical
    assert entry.entry_hash == hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def test_entries_link_to_each_other():
    for previous, entry in zip(CHAIN, CHAIN[1:], strict=False):
        assert entry.sequence == previous.sequence + 1
        assert entry.previous_hash == previous.entry_hash
    assert len({entry.entry_hash for entry in CHAIN}) == 1000


def test_a_thousand_entries_verify():
    assert verify_chain(CHAIN) == ChainCheck(ok=True, checked=1000)
    assert verify_chain(iter(CHAIN)).ok  # any iterable, read once


def test_an_empty_chain_verifies():
    assert verify_chain([]) == ChainCheck(ok=True, checked=0)


def test_a_later_part_verifies_after_a_trusted_entry():
    check = verify_chain(CHAIN[500:], previous=CHAIN[499])
    assert (check.ok, check.checked) == (True, 500)
    # Without it, the part does not start at the beginning of the chain.
    check = verify_chain(CHAIN[500:])
    assert (check.ok, check.first_broken, check.reason) == (
        False,
        1,
        "sequence_mismatch",
    )


# -- forgeries ----------------------------------------------------------------


def test_a_forged_after_value():
    forged = list(CHAIN)
    forged[499] = dataclasses.replace(CHAIN[499], after={"state": "approved"})
    check = verify_chain(forged)
    assert check == ChainCheck(
        ok=False,
        checked=499,
        first_broken=500,
        reason="entry_hash_mismatch",
        message_zh="第500条记录的内容与其哈希值不符，已被改动",
        message_en="Entry 500 does not match its hash: it was altered",
    )


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("actor", "someone.else"),
        ("timestamp", "2025-01-24T08:00:00+08:00"),
        ("before", {"state": "in_review"}),
        ("comment", ""),
        ("department", None),
        ("object_path", "/putian/cases/2025/other"),
        ("action", "deny"),
    ],
)
def test_every_field_is_covered_by_the_hash(field, value):
    forged = list(CHAIN)
    forged[41] = dataclasses.replace(CHAIN[41], **{field: value})
    check = verify_chain(forged)
    assert (check.first_broken, check.reason) == (42, "entry_hash_mismatch")


def test_changing_the_stored_dict_in_place_is_found():
    forged = build_chain(10)
    forged[6].after["state"] = "denied"
    check = verify_chain(forged)
    assert (check.first_broken, check.reason, check.checked) == (
        7,
        "entry_hash_mismatch",
        6,
    )


def test_a_removed_entry():
    forged = CHAIN[:299] + CHAIN[300:]  # entry 300 deleted
    check = verify_chain(forged)
    assert (check.ok, check.checked, check.first_broken, check.reason) == (
        False,
        299,
        300,
        "sequence_mismatch",
    )
    assert check.message_zh == "第300条记录缺失或顺序被调换（此处为第301条）"


def test_the_removed_first_entry():
    check = verify_chain(CHAIN[1:])
    assert (check.first_broken, check.reason, check.checked) == (
        1,
        "sequence_mismatch",
        0,
    )


def test_a_reordered_entry():
    forged = list(CHAIN)
    forged[699], forged[700] = forged[700], forged[699]  # entries 700 and 701
    check = verify_chain(forged)
    assert (check.first_broken, check.reason, check.checked) == (
        700,
        "sequence_mismatch",
        699,
    )


def test_a_replayed_entry():
    forged = CHAIN[:10] + [CHAIN[9]] + CHAIN[10:]
    check = verify_chain(forged)
    assert (check.first_broken, check.reason) == (11, "sequence_mismatch")


def test_a_recomputed_hash_without_fixing_the_next_link():
    forged = list(CHAIN)
    forged[249] = rehashed(CHAIN[249], after={"state": "denied", "step": 250})
    # Entry 250 is consistent in itself; entry 251 no longer links to it.
    check = verify_chain(forged)
    assert (check.ok, check.first_broken, check.reason, check.checked) == (
        False,
        251,
        "previous_hash_mismatch",
        250,
    )


def test_relinking_the_next_entry_breaks_that_entry():
    forged = list(CHAIN)
    forged[249] = rehashed(CHAIN[249], actor="someone.else")
    forged[250] = dataclasses.replace(CHAIN[250], previous_hash=forged[249].entry_hash)
    check = verify_chain(forged)
    assert (check.first_broken, check.reason) == (251, "entry_hash_mismatch")


def test_renumbered_entries_with_recomputed_hashes():
    # Entry 300 removed, 301 renumbered and rehashed, the next link not fixed.
    forged = CHAIN[:299] + CHAIN[300:]
    forged[299] = rehashed(
        forged[299], sequence=300, previous_hash=CHAIN[298].entry_hash
    )
    check = verify_chain(forged)
    assert (check.first_broken, check.reason) == (301, "sequence_mismatch")


def test_a_consistently_rewritten_tail_needs_an_anchor():
    # Rewriting every entry from 600 on leaves a self-consistent chain;
    # only a hash kept elsewhere (a daily report's head) shows it.
    forged = CHAIN[:599]
    for entry in CHAIN[599:]:
        forged.append(
            rehashed(
                entry,
                previous_hash=forged[-1].entry_hash,
                comment=entry.comment + "（改）",
            )
        )
    assert verify_chain(forged).ok
    check = verify_chain(forged, anchors={1000: CHAIN[-1].entry_hash})
    assert (check.first_broken, check.reason, check.checked) == (
        1000,
        "anchor_mismatch",
        999,
    )
    check = verify_chain(forged, anchors={650: CHAIN[649].entry_hash})
    assert (check.first_broken, check.reason) == (650, "anchor_mismatch")
    # Anchors of the untouched part still hold.
    assert verify_chain(forged, anchors={500: CHAIN[499].entry_hash}).ok


def test_a_cut_off_tail_needs_an_anchor():
    assert verify_chain(CHAIN[:997]).ok
    check = verify_chain(CHAIN[:997], anchors={1000: CHAIN[-1].entry_hash})
    assert (check.ok, check.first_broken, check.reason, check.checked) == (
        False,
        998,
        "entries_missing_at_end",
        997,
    )
    assert check.message_zh.startswith("第998条及以后的记录缺失")


def test_an_entry_holding_an_unserializable_value_is_broken_not_a_crash():
    forged = build_chain(5)
    forged[2] = dataclasses.replace(forged[2], after={"when": {1, 2}})
    check = verify_chain(forged)
    assert (check.first_broken, check.reason) == (3, "entry_hash_mismatch")


def test_verify_refuses_what_is_not_an_entry():
    with pytest.raises(RuleInputError):
        verify_chain([CHAIN[0].as_dict()])


# -- storage --------------------------------------------------------------------


def test_as_dict_and_from_dict_round_trip_through_json():
    stored = [json.loads(json.dumps(entry.as_dict())) for entry in CHAIN[:50]]
    loaded = [AuditEntry.from_dict(data) for data in stored]
    assert loaded == CHAIN[:50]
    assert verify_chain(loaded).ok
    assert set(stored[0]) == {
        "sequence",
        "timestamp",
        "actor",
        "action",
        "object_uid",
        "object_path",
        "department",
        "before",
        "after",
        "comment",
        "previous_hash",
        "entry_hash",
    }


def test_as_dict_is_a_copy():
    entry = build_chain(1)[0]
    data = entry.as_dict()
    data["after"]["state"] = "denied"
    assert entry.after["state"] == "accepted"


def test_a_forged_stored_entry_loads_and_is_caught():
    stored = [entry.as_dict() for entry in CHAIN[:20]]
    stored[12]["after"]["state"] = "denied"
    check = verify_chain(AuditEntry.from_dict(data) for data in stored)
    assert (check.first_broken, check.reason) == (13, "entry_hash_mismatch")


@pytest.mark.parametrize(
    "change",
    [
        lambda data: data.pop("actor"),
        lambda data: data.update(extra="x"),
        lambda data: data.update(sequence="3"),
        lambda data: data.update(actor=None),
        lambda data: data.update(department=5),
        lambda data: data.update(after=["state"]),
        lambda data: data.update(entry_hash="not-a-hash"),
        lambda data: data.update(previous_hash="0" * 63),
    ],
)
def test_from_dict_refuses_malformed_data(change):
    data = CHAIN[3].as_dict()
    change(data)
    with pytest.raises(RuleInputError) as raised:
        AuditEntry.from_dict(data)
    assert raised.value.code == "invalid_audit_entry"
    assert raised.value.message_zh


def test_from_dict_refuses_a_non_mapping():
    with pytest.raises(RuleInputError):
        AuditEntry.from_dict(["sequence", 1])


# -- making entries -------------------------------------------------------------


def first_entry(**changes) -> AuditEntry:
    fields = {
        "actor": "zhang.wei",
        "action": "accept",
        "object_uid": CASE_UID,
        "object_path": CASE_PATH,
        "timestamp": START,
    }
    fields.update(changes)
    return make_entry(None, **fields)


def test_defaults():
    first = first_entry(timestamp=None)
    assert first.timestamp.endswith("+08:00")  # Beijing time
    assert (first.department, first.before, first.after, first.comment) == (
        None,
        {},
        {},
        "",
    )


def test_timestamps_keep_their_timezone():
    utc = first_entry(timestamp=datetime(2025, 1, 24, 1, 0, tzinfo=UTC))
    assert utc.timestamp == "2025-01-24T01:00:00+00:00"
    text = first_entry(timestamp="2025-01-24T09:00:00+08:00")
    assert text.timestamp == "2025-01-24T09:00:00+08:00"


@pytest.mark.parametrize(
    "changes",
    [
        {"timestamp": datetime(2025, 1, 24, 9, 0)},  # naive
        {"timestamp": "2025-01-24T09:00:00"},
        {"timestamp": "yesterday"},
        {"timestamp": date(2025, 1, 24)},
        {"actor": ""},
        {"actor": None},
        {"action": "Accept!"},
        {"action": ""},
        {"object_uid": " "},
        {"object_path": None},
        {"department": 7},
        {"before": ["state"]},
        {"after": {"tags": {"a", "b"}}},
        {"after": {"ratio": float("nan")}},
        {"comment": 5},
    ],
)
def test_make_entry_refuses_bad_input(changes):
    with pytest.raises(RuleInputError) as raised:
        first_entry(**changes)
    assert raised.value.code == "invalid_audit_entry"


def test_make_entry_refuses_a_previous_that_is_not_an_entry():
    with pytest.raises(RuleInputError):
        make_entry(
            CHAIN[0].as_dict(),
            actor="a",
            action="edit",
            object_uid="u",
            object_path="/p",
        )


def test_values_are_copied_and_dates_written_as_iso():
    before = {"deadline": date(2025, 2, 13), "steps": ("a", "b")}
    made = first_entry(before=before, after={"suspended_at": START})
    assert made.before == {"deadline": "2025-02-13", "steps": ["a", "b"]}
    assert made.after == {"suspended_at": "2025-01-24T09:00:00+08:00"}
    before["deadline"] = date(2025, 2, 17)
    assert made.before["deadline"] == "2025-02-13"
    assert verify_chain([made]).ok


def test_a_refused_step_is_recorded_too():
    findings = check_transition("submitted", "approve")
    refused = make_entry(
        CHAIN[-1],
        timestamp=START + timedelta(days=1),
        actor="wang.fang",
        action="refused",
        object_uid=CASE_UID,
        object_path=CASE_PATH,
        department=DEPARTMENT,
        before={"state": "submitted"},
        after={
            "transition": "approve",
            "findings": [finding.code for finding in findings],
        },
        comment=findings[0].message_zh,
    )
    assert refused.sequence == 1001
    assert refused.after == {
        "transition": "approve",
        "findings": ["case_transition_not_allowed"],
    }
    assert verify_chain([*CHAIN, refused]).ok


def test_changed_fields_keeps_only_the_differences():
    before = {"title": "食品经营许可", "committed_limit_days": 10, "fee": "不收费"}
    after = {"title": "食品经营许可", "committed_limit_days": 8, "note": "压缩时限"}
    assert changed_fields(before, after) == (
        {"committed_limit_days": 10, "fee": "不收费", "note": None},
        {"committed_limit_days": 8, "fee": None, "note": "压缩时限"},
    )
    assert changed_fields(before, before) == ({}, {})
