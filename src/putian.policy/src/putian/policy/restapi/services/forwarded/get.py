from plone.restapi.services import Service
from putian.policy.applications.forwarding_views import ForwardedCases


class ForwardedGet(Service):
    """``GET <department>/@forwarded``: applications forwarded to it."""

    def reply(self):
        return {"items": ForwardedCases(self.context, self.request).cases()}
