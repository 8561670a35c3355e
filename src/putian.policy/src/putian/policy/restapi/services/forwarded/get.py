from plone.restapi.services import Service
from putian.policy.applications.forwarded import forwarded_cases


class ForwardedGet(Service):
    """``GET <department>/@forwarded``: applications forwarded to it."""

    def reply(self):
        return {"items": forwarded_cases(self.context)}
