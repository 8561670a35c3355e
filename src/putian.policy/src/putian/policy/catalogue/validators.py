"""Rules an item must meet to be stored, in forms and in REST alike.

Both z3c.form and plone.restapi validate a schema's data through the
IManagerValidator adapter; ours adds the core's cross-field and
context rules (codes against the main item and the department, limits)
to the schema's invariants.
"""

from Acquisition import aq_inner
from Acquisition import aq_parent
from plone import api
from plone.app.iterate.dexterity.utils import get_baseline
from plone.app.iterate.interfaces import IWorkingCopy
from plone.uuid.interfaces import IUUID
from putian.policy.catalogue.lifecycle import recorded_status
from putian.policy.content.approval_flow import IApprovalFlow
from putian.policy.content.approval_item import IApprovalItem
from putian.policy.content.department import department_of
from putian.policy.flows.data import flow_values
from putian.policy.flows.data import item_limits
from putian.policy.rules.calendar.clock import today
from putian.policy.rules.catalogue.codes import check_base_code
from putian.policy.rules.catalogue.codes import check_base_code_unique
from putian.policy.rules.catalogue.lifecycle import check_lifecycle_change
from putian.policy.rules.catalogue.limits import check_time_limits
from putian.policy.rules.flows.flow import check_flow
from putian.policy.validation import RuleInvalid
from z3c.form.interfaces import IAddForm
from z3c.form.validator import InvariantsValidator
from zope.interface import alsoProvides
from zope.interface import Interface


class IApprovalItemSchema(Interface):
    """Provided by the IApprovalItem schema object, to adapt on it."""


class IApprovalFlowSchema(Interface):
    """Provided by the IApprovalFlow schema object, to adapt on it."""


alsoProvides(IApprovalItem, IApprovalItemSchema)
alsoProvides(IApprovalFlow, IApprovalFlowSchema)

_MISSING = object()


class ContextValidator(InvariantsValidator):
    """Invariants plus rules that need all the fields and the object's place.

    In z3c.form each fieldset is validated on its own; these rules run once,
    for the whole form, with every fieldset's data. REST gives all the data
    at once, the object already holding the new values.
    """

    def _form(self):
        parent = getattr(self.view, "parentForm", None)
        return parent if parent is not None else self.view

    def _is_fieldset(self) -> bool:
        return getattr(self.view, "parentForm", None) is not None

    def _container_and_item(self):
        """(container, object): an add form has no object yet, and its
        context is the container; REST adds validate the new, unstored one."""
        form = self._form()
        if form is not None and IAddForm.providedBy(form):
            return form.context, None
        return aq_parent(aq_inner(self.context)), self.context

    def _form_data(self, data) -> dict:
        """``data`` plus what the form's other fieldsets hold."""
        merged = dict(data)
        for group in getattr(self._form(), "groups", None) or ():
            group_data, _errors = group.widgets.extract()
            for name, value in group_data.items():
                merged.setdefault(name, value)
        return merged

    @staticmethod
    def _value(data, item, name):
        value = data.get(name, _MISSING)
        if value is _MISSING:
            value = getattr(item, name, None) if item is not None else None
        return value

    @staticmethod
    def _errors(findings):
        return [RuleInvalid(f) for f in findings if f.severity == "error"]


class ApprovalItemValidator(ContextValidator):
    def validate(self, data):
        errors = list(super().validate(data))
        if self._is_fieldset():
            return tuple(errors)
        data = self._form_data(data)
        container, item = self._container_and_item()
        values = {name: self._value(data, item, name) for name in IApprovalItem}
        findings = []
        main_item = container if IApprovalItem.providedBy(container) else None
        findings += check_base_code(
            values["base_code"],
            values["category"],
            parent_code=main_item.base_code if main_item is not None else None,
        )
        findings += check_base_code_unique(
            values["base_code"], self._other_codes(container, item)
        )
        findings += check_time_limits(
            values["statutory_limit_days"],
            values["committed_limit_days"],
            values["limit_exemption_reason"],
        )
        findings += self._lifecycle_findings(item, values)
        return tuple(errors + self._errors(findings))

    @staticmethod
    def _lifecycle_findings(item, values):
        before = recorded_status(item) if item is not None else None
        after = values["lifecycle_status"]
        if before is None or before == after:
            return []
        return check_lifecycle_change(
            before,
            after,
            values["lifecycle_reason"],
            values["lifecycle_document"],
            today(),
        )

    @staticmethod
    def _other_codes(container, item):
        """Base codes of the department's other items, working copies aside."""
        department = department_of(container)
        if department is None:
            return []
        # A REST add validates the new item before it has a UID.
        same = {IUUID(item, None)} if item is not None else set()
        if item is not None and IWorkingCopy.providedBy(item):
            same.add(IUUID(get_baseline(item), None))
        brains = api.content.find(
            context=department, portal_type="ApprovalItem", unrestricted=True
        )
        return [
            brain.base_code
            for brain in brains
            if brain.UID not in same and brain.base_code and not brain.is_working_copy
        ]


class ApprovalFlowValidator(ContextValidator):
    """A flow that breaks a rule is not stored (R6-R10, R14); a complex item's
    recorded reason lifts the step-count rule only (the core decides)."""

    def validate(self, data):
        errors = list(super().validate(data))
        if self._is_fieldset():
            return tuple(errors)
        data = self._form_data(data)
        item, flow = self._container_and_item()
        if not IApprovalItem.providedBy(item):
            return tuple(errors)
        values = flow_values(lambda name: self._value(data, flow, name))
        return tuple(errors + self._errors(check_flow(values, item_limits(item))))
