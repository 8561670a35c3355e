"""R23: the audit trail of a case, as a tamper-evident hash chain.

Every step is an entry: who, when, what, the values before and after.
Each entry's hash covers its own fields and the previous entry's hash, so
changing, removing or reordering an entry breaks the chain at that point
(``verify_chain``).  Rewriting the whole tail consistently is only caught
against hashes kept elsewhere: pass them to ``verify_chain`` as anchors
(e.g. the head hash printed in each day's report).
"""

from collections.abc import Iterable
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import fields
from datetime import date
from datetime import datetime
from putian.policy.rules.calendar.clock import BEIJING
from putian.policy.rules.common.errors import RuleInputError
from putian.policy.rules.common.inputs import is_count

import copy
import hashlib
import json
import re


AUDIT_RULE = "R23"

# The previous hash of the first entry.
GENESIS = "0" * 64
FIRST_SEQUENCE = 1

# The portal's local time; any timezone is accepted, none is not.

# Besides the workflow's transition ids.
EDIT_ACTION = "edit"
REFUSED_ACTION = "refused"

_ACTION = re.compile(r"[a-z][a-z0-9_]*")
_HASH = re.compile(r"[0-9a-f]{64}")

# Why a chain is broken (ChainCheck.reason).
ENTRY_HASH_MISMATCH = "entry_hash_mismatch"
SEQUENCE_MISMATCH = "sequence_mismatch"
PREVIOUS_HASH_MISMATCH = "previous_hash_mismatch"
ANCHOR_MISMATCH = "anchor_mismatch"
ENTRIES_MISSING_AT_END = "entries_missing_at_end"

_MESSAGES = {
    ENTRY_HASH_MISMATCH: (
        "第{n}条记录的内容与其哈希值不符，已被改动",
        "Entry {n} does not match its hash: it was altered",
    ),
    SEQUENCE_MISMATCH: (
        "第{n}条记录缺失或顺序被调换（此处为第{found}条）",
        "Entry {n} is missing or out of place (entry {found} is there)",
    ),
    PREVIOUS_HASH_MISMATCH: (
        "第{n}条记录未链接到前一条记录：前一条记录或本条的链接已被改动",
        "Entry {n} does not link to the entry before it: that entry or this "
        "link was altered",
    ),
    ANCHOR_MISMATCH: (
        "第{n}条记录的哈希值与另行保存的哈希值不符，记录已被重写",
        "Entry {n} does not match the hash kept elsewhere: the trail was rewritten",
    ),
    ENTRIES_MISSING_AT_END: (
        "第{n}条及以后的记录缺失（另行保存的哈希值表明其曾存在）",
        "Entries from {n} on are missing (a hash kept elsewhere shows they existed)",
    ),
}


@dataclass(frozen=True)
class AuditEntry:
    """One step of the trail.  Build it with ``make_entry``."""

    sequence: int
    timestamp: str  # ISO 8601 with its timezone
    actor: str  # user id
    action: str  # transition id, "edit" or "refused"
    object_uid: str
    object_path: str
    department: str | None
    before: dict
    after: dict
    comment: str
    previous_hash: str
    entry_hash: str

    def as_dict(self) -> dict:
        """Every field, JSON-ready, for storage."""
        return {
            field.name: copy.deepcopy(getattr(self, field.name))
            for field in fields(self)
        }

    @classmethod
    def from_dict(cls, data: Mapping) -> "AuditEntry":
        """The entry ``as_dict`` wrote; the hashes are checked by
        ``verify_chain``, not here, so a forged entry still loads."""
        if not isinstance(data, Mapping):
            raise _invalid(
                f"审计记录必须是字段映射：{data!r}", f"not a mapping: {data!r}"
            )
        values = _stored_values(data, [field.name for field in fields(cls)])
        _check_stored_scalars(values)
        for name in ("before", "after"):
            values[name] = _stored_mapping(name, values[name])
        for name in ("previous_hash", "entry_hash"):
            _check_stored_hash(name, values[name])
        return cls(**values)


_TEXT_FIELDS = ("timestamp", "actor", "action", "object_uid", "object_path", "comment")


def _stored_values(data: Mapping, names: list[str]) -> dict:
    """The stored entry's values, exactly the fields ``names``."""
    missing = [name for name in names if name not in data]
    extra = sorted(str(key) for key in data if key not in names)
    if missing or extra:
        raise _invalid(
            f"审计记录字段不符（缺少：{'、'.join(missing) or '无'}；"
            f"多余：{'、'.join(extra) or '无'}）",
            f"fields differ (missing: {missing}, unexpected: {extra})",
        )
    return {name: data[name] for name in names}


