from plone.restapi.deserializer import json_body
from plone.restapi.services.workflow.transition import WorkflowTransition
from putian.policy.applications.handling import PAPER
from putian.policy.applications.handling import take_action
from putian.policy.applications.tracking import public_status
from putian.policy.restapi.services.apply.post import refused
from zope.interface import alsoProvides

import plone.protect.interfaces


class CaseTransition(WorkflowTransition):
    """``POST <case>/@workflow/<step>`` with the step's paper in the body:
    {"comment", "reason", "correction_items", "suspension_kind",
    "expected_days", "extension_days", "reconsideration_notice",
    "litigation_notice", "delivery_method", "tracking_number"}."""

    def reply(self):
        if self.transition is None:
            return super().reply()
        alsoProvides(self.request, plone.protect.interfaces.IDisableCSRFProtection)
        body = json_body(self.request)
        outcome = take_action(
            self.context,
            self.transition,
            comment=body.get("comment") or "",
            **{key: body[key] for key in PAPER if key in body},
        )
        if not outcome.done:
            return refused(self.request, outcome.findings)
        status = public_status(self.context)
        status["@id"] = self.context.absolute_url()
        return status
