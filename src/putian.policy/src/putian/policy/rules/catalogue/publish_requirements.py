"""Which fields publishing requires, part by part, read from the rules.

A field is required for publishing when leaving it empty makes the rules
refuse the item (an error). The lists are not written down a second time:
they are what ``check_item``, ``check_guide``, ``check_flow`` and
``check_review_rules`` find on an empty item, guide, flow and review rules,
so a rule that starts (or stops) requiring a field moves its marker in the
forms with it.
"""

from collections.abc import Mapping
from functools import cache
from putian.policy.rules.catalogue.guide import check_guide
from putian.policy.rules.catalogue.guide import GUIDE
from putian.policy.rules.catalogue.guide import GUIDE_ELEMENTS
from putian.policy.rules.catalogue.items import check_item
from putian.policy.rules.catalogue.review_rules import check_review_rules
from putian.policy.rules.common.findings import ERROR
from putian.policy.rules.common.findings import Finding
from putian.policy.rules.flows.flow import check_flow
from types import MappingProxyType


ITEM = "item"
GUIDE_PART = "guide"
FLOW = "flow"
RULES = "rules"
PARTS = (ITEM, GUIDE_PART, FLOW, RULES)

# Elements the guide shows but the item holds are required on the item.
_GUIDE_OWN = frozenset(e.name for e in GUIDE_ELEMENTS if e.source == GUIDE)


def _required(findings: list[Finding], owned=None, others=()) -> Mapping[str, Finding]:
    required = {}
    for finding in findings:
        if finding.severity != ERROR or not finding.field:
            continue
        if owned is not None and finding.field not in owned:
            continue
        if finding.field in others:
            continue
        required.setdefault(finding.field, finding)
    return MappingProxyType(required)


@cache
def publish_requirements() -> Mapping[str, Mapping[str, Finding]]:
    """part -> {field name: the finding an empty field gets}, in form order.

    Parts are ``item``, ``guide``, ``flow`` and ``rules``. The finding says,
    in both languages, what the reform office would be told.
    """
    item = _required(check_item({}))
    return MappingProxyType(
        {
            ITEM: item,
            GUIDE_PART: _required(check_guide({}, {}), _GUIDE_OWN),
            # The flow is checked against the item's time limits; those
            # findings are the item's fields.
            FLOW: _required(check_flow({}, {}), others=item),
            RULES: _required(check_review_rules({})),
        }
    )


def required_for_publishing(part: str) -> Mapping[str, Finding]:
    """The fields of ``part`` that publishing requires (see above)."""
    if part not in PARTS:
        raise KeyError(part)
    return publish_requirements()[part]
