from plone.restapi.services import Service
from putian.policy.applications.certificates import revoke_certificate
from putian.policy.restapi.services.body import BadBody
from putian.policy.restapi.services.body import json_object
from putian.policy.restapi.services.body import TEXT
from putian.policy.restapi.services.errors import refused
from zope.interface import alsoProvides

import plone.protect.interfaces


class RevokePost(Service):
    """``POST <certificate>/@revoke`` {"reason"}: a decider revokes it."""

    def reply(self):
        alsoProvides(self.request, plone.protect.interfaces.IDisableCSRFProtection)
        try:
            body = json_object(self.request, fields={"reason": TEXT})
        except BadBody as error:
            return error.reply(self.request)
        findings = revoke_certificate(self.context, body.get("reason"))
        if findings:
            return refused(self.request, findings)
        return {"number": self.context.number, "status": self.context.status}
