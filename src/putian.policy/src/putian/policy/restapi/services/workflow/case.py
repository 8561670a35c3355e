from plone.restapi.services.workflow.transition import WorkflowTransition
from putian.policy.applications.handling import PAPER
from putian.policy.applications.handling import take_action
from putian.policy.applications.tracking import public_status
from putian.policy.restapi.services.body import BadBody
from putian.policy.restapi.services.body import INTEGER
from putian.policy.restapi.services.body import json_object
from putian.policy.restapi.services.body import ListOf
from putian.policy.restapi.services.body import ObjectOf
from putian.policy.restapi.services.body import TEXT
from putian.policy.restapi.services.errors import input_refused
from putian.policy.restapi.services.errors import refused
from putian.policy.rules.common.errors import RuleInputError
from zope.interface import alsoProvides

import plone.protect.interfaces


# The step's paper (handling.PAPER) and the notes, each of its kind.
PAPER_FIELDS = {
    "internal_note": TEXT,
    "message_to_applicant": TEXT,
    "comment": TEXT,
    "reason": TEXT,
    "correction_items": ListOf(
        ObjectOf({"material": TEXT, "problem": TEXT, "how_to_fix": TEXT})
    ),
    "suspension_kind": TEXT,
    "expected_days": INTEGER,
    "extension_days": INTEGER,
    "reconsideration_notice": TEXT,
    "litigation_notice": TEXT,
    "delivery_method": TEXT,
    "tracking_number": TEXT,
}


class CaseTransition(WorkflowTransition):
    """``POST <case>/@workflow/<step>`` with the step's paper in the body:
    {"internal_note" (staff only), "message_to_applicant" (shown in the
    applicant's progress), "comment" (an internal note too), "reason",
    "correction_items", "suspension_kind", "expected_days",
    "extension_days", "reconsideration_notice", "litigation_notice",
    "delivery_method", "tracking_number"}."""

    def reply(self):
        if self.transition is None:
            return super().reply()
        # JSON only (body.json_object): a cross-site form cannot send it.
        alsoProvides(self.request, plone.protect.interfaces.IDisableCSRFProtection)
        try:
            body = json_object(self.request, fields=PAPER_FIELDS)
        except BadBody as error:
            return error.reply(self.request)
        try:
            outcome = take_action(
                self.context,
                self.transition,
                internal_note=body.get("internal_note"),
                message_to_applicant=body.get("message_to_applicant"),
                comment=body.get("comment"),
                **{key: body[key] for key in PAPER if key in body},
            )
        except RuleInputError as error:
            return input_refused(self.request, error)
        if not outcome.done:
            return refused(self.request, outcome.findings)
        status = public_status(self.context, for_staff=True)
        status["@id"] = self.context.absolute_url()
        return status
