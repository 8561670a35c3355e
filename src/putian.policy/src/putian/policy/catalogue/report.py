"""A department's compliance indicators over its published items (R4-R17).

Listings come from the catalog; only each item's flow is woken, for its
stage count.
"""

from plone import api
from plone.app.iterate.interfaces import IWorkingCopy
from putian.policy.flows.data import flow_data
from putian.policy.rules.catalogue.indicators import department_indicators
from putian.policy.rules.flows.summary import flow_stages

import Missing


PUBLISHED = "published"


def _published_children(department, portal_type):
    """Path of the parent item -> brain, for published children of a type."""
    brains = api.content.find(
        context=department, portal_type=portal_type, review_state=PUBLISHED
    )
    return {
        brain.getPath().rsplit("/", 1)[0]: brain
        for brain in brains
        if not brain.is_working_copy
    }


def _flow_facts(flow_brain):
    """(stage count, complex-item reason) of a published flow."""
    if flow_brain is None:
        return None, None
    flow = flow_brain.getObject()
    if IWorkingCopy.providedBy(flow):
        return None, None
    return len(flow_stages(flow_data(flow))), flow.complex_exemption_reason


def _column(brain, name: str):
    """A metadata column's value; None for an object indexed without it
    (the catalog's Missing.Value), as the rules read a missing field."""
    value = getattr(brain, name, None)
    return None if value is Missing.Value else value


def report_items(department) -> list[dict]:
    guides = _published_children(department, "ServiceGuide")
    flows = _published_children(department, "ApprovalFlow")
    rules = _published_children(department, "ReviewRules")
    items = []
    for brain in api.content.find(
        context=department,
        portal_type="ApprovalItem",
        review_state=PUBLISHED,
        sort_on="base_code",
    ):
        if brain.is_working_copy:
            continue
        path = brain.getPath()
        flow = flows.get(path)
        stage_count, flow_exemption = _flow_facts(flow)
        items.append(
            {
                "id": brain.getURL(),
                "title": brain.Title,
                "url": brain.getURL(),
                "has_guide": path in guides,
                "has_flow": flow is not None,
                "has_review_rules": path in rules,
                "flow_stage_count": stage_count,
                "flow_exemption_reason": flow_exemption,
                "statutory_limit_days": _column(brain, "statutory_limit_days"),
                "committed_limit_days": _column(brain, "committed_limit_days"),
                "limit_exemption_reason": _column(brain, "limit_exemption_reason"),
                "trips": _column(brain, "trips"),
                "online_depth": _column(brain, "online_depth"),
                "is_instant": bool(_column(brain, "is_instant")),
            }
        )
    return items


def published_shares(brains) -> dict:
    """The plan's one-trip and online shares (R17) over published items'
    catalog brains, counted as the department report counts them."""
    items = [
        {
            "id": brain.UID,
            # A brain lacking the column answers Missing.Value (falsy).
            "trips": brain.trips or None,
            "online_depth": brain.online_depth or None,
        }
        for brain in brains
    ]
    indicators = {item.code: item for item in department_indicators(items)}
    return {
        "one_trip": indicators["at_most_one_trip"],
        "online": indicators["online_handling_open"],
    }


def department_report(department):
    """(indicators, items): the indicators and the items they were taken on."""
    items = report_items(department)
    return department_indicators(items), items
