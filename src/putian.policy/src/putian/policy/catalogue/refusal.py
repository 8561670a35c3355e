"""Why an item cannot be published: each blocking finding with the form field
that fixes it, and the exemption its rule allows.

The core (``rules.catalogue.compliance``) judges; this module finds, for each finding,
the object (item, guide, flow or review rules) whose edit form holds its
field, the id Plone gives that field's widget, and the fieldset (tab) it is
on, so that a page or a REST client can send the editor straight to it.
"""

from plone import api
from plone.autoform.interfaces import IFormFieldProvider
from plone.dexterity.utils import iterSchemata
from plone.supermodel.interfaces import FIELDSETS_KEY
from putian.policy.catalogue.compliance import compliance_report
from putian.policy.catalogue.compliance import current_child
from putian.policy.catalogue.compliance import item_of
from putian.policy.catalogue.parts import item_parts_behind
from putian.policy.content.approval_flow import IApprovalFlow
from putian.policy.content.review_rules import IReviewRules
from putian.policy.content.service_guide import IServiceGuide
from putian.policy.rules.catalogue.exemptions import rule_exemption


RECORD_EXEMPTION = "putian.policy: Record exemption"

# The part a finding without a field asks for, by its code.
_MISSING_PART = {
    "no_guide": "ServiceGuide",
    "no_flow": "ApprovalFlow",
    "no_review_rules": "ReviewRules",
}

# Where a rule's field is looked for first; then item, guide, flow, rules.
_FIRST = {"R6": "flow", "R7": "flow", "R10": "flow", "R11": "rules", "R4": "guide"}
_ORDER = ("item", "guide", "flow", "rules")

# A part standing behind its item: taken through review, never exempted.
PART_BEHIND = "part_behind"

# The reform office's exemption from every error of the item.
OFFICE_EXEMPTION = ("item", "compliance_exemption")


def _parts(item) -> dict:
    return {
        "item": item,
        "guide": current_child(item, IServiceGuide),
        "flow": current_child(item, IApprovalFlow),
        "rules": current_child(item, IReviewRules),
    }


def field_anchor(obj, name):
    """(widget id, fieldset name) of field ``name`` on ``obj``'s edit form.

    Fields of a behaviour are prefixed with the behaviour's interface name,
    as plone.autoform does (``form-widgets-IBasic-title``).
    """
    for schema in iterSchemata(obj):
        if name not in schema.names():
            continue
        behaviour = IFormFieldProvider.providedBy(schema)
        widget = (
            f"form-widgets-{schema.__name__}-{name}"
            if behaviour
            else (f"form-widgets-{name}")
        )
        fieldset = None
        for group in schema.queryTaggedValue(FIELDSETS_KEY, ()):
            if name in group.fields:
                fieldset = group.__name__
        return f"formfield-{widget}", fieldset
    return None


def _edit_link(parts, preferred, field):
    """(part, object, url, fieldset) of the form that holds ``field``."""
    order = ((preferred,) if preferred else ()) + _ORDER
    if field:
        for part in order:
            obj = parts.get(part)
            if obj is None:
                continue
            anchor = field_anchor(obj, field)
            if anchor is not None:
                widget, fieldset = anchor
                return part, obj, f"{obj.absolute_url()}/edit#{widget}", fieldset
    for part in order:
        obj = parts.get(part)
        if obj is not None:
            return part, obj, f"{obj.absolute_url()}/edit", None
    return None, None, None, None


def _exemption(parts, part, field):
    obj = parts.get(part)
    if obj is None:
        return None
    _, _, url, fieldset = _edit_link({part: obj}, part, field)
    return {"part": part, "field": field, "edit_url": url, "fieldset": fieldset}


def located(item, finding) -> dict:
    """One finding as JSON-ready data with the link to the field fixing it."""
    parts = _parts(item)
    missing = _MISSING_PART.get(finding.code)
    if missing is not None:
        part, field, fieldset = None, None, None
        url = f"{item.absolute_url()}/++add++{missing}"
    elif finding.code == PART_BEHIND:
        # Not a field: the part's own page, whose state menu takes it on.
        part, field, fieldset = finding.field, None, None
        url = parts[part].absolute_url() if parts.get(part) else None
    else:
        part, _, url, fieldset = _edit_link(
            parts, _FIRST.get(finding.rule), finding.field
        )
        field = finding.field
    allowed = rule_exemption(finding.code)
    may_record = api.user.has_permission(RECORD_EXEMPTION, obj=item)
    exemption = _exemption(parts, *allowed) if allowed else None
    if exemption is not None:
        exemption["kind"] = "rule"
    elif may_record and finding.code != PART_BEHIND:
        exemption = _exemption(parts, *OFFICE_EXEMPTION)
        exemption["kind"] = "office"
    return {
        "rule": finding.rule,
        "severity": finding.severity,
        "code": finding.code,
        "field": field,
        "part": part,
        "fieldset": fieldset,
        "message": finding.message_zh,
        "message_en": finding.message_en,
        "edit_url": url,
        "exemption": exemption,
    }


def blocking(obj):
    """The core's errors that keep ``obj``'s item from being published, each
    located: its parts standing behind it first (no exemption lifts those),
    then the rules' errors unless the reform office exempted them (an empty
    list when it may be published)."""
    item = item_of(obj)
    if item is None:
        return []
    found = item_parts_behind(item)
    report = compliance_report(item)
    if not report.is_publishable(item.compliance_exemption):
        found += report.blocking
    return [(finding, located(item, finding)) for finding in found]


def office_exemption(obj) -> dict | None:
    """The reform office's exemption form, for a user who may record one."""
    item = item_of(obj)
    if item is None or not api.user.has_permission(RECORD_EXEMPTION, obj=item):
        return None
    return _exemption({"item": item}, *OFFICE_EXEMPTION)
