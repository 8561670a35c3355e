"""Working-day calendar, time-limit and catalogue rules; plain Python, no Zope/Plone.

The calendar is the State Council's arrangement (chinese_calendar), our
overrides on top, and a provisional statutory calendar for other years.
The catalogue rules (items, codes, guides, review rules) return findings.
So do the case-handling rules (workflow, deadlines, receipts, audit trail,
uploads, ratings).
"""

from putian.policy.rules.audit import AuditEntry
from putian.policy.rules.audit import ChainCheck
from putian.policy.rules.audit import entry_hash
from putian.policy.rules.audit import GENESIS
from putian.policy.rules.audit import make_entry
from putian.policy.rules.audit import verify_chain
from putian.policy.rules.calendar import DayInfo
from putian.policy.rules.calendar import DayOverride
from putian.policy.rules.calendar import WorkingCalendar
from putian.policy.rules.cases import allowed_transitions
from putian.policy.rules.cases import case_deadlines
from putian.policy.rules.cases import CASE_STATES
from putian.policy.rules.cases import case_traffic_light
from putian.policy.rules.cases import CASE_TRANSITION_TITLES
from putian.policy.rules.cases import CASE_TRANSITIONS
from putian.policy.rules.cases import CaseDeadlines
from putian.policy.rules.cases import CaseTransition
from putian.policy.rules.cases import certificate_due
from putian.policy.rules.cases import check_certificate_delivery
from putian.policy.rules.cases import check_correction_notice
from putian.policy.rules.cases import check_denial
from putian.policy.rules.cases import check_forwarding
from putian.policy.rules.cases import check_transition
from putian.policy.rules.cases import COMPLETED_STATES
from putian.policy.rules.cases import default_remedies_notice
from putian.policy.rules.cases import forwarding_due
from putian.policy.rules.cases import LITIGATION_MONTHS
from putian.policy.rules.cases import RECONSIDERATION_DAYS
from putian.policy.rules.codes import BaseCode
from putian.policy.rules.codes import check_base_code
from putian.policy.rules.codes import check_base_code_unique
from putian.policy.rules.codes import check_division_code
from putian.policy.rules.codes import format_base_code
from putian.policy.rules.codes import implementation_code
from putian.policy.rules.codes import ImplementationCode
from putian.policy.rules.codes import parse_base_code
from putian.policy.rules.codes import parse_implementation_code
from putian.policy.rules.codes import PUTIAN_DIVISIONS
from putian.policy.rules.compliance import check_compliance
from putian.policy.rules.compliance import ComplianceReport
from putian.policy.rules.deadlines import compute_deadline
from putian.policy.rules.deadlines import DeadlineResult
from putian.policy.rules.deadlines import is_overdue
from putian.policy.rules.deadlines import remaining_working_days
from putian.policy.rules.deadlines import STATUTORY_EXTENSION_DAYS
from putian.policy.rules.deadlines import traffic_light
from putian.policy.rules.errors import RuleInputError
from putian.policy.rules.findings import Finding
from putian.policy.rules.flows import check_flow
from putian.policy.rules.flows import EXEMPTIBLE_CODES
from putian.policy.rules.flows import FLOW_FORMS
from putian.policy.rules.flows import FLOW_KINDS
from putian.policy.rules.flows import flow_stages
from putian.policy.rules.flows import FlowSummary
from putian.policy.rules.flows import Stage
from putian.policy.rules.flows import STEP_KINDS
from putian.policy.rules.flows import summarize_flow
from putian.policy.rules.guide import check_guide
from putian.policy.rules.guide import GUIDE_ELEMENTS
from putian.policy.rules.guide import guide_sections
from putian.policy.rules.guide import GuideElement
from putian.policy.rules.guide import materials_asked_of_applicant
from putian.policy.rules.identifiers import check_phone
from putian.policy.rules.identifiers import check_resident_id
from putian.policy.rules.identifiers import check_uscc
from putian.policy.rules.identifiers import normalize_phone
from putian.policy.rules.identifiers import normalize_resident_id
from putian.policy.rules.identifiers import normalize_uscc
from putian.policy.rules.indicators import department_indicators
from putian.policy.rules.indicators import Indicator
from putian.policy.rules.indicators import indicators_as_dict
from putian.policy.rules.items import check_item
from putian.policy.rules.legal_basis import basis_accepted_for_materials
from putian.policy.rules.legal_basis import check_legal_basis
from putian.policy.rules.lifecycle import check_lifecycle_change
from putian.policy.rules.lifecycle import LifecycleChange
from putian.policy.rules.limits import check_time_limits
from putian.policy.rules.limits import is_instant_item
from putian.policy.rules.materials import check_materials
from putian.policy.rules.ratings import check_rating
from putian.policy.rules.ratings import SATISFACTION_LEVELS
from putian.policy.rules.ratings import satisfaction_summary
from putian.policy.rules.receipts import check_acceptance_receipt
from putian.policy.rules.receipts import format_receipt
from putian.policy.rules.receipts import needs_acceptance_receipt
from putian.policy.rules.receipts import new_query_code
from putian.policy.rules.receipts import parse_receipt
from putian.policy.rules.receipts import query_code_digest
from putian.policy.rules.receipts import query_code_matches
from putian.policy.rules.receipts import Receipt
from putian.policy.rules.review_rules import check_review_rules
from putian.policy.rules.review_rules import review_rule_fields
from putian.policy.rules.review_rules import ReviewRuleField
from putian.policy.rules.standards import check_standard_conformity
from putian.policy.rules.terms import is_online_handling_open
from putian.policy.rules.terms import Term
from putian.policy.rules.terms import term
from putian.policy.rules.terms import tokens
from putian.policy.rules.terms import VOCABULARIES
from putian.policy.rules.uploads import ALLOWED_TYPES
from putian.policy.rules.uploads import check_upload
from putian.policy.rules.uploads import detect_type
from putian.policy.rules.uploads import MAX_UPLOAD_BYTES


