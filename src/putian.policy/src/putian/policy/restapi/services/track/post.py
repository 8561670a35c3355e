from plone.restapi.services import Service
from putian.policy.applications import applicant
from putian.policy.applications.lookup_limit import look_up
from putian.policy.applications.tracking import forget_code
from putian.policy.applications.tracking import NOT_FOUND
from putian.policy.applications.tracking import public_status
from putian.policy.restapi.services.body import BadBody
from putian.policy.restapi.services.body import decode_uploads
from putian.policy.restapi.services.body import json_object
from putian.policy.restapi.services.body import MAX_UPLOAD_BODY_BYTES
from putian.policy.restapi.services.body import TEXT
from putian.policy.restapi.services.body import UPLOADS
from putian.policy.restapi.services.errors import bad_request
from putian.policy.restapi.services.errors import not_found
from putian.policy.restapi.services.errors import refused
from putian.policy.restapi.services.errors import too_many_attempts
from putian.policy.rules.common.errors import RuleInputError
from zope.interface import alsoProvides

import plone.protect.interfaces


UNKNOWN_ACTION = RuleInputError(
    "unknown_action",
    "action 应为 rate、rectification_view、withdraw 或 resubmit，或不填（查询办件）",
    "action must be rate, rectification_view, withdraw or resubmit, or none "
    "(to look the case up)",
)


def _act(case, action, body) -> list | None:
    """The applicant's action on the case: its findings, None if unknown."""
    if action == "rate":
        return applicant.rate(case, body.get("level"), body.get("comment"))
    if action == "rectification_view":
        # R21: the applicant's view of the rectification of a bad rating.
        return applicant.give_view(case, body.get("comment"))
    if action == "withdraw":
        return applicant.withdraw(case, body.get("comment") or "").errors
    if action == "resubmit":
        uploads, findings = decode_uploads(body.get("materials"))
        if findings:
            return findings
        return applicant.resubmit(case, uploads, body.get("comment") or "").errors
    return None


class TrackPost(Service):
    """``POST /putian/@track``: the applicant's case, by receipt number and
    query code in the body (never in the URL); with an action, the
    applicant rates, gives a view of the rectification a bad rating
    opened, withdraws or resubmits.

    Body: {"receipt", "code", "action": "rate"|"rectification_view"|
    "withdraw"|"resubmit",
    "level", "comment", "materials": {"material_1": {"data", "encoding":
    "base64", "filename"}}}.  Too many wrong codes for a receipt or from an
    address: 429 until the window has passed (``Retry-After``).
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
        self.request.response.setHeader("Cache-Control", "private, no-store")
        forget_code(self.request)
        lookup = look_up(self.request, body.get("receipt"), body.get("code"))
        if lookup.refusal is not None:
            return too_many_attempts(self.request, lookup.refusal)
        case = lookup.case
        if case is None:
            return not_found(self.request, NOT_FOUND)
        action = body.get("action")
        if not action:
            status = public_status(case)
            status["@id"] = f"{self.context.absolute_url()}/@track"
            return status
        findings = _act(case, action, body)
        if findings is None:
            return bad_request(self.request, UNKNOWN_ACTION)
        if findings:
            return refused(self.request, findings)
        return public_status(case)