def _check_stored_scalars(values: dict) -> None:
    """The sequence an integer, the texts text, the department text or None."""
    sequence = values["sequence"]
    if not is_count(sequence):
        raise _invalid(
            f"审计记录序号必须是整数：{sequence!r}",
            f"the sequence must be an integer: {sequence!r}",
        )
    for name in _TEXT_FIELDS:
        if not isinstance(values[name], str):
            raise _invalid(
                f"审计记录的{name}必须是文本：{values[name]!r}",
                f"{name} must be text: {values[name]!r}",
            )
    department = values["department"]
    if department is not None and not isinstance(department, str):
        raise _invalid(
            f"审计记录的部门必须是文本：{department!r}",
            f"the department must be text or None: {department!r}",
        )


def _stored_mapping(name: str, value) -> dict:
    """A copy of the stored ``before`` or ``after`` values."""
    if not isinstance(value, Mapping):
        raise _invalid(
            f"审计记录的{name}必须是字段映射：{value!r}",
            f"{name} must be a mapping: {value!r}",
        )
    return copy.deepcopy(dict(value))


def _check_stored_hash(name: str, value) -> None:
    if not isinstance(value, str) or not _HASH.fullmatch(value):
        raise _invalid(
            f"审计记录的{name}不是SHA-256哈希值：{value!r}",
            f"{name} is not a SHA-256 hex digest: {value!r}",
        )


@dataclass(frozen=True)
class ChainCheck:
    """What ``verify_chain`` found.

    ``checked`` counts the entries found intact before the first broken
    one (all of them when ``ok``).  ``first_broken`` is the sequence number
    at which the chain first fails: the entry there was altered, is
    missing, or another entry took its place.  ``reason`` is one of the
    module's reason codes.
    """

    ok: bool
    checked: int
    first_broken: int | None = None
    reason: str | None = None
    message_zh: str | None = None
    message_en: str | None = None


def _invalid(zh: str, en: str) -> RuleInputError:
    return RuleInputError("invalid_audit_entry", zh, f"Invalid audit entry: {en}")


def _canonical(payload: Mapping) -> bytes:
    return json.dumps(
        payload,
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
        allow_nan=False,
    ).encode("utf-8")


def entry_hash(
    *,
    sequence: int,
    timestamp: str,
    actor: str,
    action: str,
    object_uid: str,
    object_path: str,
    department: str | None,
    before: Mapping,
    after: Mapping,
    comment: str,
    previous_hash: str,
) -> str:
    """SHA-256 (hex) of the canonical JSON of every field but entry_hash."""
    payload = {
        "sequence": sequence,
        "timestamp": timestamp,
        "actor": actor,
        "action": action,
        "object_uid": object_uid,
        "object_path": object_path,
        "department": department,
        "before": before,
        "after": after,
        "comment": comment,
        "previous_hash": previous_hash,
    }
    return hashlib.sha256(_canonical(payload)).hexdigest()


def _hash_of(entry: AuditEntry) -> str:
    values = {field.name: getattr(entry, field.name) for field in fields(entry)}
    del values["entry_hash"]
    return entry_hash(**values)


def _json_value(value: object) -> str:
    # Dates are what an audited form mostly holds besides text and numbers.
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def _values(value: object, what_zh: str, what_en: str) -> dict:
    """A JSON-native deep copy of ``value`` (dates become ISO strings)."""
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise _invalid(
            f"{what_zh}必须是字段映射：{value!r}", f"{what_en} must be a mapping"
        )
    try:
        return json.loads(json.dumps(dict(value), default=_json_value, allow_nan=False))
    except (TypeError, ValueError) as error:
        raise _invalid(
            f"{what_zh}含有无法记录的值：{error}",
            f"{what_en} holds a value that cannot be recorded: {error}",
        ) from None


