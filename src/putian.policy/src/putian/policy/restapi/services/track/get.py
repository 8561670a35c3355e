from plone.restapi.services import Service
from putian.policy.applications.tracking import find_case
from putian.policy.applications.tracking import NOT_FOUND
from putian.policy.applications.tracking import public_status
from putian.policy.applications.tracking import slow_down_guessing


def not_found(request) -> dict:
    request.response.setStatus(404)
    zh, en = NOT_FOUND
    return {"error": {"type": "NotFound", "message": zh, "message_en": en}}


class TrackGet(Service):
    """``GET /putian/@track?receipt=…&code=…``: the applicant's case."""

    def reply(self):
        form = self.request.form
        case = find_case(form.get("receipt"), form.get("code"))
        if case is None:
            slow_down_guessing()
            return not_found(self.request)
        status = public_status(case)
        status["@id"] = f"{self.context.absolute_url()}/@track"
        return status
