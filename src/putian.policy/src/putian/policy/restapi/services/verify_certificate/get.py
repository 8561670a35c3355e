from plone.restapi.services import Service
from putian.policy.applications.certificates import verification
from putian.policy.restapi.services.errors import refused
from putian.policy.rules.cases.certificates import verification_query_findings


class VerifyGet(Service):
    """``GET /putian/@verify-certificate?number=…&holder=…``."""

    def reply(self):
        form = self.request.form
        number, holder = form.get("number"), form.get("holder")
        findings = verification_query_findings(number, holder)
        if findings:
            return refused(self.request, findings)
        return verification(number, holder)
