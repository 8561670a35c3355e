from plone.restapi.services import Service
from putian.policy.applications.rating import rating_summary
from putian.policy.applications.rating import record_rectification_step
from putian.policy.applications.rating import record_staff_rating
from putian.policy.applications.rating import RESPONSE
from putian.policy.applications.rating import VISIT
from putian.policy.restapi.services.body import BadBody
from putian.policy.restapi.services.body import json_object
from putian.policy.restapi.services.body import TEXT
from putian.policy.restapi.services.errors import bad_request
from putian.policy.restapi.services.errors import refused
from putian.policy.rules.common.errors import RuleInputError
from zope.interface import alsoProvides

import plone.protect.interfaces


UNKNOWN_ACTION = RuleInputError(
    "unknown_action",
    "action 应为 rate、visit 或 response",
    "action must be rate, visit or response",
)


class RatingPost(Service):
    """``POST <case>/@rating``: the department's window clerk records a
    rating given off line, or a step of the rectification it opened.

    Body: {"action": "rate", "level", "channel": "window"|"phone_12345"|
    "terminal", "comment"} or {"action": "visit"|"response", "text"}.
    Answers the case's rating and rectification (as ``GET``).
    """

    def reply(self):
        alsoProvides(self.request, plone.protect.interfaces.IDisableCSRFProtection)
        try:
            body = json_object(
                self.request,
                fields={
                    "action": TEXT,
                    "level": TEXT,
                    "channel": TEXT,
                    "comment": TEXT,
                    "text": TEXT,
                },
            )
        except BadBody as error:
            return error.reply(self.request)
        action = body.get("action")
        if action == "rate":
            findings = record_staff_rating(
                self.context,
                body.get("level"),
                body.get("comment"),
                body.get("channel"),
            )
        elif action in (VISIT, RESPONSE):
            findings = record_rectification_step(self.context, action, body.get("text"))
        else:
            return bad_request(self.request, UNKNOWN_ACTION)
        if findings:
            return refused(self.request, findings)
        summary = rating_summary(self.context)
        summary["@id"] = f"{self.context.absolute_url()}/@rating"
        return summary
