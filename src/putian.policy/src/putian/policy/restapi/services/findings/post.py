"""``POST <case>/@findings`` {"kind", "text", "rule"}: a supervisor's
finding on a sampled case; ``POST <case>/@findings/<id>/answer``
{"text"}: the case's department answers it (R20)."""

from AccessControl import Unauthorized
from plone import api
from putian.policy.restapi.services.body import BadBody
from putian.policy.restapi.services.body import json_object
from putian.policy.restapi.services.body import TEXT
from putian.policy.restapi.services.errors import forbidden
from putian.policy.restapi.services.errors import input_refused
from putian.policy.restapi.services.errors import not_found
from putian.policy.restapi.services.traversal import PathService
from putian.policy.rules.common.errors import RuleInputError
from putian.policy.supervision.findings import add_answer
from putian.policy.supervision.findings import add_finding
from putian.policy.supervision.findings import answers_for
from putian.policy.supervision.findings import finding_by_id
from putian.policy.supervision.findings import finding_json
from putian.policy.supervision.findings import supervises
from putian.policy.supervision.sampling import is_sampled
from zope.interface import alsoProvides

import plone.protect.interfaces


NOT_SUPERVISING = (
    "只有监察人员和审改办可以填写检查意见",
    "Only supervisors and the reform office record findings",
)
NOT_SAMPLED = (
    "该办件未被抽中，不能填写检查意见",
    "The case is in no sample: no finding can be recorded on it",
)
NOT_ANSWERING = (
    "只有该办件所属部门的工作人员可以答复检查意见",
    "Only the staff of the case's department answer its findings",
)
NO_SUCH_FINDING = ("没有这条检查意见", "No such finding")


class FindingsPost(PathService):
    def reply(self):
        if api.user.is_anonymous():
            raise Unauthorized("findings")
        alsoProvides(self.request, plone.protect.interfaces.IDisableCSRFProtection)
        if not self.params:
            return self.finding()
        if len(self.params) == 2 and self.params[1] == "answer":
            return self.answer(self.params[0])
        return not_found(self.request, NO_SUCH_FINDING)

    def finding(self):
        if not supervises():
            return forbidden(self.request, NOT_SUPERVISING)
        if not is_sampled(self.context.UID()):
            return forbidden(self.request, NOT_SAMPLED)
        fields = {"kind": TEXT, "text": TEXT, "rule": TEXT}
        try:
            body = json_object(self.request, fields=fields)
        except BadBody as error:
            return error.reply(self.request)
        try:
            finding = add_finding(
                self.context, body.get("kind"), body.get("text"), body.get("rule")
            )
        except RuleInputError as error:
            return input_refused(self.request, error)
        self.request.response.setStatus(201)
        return finding_json(finding)

    def answer(self, finding_id):
        if not answers_for(self.context):
            return forbidden(self.request, NOT_ANSWERING)
        finding = finding_by_id(self.context, finding_id)
        if finding is None:
            return not_found(self.request, NO_SUCH_FINDING)
        try:
            body = json_object(self.request, fields={"text": TEXT})
        except BadBody as error:
            return error.reply(self.request)
        try:
            add_answer(self.context, finding, body.get("text"))
        except RuleInputError as error:
            return input_refused(self.request, error)
        self.request.response.setStatus(201)
        return finding_json(finding)
