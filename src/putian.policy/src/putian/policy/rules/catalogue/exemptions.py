"""Exemptions that a rule of the plan itself allows, and where they are recorded.

A finding whose rule allows an exemption is cleared by a reason written on one
part of the item: finding code -> (part, field), the part being one of
"item", "guide", "flow", "rules".
"""

from putian.policy.rules.flows.flow import TOO_MANY_STAGES


RULE_EXEMPTIONS = {
    # The committed time limit may exceed half the statutory one, with a reason.
    "committed_over_half_statutory": ("item", "limit_exemption_reason"),
    # A flow with more stages than the plan allows, with a reason.
    TOO_MANY_STAGES: ("flow", "complex_exemption_reason"),
}


def rule_exemption(code):
    """(part, field) recording the exemption ``code``'s rule allows, or None."""
    return RULE_EXEMPTIONS.get(code)
