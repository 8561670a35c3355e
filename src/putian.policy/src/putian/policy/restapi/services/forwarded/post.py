from plone.restapi.services import Service
from putian.policy.applications.forwarded import forwarded_case
from putian.policy.applications.forwarded import forwarded_cases
from putian.policy.applications.forwarding import acknowledge
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
        findings = acknowledge(forwarded_case(self.context, uid))
        if findings:
            return refused(self.request, findings)
        return {"items": forwarded_cases(self.context)}
