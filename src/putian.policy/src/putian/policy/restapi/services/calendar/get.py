from plone.restapi.services import Service
from putian.policy.restapi.services.errors import bad_request
from putian.policy.rules.calendar.clock import today
from putian.policy.rules.calendar.parsing import parse_year
from putian.policy.rules.common.errors import RuleInputError
from putian.policy.workcalendar.storage import overrides_in
from putian.policy.workcalendar.storage import working_calendar
from putian.policy.workcalendar.summary import year_summary


class CalendarGet(Service):
    """``@calendar?year=YYYY``: a year's holidays and make-up working days."""

    def reply(self):
        try:
            year = parse_year(self.request.form.get("year") or today().year)
            return year_summary(
                working_calendar(self.context), year, overrides_in(year, self.context)
            )
        except RuleInputError as error:
            return bad_request(self.request, error)
