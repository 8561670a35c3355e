from plone.restapi.services import Service
from putian.policy.applications.tracking import forget_code
from putian.policy.applications.tracking import USE_POST
from putian.policy.restapi.services.errors import method_not_allowed


class TrackGet(Service):
    """``GET /putian/@track`` is refused: the query code would stand in the
    URL, which servers and proxies log.  ``POST /putian/@track`` with
    {"receipt", "code"} answers the case."""

    def reply(self):
        forget_code(self.request)
        return method_not_allowed(self.request, "POST", USE_POST)