def _required_text(value: object, what_zh: str, what_en: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _invalid(f"缺少{what_zh}：{value!r}", f"the {what_en} is missing")
    return value.strip()


def _timestamp(value: datetime | str | None) -> str:
    if value is None:
        return datetime.now(BEIJING).isoformat()
    moment = value
    if isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            moment = None
    if not isinstance(moment, datetime):
        raise _invalid(
            f"时间必须是带时区的ISO时间：{value!r}",
            f"the timestamp must be an ISO date and time: {value!r}",
        )
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise _invalid(
            f"时间缺少时区：{value!r}", f"the timestamp has no timezone: {value!r}"
        )
    return moment.isoformat()


def make_entry(
    previous: AuditEntry | None,
    *,
    actor: str,
    action: str,
    object_uid: str,
    object_path: str,
    department: str | None = None,
    before: Mapping | None = None,
    after: Mapping | None = None,
    comment: str | None = "",
    timestamp: datetime | str | None = None,
) -> AuditEntry:
    """The entry after ``previous`` (None: the first of the chain).

    ``timestamp`` defaults to now, Beijing time; ``before`` and ``after``
    are copied, dates in them written as ISO strings.  A refused step is
    recorded with action "refused" and what was attempted in ``after``.
    """
    if previous is None:
        sequence, previous_hash = FIRST_SEQUENCE, GENESIS
    elif isinstance(previous, AuditEntry):
        sequence, previous_hash = previous.sequence + 1, previous.entry_hash
    else:
        raise _invalid(
            f"前一条记录必须是AuditEntry：{previous!r}",
            f"the previous entry must be an AuditEntry: {previous!r}",
        )
    action = _required_text(action, "操作", "action")
    if not _ACTION.fullmatch(action):
        raise _invalid(
            f"操作应为小写英文标识（如accept、edit、refused）：{action!r}",
            f"the action must be an id such as accept, edit or refused: {action!r}",
        )
    if department is not None:
        if not isinstance(department, str):
            raise _invalid(
                f"部门必须是文本：{department!r}", "the department must be text"
            )
        department = department.strip() or None
    if comment is None:
        comment = ""
    elif not isinstance(comment, str):
        raise _invalid(f"备注必须是文本：{comment!r}", "the comment must be text")
    values = {
        "sequence": sequence,
        "timestamp": _timestamp(timestamp),
        "actor": _required_text(actor, "操作人", "actor"),
        "action": action,
        "object_uid": _required_text(object_uid, "对象UID", "object UID"),
        "object_path": _required_text(object_path, "对象路径", "object path"),
        "department": department,
        "before": _values(before, "变更前的值", "before"),
        "after": _values(after, "变更后的值", "after"),
        "comment": comment,
        "previous_hash": previous_hash,
    }
    return AuditEntry(**values, entry_hash=entry_hash(**values))


def changed_fields(before: Mapping, after: Mapping) -> tuple[dict, dict]:
    """Only the fields that differ: (their old values, their new values).

    A field present on one side only is recorded as None on the other.
    """
    keys = sorted(set(before) | set(after), key=str)
    changed = [key for key in keys if before.get(key) != after.get(key)]
    return (
        {key: before.get(key) for key in changed},
        {key: after.get(key) for key in changed},
    )


def _broken(checked: int, sequence: int, reason: str, **details) -> ChainCheck:
    zh, en = _MESSAGES[reason]
    return ChainCheck(
        ok=False,
        checked=checked,
        first_broken=sequence,
        reason=reason,
        message_zh=zh.format(n=sequence, **details),
        message_en=en.format(n=sequence, **details),
    )


def verify_chain(
    entries: Iterable[AuditEntry],
    previous: AuditEntry | None = None,
    anchors: Mapping[int, str] | None = None,
) -> ChainCheck:
    """Check a chain, in order, from its first entry (or after ``previous``,
    a trusted entry, when checking a later part of it).

    Each entry's hash is recomputed, its sequence must follow on and its
    previous_hash must be the hash of the entry before.  ``anchors`` maps
    sequence numbers to hashes kept elsewhere; each must match, and an
    anchor past the last entry means entries were cut off the end.
    """
    if previous is None:
        expected, link = FIRST_SEQUENCE, GENESIS
    else:
        expected, link = previous.sequence + 1, previous.entry_hash
    anchors = dict(anchors or {})
    checked = 0
    for entry in entries:
        if not isinstance(entry, AuditEntry):
            raise _invalid(
                f"审计记录必须是AuditEntry：{entry!r}",
                f"not an AuditEntry: {entry!r}",
            )
        try:
            intact = _hash_of(entry) == entry.entry_hash
        except (TypeError, ValueError):  # a value no JSON can hold
            intact = False
        if not intact:
            return _broken(checked, expected, ENTRY_HASH_MISMATCH)
        if entry.sequence != expected:
            return _broken(checked, expected, SEQUENCE_MISMATCH, found=entry.sequence)
        if entry.previous_hash != link:
            return _broken(checked, expected, PREVIOUS_HASH_MISMATCH)
        if anchors.get(entry.sequence, entry.entry_hash) != entry.entry_hash:
            return _broken(checked, expected, ANCHOR_MISMATCH)
        checked += 1
        expected, link = entry.sequence + 1, entry.entry_hash
    if any(sequence >= expected for sequence in anchors):
        return _broken(checked, expected, ENTRIES_MISSING_AT_END)
    return ChainCheck(ok=True, checked=checked)
