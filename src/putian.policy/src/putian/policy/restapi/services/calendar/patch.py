from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.services import Service
from putian.policy.restapi.services.body import BadBody
from putian.policy.restapi.services.body import json_object
from putian.policy.restapi.services.errors import bad_request
from putian.policy.rules.calendar.arrangement import arrangement_from_json
from putian.policy.rules.common.errors import RuleInputError
from putian.policy.workcalendar.storage import apply_arrangement
from putian.policy.workcalendar.storage import overrides_in
from putian.policy.workcalendar.storage import working_calendar
from putian.policy.workcalendar.summary import year_summary
from zope.interface import alsoProvides


class CalendarPatch(Service):
    """Store a manager's overrides; the body is described in arrangement.py."""

    def reply(self):
        # JSON only (body.json_object): a cross-site form cannot send it.
        alsoProvides(self.request, IDisableCSRFProtection)
        try:
            body = json_object(self.request)
        except BadBody as error:
            return error.reply(self.request)
        try:
            arrangement = arrangement_from_json(body)
            changed = apply_arrangement(arrangement, self.context)
        except RuleInputError as error:
            return bad_request(self.request, error)
        years = sorted(arrangement.years)
        calendar = working_calendar(self.context)
        return {
            "changed_years": sorted(changed),
            "years": [
                year_summary(calendar, year, overrides_in(year, self.context))
                for year in years
            ],
        }