__all__ = [
    "STATUTORY_EXTENSION_DAYS",
    "DayInfo",
    "DayOverride",
    "DeadlineResult",
    "Finding",
    "RuleInputError",
    "WorkingCalendar",
    "check_time_limits",
    "compute_deadline",
    "is_instant_item",
    "is_overdue",
    "remaining_working_days",
    "traffic_light",
    "BaseCode",
    "check_base_code",
    "check_base_code_unique",
    "check_division_code",
    "format_base_code",
    "implementation_code",
    "ImplementationCode",
    "parse_base_code",
    "parse_implementation_code",
    "PUTIAN_DIVISIONS",
    "check_compliance",
    "ComplianceReport",
    "check_flow",
    "EXEMPTIBLE_CODES",
    "flow_stages",
    "FLOW_FORMS",
    "FLOW_KINDS",
    "FlowSummary",
    "Stage",
    "STEP_KINDS",
    "summarize_flow",
    "department_indicators",
    "Indicator",
    "indicators_as_dict",
    "check_guide",
    "GUIDE_ELEMENTS",
    "guide_sections",
    "GuideElement",
    "materials_asked_of_applicant",
    "check_phone",
    "check_resident_id",
    "check_uscc",
    "normalize_phone",
    "normalize_resident_id",
    "normalize_uscc",
    "check_item",
    "basis_accepted_for_materials",
    "check_legal_basis",
    "check_lifecycle_change",
    "LifecycleChange",
    "check_materials",
    "check_review_rules",
    "review_rule_fields",
    "ReviewRuleField",
    "check_standard_conformity",
    "is_online_handling_open",
    "term",
    "Term",
    "tokens",
    "VOCABULARIES",
    "AuditEntry",
    "ChainCheck",
    "entry_hash",
    "GENESIS",
    "make_entry",
    "verify_chain",
    "allowed_transitions",
    "CASE_STATES",
    "CASE_TRANSITION_TITLES",
    "CASE_TRANSITIONS",
    "case_deadlines",
    "case_traffic_light",
    "CaseDeadlines",
    "CaseTransition",
    "certificate_due",
    "check_certificate_delivery",
    "check_correction_notice",
    "check_denial",
    "check_forwarding",
    "check_transition",
    "COMPLETED_STATES",
    "default_remedies_notice",
    "forwarding_due",
    "LITIGATION_MONTHS",
    "RECONSIDERATION_DAYS",
    "check_rating",
    "SATISFACTION_LEVELS",
    "satisfaction_summary",
    "check_acceptance_receipt",
    "format_receipt",
    "needs_acceptance_receipt",
    "new_query_code",
    "parse_receipt",
    "query_code_digest",
    "query_code_matches",
    "Receipt",
    "ALLOWED_TYPES",
    "check_upload",
    "detect_type",
    "MAX_UPLOAD_BYTES",
]
