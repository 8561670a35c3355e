"""Field values of content as the audit trail records them.

An edit is recorded as the fields that changed, before and after.  The
"before" side is the snapshot kept on the object at its last audited step,
because by the time an edit event arrives the old values are gone.
"""

from collections.abc import Mapping
from datetime import date
from datetime import datetime
from datetime import time
from plone.app.textfield.interfaces import IRichTextValue
from plone.dexterity.utils import iterSchemata
from plone.namedfile.interfaces import INamed
from putian.policy.rules.calendar.clock import in_beijing
from zope.annotation.interfaces import IAnnotations
from zope.schema import getFieldsInOrder

import json
import math


SNAPSHOT_KEY = "putian.policy.audit.snapshot"


def json_safe(value):
    """``value`` as JSON can hold it: what a reader of the trail needs to
    see of it, not a way back to the object."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if IRichTextValue.providedBy(value):
        return value.raw
    if INamed.providedBy(value):
        return value.filename
    if isinstance(value, Mapping):
        return {str(key): json_safe(item) for key, item in value.items()}
    if isinstance(value, set | frozenset):
        # Sorted, so an unchanged set never shows up as a change.
        return sorted((json_safe(item) for item in value), key=_sort_key)
    if isinstance(value, list | tuple):
        return [json_safe(item) for item in value]
    if hasattr(value, "ISO8601"):  # Zope's DateTime
        return in_beijing(value).isoformat()
    return str(value)


def _sort_key(value) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def field_values(obj) -> dict:
    """Every schema field of ``obj`` (its type's and its behaviors'),
    JSON-safe, by field name."""
    values = {}
    for schema in iterSchemata(obj):
        adapted = schema(obj, None)
        if adapted is None:
            continue
        for name, field in getFieldsInOrder(schema):
            if name in values:
                continue
            try:
                value = field.get(adapted)
            except AttributeError:
                value = None
            values[name] = json_safe(value)
    return values


def stored_snapshot(obj) -> dict:
    """The values kept at the last audited step; empty if none was."""
    text = IAnnotations(obj).get(SNAPSHOT_KEY)
    return json.loads(text) if text else {}


def keep_snapshot(obj, values: dict) -> None:
    # A string, not a dict: the annotations BTree can then still merge
    # concurrent writes of other keys on the same object.
    IAnnotations(obj)[SNAPSHOT_KEY] = json.dumps(
        values, sort_keys=True, ensure_ascii=False
    )
