from plone.restapi.services import Service
from putian.policy.applications.forwarding import forward
from putian.policy.departments.lookup import find_department
from putian.policy.restapi.services.body import BadBody
from putian.policy.restapi.services.body import json_object
from putian.policy.restapi.services.body import TEXT
from putian.policy.restapi.services.errors import input_refused
from putian.policy.restapi.services.errors import refused
from putian.policy.rules.common.errors import RuleInputError
from zope.interface import alsoProvides

import plone.protect.interfaces


class ForwardPost(Service):
    """``POST <case>/@forward`` {"department": UID or id, "comment"}."""

    def reply(self):
        alsoProvides(self.request, plone.protect.interfaces.IDisableCSRFProtection)
        try:
            body = json_object(
                self.request, fields={"department": TEXT, "comment": TEXT}
            )
        except BadBody as error:
            return error.reply(self.request)
        try:
            upper = find_department(body.get("department"))
        except RuleInputError as error:
            return input_refused(self.request, error)
        findings = forward(self.context, upper, body.get("comment") or "")
        if findings:
            return refused(self.request, findings)
        forwarding = dict(self.context.forwarding)
        return {
            "to": forwarding["to_title"],
            "forwarded_on": forwarding["forwarded_on"].isoformat(),
        }
