from plone import api
from plone.restapi.services import Service
from putian.policy.applications.forwarding import acknowledge
from putian.policy.applications.forwarding import forwarded_to
from putian.policy.applications.forwarding_views import ForwardedCases
from putian.policy.restapi.services.body import BadBody
from putian.policy.restapi.services.body import json_object
from putian.policy.restapi.services.body import TEXT
from putian.policy.restapi.services.errors import refused
from zope.interface import alsoProvides

import plone.protect.interfaces


class ForwardedPost(Service):
    """``POST <department>/@forwarded`` {"case": UID}: acknowledge receipt."""

    def reply(self):
        alsoProvides(self.request, plone.protect.interfaces.IDisableCSRFProtection)
        try:
            uid = json_object(self.request, fields={"case": TEXT}).get("case")
        except BadBody as error:
            return error.reply(self.request)
        case = next(
            (c for c in forwarded_to(self.context) if api.content.get_uuid(c) == uid),
            None,
        )
        findings = acknowledge(case)
        if findings:
            return refused(self.request, findings)
        return {"items": ForwardedCases(self.context, self.request).cases()}
