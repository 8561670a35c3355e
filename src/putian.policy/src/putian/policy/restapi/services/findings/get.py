"""``GET <case>/@findings``: the supervisors' findings on the case and the
department's answers; for supervisors and the case's department."""

from AccessControl import Unauthorized
from plone import api
from plone.restapi.services import Service
from putian.policy.restapi.services.errors import forbidden
from putian.policy.supervision.findings import answers_for
from putian.policy.supervision.findings import finding_json
from putian.policy.supervision.findings import findings_of
from putian.policy.supervision.findings import supervises


NOT_READING = (
    "只有监察人员、审改办和本部门工作人员可以查看检查意见",
    "Only supervisors, the reform office and the case's department see its findings",
)


class FindingsGet(Service):
    def reply(self):
        if api.user.is_anonymous():
            raise Unauthorized("findings")
        if not (supervises() or answers_for(self.context)):
            return forbidden(self.request, NOT_READING)
        findings = findings_of(self.context)
        return {
            "@id": f"{self.context.absolute_url()}/@findings",
            "items_total": len(findings),
            "items": [finding_json(finding) for finding in findings],
        }
