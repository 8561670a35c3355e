from plone.restapi.services import Service
from putian.policy.applications import applicant
from putian.policy.applications.intake import Upload
from putian.policy.applications.tracking import find_case
from putian.policy.applications.tracking import public_status
from putian.policy.applications.tracking import slow_down_guessing
from putian.policy.restapi.services.apply.post import decode_uploads
from putian.policy.restapi.services.body import BadBody
from putian.policy.restapi.services.body import json_object
from putian.policy.restapi.services.body import MAX_UPLOAD_BODY_BYTES
from putian.policy.restapi.services.body import refused
from putian.policy.restapi.services.body import TEXT
from putian.policy.restapi.services.body import UPLOADS
from putian.policy.restapi.services.track.get import not_found
from zope.interface import alsoProvides

import plone.protect.interfaces


class TrackPost(Service):
    """``POST /putian/@track``: the applicant rates, withdraws or resubmits.

    Body: {"receipt", "code", "action": "rate"|"withdraw"|"resubmit",
    "level", "comment", "materials": {"material_1": {"data", "encoding":
    "base64", "filename"}}}.
    """

    def reply(self):
        alsoProvides(self.request, plone.protect.interfaces.IDisableCSRFProtection)
        try:
            body = json_object(
                self.request,
                fields={
                    "receipt": TEXT,
                    "code": TEXT,
                    "action": TEXT,
                    "level": TEXT,
                    "comment": TEXT,
                    "materials": UPLOADS,
                },
                max_bytes=MAX_UPLOAD_BODY_BYTES,
            )
        except BadBody as error:
            return error.reply(self.request)
        case = find_case(body.get("receipt"), body.get("code"))
        if case is None:
            slow_down_guessing()
            return not_found(self.request)
        action = body.get("action")
        if action == "rate":
            findings = applicant.rate(case, body.get("level"), body.get("comment"))
        elif action == "withdraw":
            findings = applicant.withdraw(case, body.get("comment") or "").errors
        elif action == "resubmit":
            uploads, findings = decode_uploads(body.get("materials"))
            if not findings:
                findings = applicant.resubmit(
                    case,
                    [Upload(*upload) for upload in uploads],
                    body.get("comment") or "",
                ).errors
        else:
            self.request.response.setStatus(400)
            return {
                "error": {
                    "type": "BadRequest",
                    "message": "action 应为 rate、withdraw 或 resubmit",
                    "message_en": "action must be rate, withdraw or resubmit",
                }
            }
        if findings:
            return refused(self.request, findings)
        return public_status(case)
