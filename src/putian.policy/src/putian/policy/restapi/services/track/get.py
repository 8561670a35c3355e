from plone.restapi.services import Service
from putian.policy.applications.lookup_limit import refuse
from putian.policy.applications.tracking import forget_code
from putian.policy.applications.tracking import NOT_FOUND
from putian.policy.applications.tracking import USE_POST


def not_found(request) -> dict:
    request.response.setStatus(404)
    zh, en = NOT_FOUND
    return {"error": {"type": "NotFound", "message": zh, "message_en": en}}


def too_many_attempts(request, refusal) -> dict:
    """429: the look-up limit is used up (see applications.lookup_limit)."""
    refuse(request, refusal)
    return {
        "error": {
            "type": "TooManyRequests",
            "message": refusal.message_zh,
            "message_en": refusal.message_en,
            "retry_after": refusal.retry_after,
        }
    }


class TrackGet(Service):
    """``GET /putian/@track`` is refused: the query code would stand in the
    URL, which servers and proxies log.  ``POST /putian/@track`` with
    {"receipt", "code"} answers the case."""

    def reply(self):
        forget_code(self.request)
        self.request.response.setStatus(405)
        self.request.response.setHeader("Allow", "POST")
        zh, en = USE_POST
        return {"error": {"type": "MethodNotAllowed", "message": zh, "message_en": en}}
