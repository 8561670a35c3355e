from plone import api
from plone.restapi.services import Service
from putian.policy.applications.forwarding import forward
from putian.policy.restapi.services.body import BadBody
from putian.policy.restapi.services.body import json_object
from putian.policy.restapi.services.body import TEXT
from putian.policy.restapi.services.errors import refused
from zope.interface import alsoProvides

import plone.protect.interfaces


def _department(reference):
    if not reference:
        return None
    found = api.content.get(UID=reference)
    if found is None:
        portal = api.portal.get()
        found = portal.get(reference)
    return found if getattr(found, "portal_type", None) == "Department" else None


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
        findings = forward(
            self.context, _department(body.get("department")), body.get("comment") or ""
        )
        if findings:
            return refused(self.request, findings)
        forwarding = dict(self.context.forwarding)
        return {
            "to": forwarding["to_title"],
            "forwarded_on": forwarding["forwarded_on"].isoformat(),
        }
