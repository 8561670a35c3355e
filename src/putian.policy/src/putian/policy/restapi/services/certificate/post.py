from plone.restapi.deserializer import json_body
from plone.restapi.services import Service
from putian.policy.applications.certificates import revoke_certificate
from putian.policy.restapi.services.apply.post import refused
from zope.interface import alsoProvides

import plone.protect.interfaces


class RevokePost(Service):
    """``POST <certificate>/@revoke`` {"reason"}: a decider revokes it."""

    def reply(self):
        alsoProvides(self.request, plone.protect.interfaces.IDisableCSRFProtection)
        findings = revoke_certificate(
            self.context, json_body(self.request).get("reason")
        )
        if findings:
            return refused(self.request, findings)
        return {"number": self.context.number, "status": self.context.status}
