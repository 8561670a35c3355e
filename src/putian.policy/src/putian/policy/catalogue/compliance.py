"""An item, its guide and review rules as the core's plain data; its report.

The core (``rules.catalogue.compliance``) judges; this module only reads content.
"""

from plone import api
from plone.app.iterate.interfaces import IWorkingCopy
from plone.dexterity.utils import iterSchemata
from putian.policy.content.approval_flow import IApprovalFlow
from putian.policy.content.approval_item import IApprovalItem
from putian.policy.content.review_rules import IReviewRules
from putian.policy.content.service_guide import IServiceGuide
from putian.policy.flows.data import flow_data
from putian.policy.rules.catalogue.compliance import check_compliance
from zope.schema import getFieldsInOrder


def _field_values(obj) -> dict:
    values = {}
    for schema in iterSchemata(obj):
        for name, field in getFieldsInOrder(schema):
            values[name] = field.get(schema(obj))
    return values


def current_child(item, interface):
    """The item's guide or review rules in force, not a working copy of it."""
    for child in item.objectValues():
        if interface.providedBy(child) and not IWorkingCopy.providedBy(child):
            return child
    return None


def visible_child(item, interface):
    """The child in force, when the current user may see it (else None)."""
    child = current_child(item, interface)
    if child is not None and api.user.has_permission("View", obj=child):
        return child
    return None


def _material(row) -> dict:
    material = dict(row)
    basis = {
        "level": row.get("basis_level"),
        "name": row.get("basis_name"),
        "article": row.get("basis_article"),
    }
    material["legal_basis"] = [basis] if any(basis.values()) else []
    return material


def item_data(item) -> dict:
    data = _field_values(item)
    data["title"] = item.Title()
    department = item.get_department()
    data["implementing_organ"] = department.Title() if department else None
    return data


def guide_data(guide) -> dict:
    data = _field_values(guide)
    data["materials"] = [_material(row) for row in data.get("materials") or ()]
    data["handling_forms"] = sorted(data.get("handling_forms") or ())
    return data


def review_rules_data(rules) -> dict:
    return _field_values(rules)


def item_of(obj):
    """The item ``obj`` belongs to (itself for an item)."""
    while obj is not None and not IApprovalItem.providedBy(obj):
        obj = getattr(obj, "__parent__", None)
    return obj


def compliance_report(item, working_copy=None):
    """The core's ComplianceReport for an item and its guide, flow and rules.

    ``working_copy``, a checked-out version of the item or of one of its
    children, is judged in place of the original it would replace (with
    its own parts, for a copy of the item).
    """

    def part(interface):
        if working_copy is not None and interface.providedBy(working_copy):
            return working_copy
        # A working copy of the item brings its own parts, reviewed with it.
        if IApprovalItem.providedBy(working_copy):
            own = current_child(working_copy, interface)
            if own is not None:
                return own
        return current_child(item, interface)

    guide = part(IServiceGuide)
    rules = part(IReviewRules)
    flow = part(IApprovalFlow)
    judged = working_copy if IApprovalItem.providedBy(working_copy) else item
    main_item = item.get_main_item()
    standard = judged.standard_item.to_object if judged.standard_item else None
    return check_compliance(
        item_data(judged),
        guide=guide_data(guide) if guide is not None else None,
        review_rules=review_rules_data(rules) if rules is not None else None,
        parent=item_data(main_item) if main_item is not None else None,
        standard=item_data(standard) if standard is not None else None,
        flow=flow_data(flow) if flow is not None else None,
    )


def change_is_publishable(working_copy, original) -> bool:
    """Would the published item still pass with the change checked in?"""
    item = item_of(original)
    if item is None:
        return True
    report = compliance_report(item, working_copy=working_copy)
    exemption = (
        working_copy.compliance_exemption
        if IApprovalItem.providedBy(working_copy)
        else item.compliance_exemption
    )
    return report.is_publishable(exemption)


def is_publishable(obj) -> bool:
    """May ``obj`` (item, guide or review rules) be published now?

    A working copy is never published: the reform office checks it in, and
    the published original takes its content.
    """
    if IWorkingCopy.providedBy(obj):
        return False
    item = item_of(obj)
    if item is None:
        return True
    return compliance_report(item).is_publishable(item.compliance_exemption)
