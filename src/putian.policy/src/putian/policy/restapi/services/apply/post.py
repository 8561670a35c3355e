from plone import api
from plone.restapi.services import Service
from putian.policy.applications.intake import APPLICANT_FIELDS
from putian.policy.applications.intake import submit
from putian.policy.applications.turns import take_turn
from putian.policy.content.approval_item import IApprovalItem
from putian.policy.restapi.services.body import BadBody
from putian.policy.restapi.services.body import CHECKED_TEXT
from putian.policy.restapi.services.body import decode_uploads
from putian.policy.restapi.services.body import json_object
from putian.policy.restapi.services.body import MAX_UPLOAD_BODY_BYTES
from putian.policy.restapi.services.body import UPLOADS
from putian.policy.restapi.services.errors import input_refused
from putian.policy.restapi.services.errors import refused
from putian.policy.rules.common.errors import RuleInputError
from zope.interface import alsoProvides

import plone.protect.interfaces


# The applicant's fields are text; their rules (R15) are the core's.
APPLY_FIELDS = dict.fromkeys(APPLICANT_FIELDS, CHECKED_TEXT) | {"materials": UPLOADS}


class ApplyPost(Service):
    """``POST <item>/@apply``: file an application through the REST API.

    The same checks and the same case as the online form; 201 with the
    receipt number and the query code.
    """

    def reply(self):
        alsoProvides(self.request, plone.protect.interfaces.IDisableCSRFProtection)
        item = self.context
        if not IApprovalItem.providedBy(item):
            item = item.aq_parent
        try:
            body = json_object(
                self.request, fields=APPLY_FIELDS, max_bytes=MAX_UPLOAD_BODY_BYTES
            )
        except BadBody as error:
            return error.reply(self.request)
        uploads, findings = decode_uploads(body.get("materials"))
        if findings:
            return refused(self.request, findings)
        data = {key: body.get(key) for key in body if key != "materials"}
        data["channel"] = data.get("channel") or "online"
        take_turn()
        try:
            with api.env.adopt_roles(["Manager"]):
                submitted, findings = submit(item, data, uploads)
        except RuleInputError as error:
            return input_refused(self.request, error)
        if findings:
            return refused(self.request, findings)
        self.request.response.setStatus(201)
        portal_url = api.portal.get().absolute_url()
        return {
            "receipt_number": submitted.receipt_number,
            "query_code": submitted.query_code,
            "tracking_url": f"{portal_url}/@@track?receipt={submitted.receipt_number}",
        }
