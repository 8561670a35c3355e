from plone.restapi.services import Service
from putian.policy.applications.certificates import verification


class VerifyGet(Service):
    """``GET /putian/@verify-certificate?number=…&holder=…``."""

    def reply(self):
        form = self.request.form
        return verification(form.get("number"), form.get("holder"))
