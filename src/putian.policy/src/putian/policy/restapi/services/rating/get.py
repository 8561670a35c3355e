from plone.restapi.services import Service
from putian.policy.applications.rating import rating_summary


class RatingGet(Service):
    """``GET <case>/@rating``: the case's rating (level, channel, day) and
    the rectification a bad rating opened (deadlines, visit, response,
    the applicant's view); null for either when there is none."""

    def reply(self):
        summary = rating_summary(self.context)
        summary["@id"] = f"{self.context.absolute_url()}/@rating"
        return summary
