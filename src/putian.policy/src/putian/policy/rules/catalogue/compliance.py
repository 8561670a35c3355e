"""All the catalogue rules for one item, and whether it may be published."""

from collections.abc import Mapping
from dataclasses import dataclass
from putian.policy.rules.catalogue.guide import check_guide
from putian.policy.rules.catalogue.guide import GUIDE_ELEMENTS
from putian.policy.rules.catalogue.guide import ITEM
from putian.policy.rules.catalogue.items import check_item
from putian.policy.rules.catalogue.limits import check_time_limits
from putian.policy.rules.catalogue.review_rules import check_review_rules
from putian.policy.rules.catalogue.standards import check_standard_conformity
from putian.policy.rules.common.findings import ERROR
from putian.policy.rules.common.findings import Finding
from putian.policy.rules.common.findings import SEVERITIES
from putian.policy.rules.common.inputs import text
from putian.policy.rules.flows.flow import check_flow


_LIMIT_FIELDS = (
    "statutory_limit_days",
    "committed_limit_days",
    "limit_exemption_reason",
)

_ITEM_ELEMENTS = frozenset(
    element.name for element in GUIDE_ELEMENTS if element.source == ITEM
)


@dataclass(frozen=True)
class ComplianceReport:
    """The findings for an item: item, then guide, then review rules."""

    findings: tuple[Finding, ...]

    @property
    def blocking(self) -> tuple[Finding, ...]:
        """The errors: each blocks publishing unless exempted."""
        return tuple(finding for finding in self.findings if finding.severity == ERROR)

    @property
    def counts(self) -> dict[str, int]:
        """Number of findings per severity, every severity present."""
        counts = dict.fromkeys(SEVERITIES, 0)
        for finding in self.findings:
            counts[finding.severity] += 1
        return counts

    def is_publishable(self, exemption_reason: str | None = None) -> bool:
        """No errors, or the reform office recorded why it exempts them."""
        exempted = text(exemption_reason, "豁免理由", "exemption reason") is not None
        return exempted or not self.blocking

    def as_dict(self, exemption_reason: str | None = None) -> dict:
        """JSON-ready report for the REST API and the editors' dashboard."""
        return {
            "publishable": self.is_publishable(exemption_reason),
            "findings": [
                {
                    "rule": finding.rule,
                    "severity": finding.severity,
                    "code": finding.code,
                    "message": finding.message_zh,
                    "message_en": finding.message_en,
                    "field": finding.field,
                }
                for finding in self.findings
            ],
            "counts": self.counts,
        }


def _guide_findings(guide: Mapping | None, item: Mapping, item_fields: set) -> list:
    if guide is None:
        return [
            Finding(
                "R4",
                ERROR,
                "no_guide",
                "事项尚未编制办事指南",
                "The item has no service guide",
            )
        ]
    # Item-level elements are shown from the item: when the item's own check
    # already flags such a field, the guide saying "missing" again is noise.
    return [
        finding
        for finding in check_guide(guide, item)
        if not (
            finding.code == "guide_element_missing"
            and finding.field in _ITEM_ELEMENTS
            and finding.field in item_fields
        )
    ]


def _flow_findings(flow: Mapping | None, item: Mapping) -> list:
    if flow is None:
        return [
            Finding(
                "R6",
                ERROR,
                "no_flow",
                "事项尚未绘制审批流程图",
                "The item has no approval flow",
            )
        ]
    limits = {name: item.get(name) for name in _LIMIT_FIELDS}
    # check_flow repeats the item's own limit findings; check_item has them.
    repeated = set(check_time_limits(*(limits[name] for name in _LIMIT_FIELDS)))
    return [finding for finding in check_flow(flow, limits) if finding not in repeated]


def check_compliance(
    item: Mapping,
    guide: Mapping | None = None,
    review_rules: Mapping | None = None,
    parent: Mapping | None = None,
    standard: Mapping | None = None,
    flow: Mapping | None = None,
) -> ComplianceReport:
    """Run every catalogue rule for one item.

    ``parent`` is the main item of a sub-item; ``standard`` the city's
    standard item a county or township item was made from; ``flow`` its
    approval flow (R6: every item has one).
    """
    findings = check_item(item, parent)
    if standard is not None:
        findings += check_standard_conformity(item, standard)
    findings += _guide_findings(guide, item, {finding.field for finding in findings})
    if review_rules is None:
        findings.append(
            Finding(
                "R11",
                ERROR,
                "no_review_rules",
                "事项尚未制定审查工作细则",
                "The item has no review rules",
            )
        )
    else:
        findings += check_review_rules(review_rules)
    findings += _flow_findings(flow, item)
    return ComplianceReport(tuple(findings))
