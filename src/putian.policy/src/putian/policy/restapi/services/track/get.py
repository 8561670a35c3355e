from plone.restapi.services import Service
from putian.policy.applications.tracking import forget_code
from putian.policy.applications.tracking import USE_POST


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
