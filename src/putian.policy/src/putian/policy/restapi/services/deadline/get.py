from plone.restapi.services import Service
from putian.policy.restapi.services.errors import bad_request
from putian.policy.rules.calendar.deadlines import compute_deadline
from putian.policy.rules.calendar.parsing import parse_count
from putian.policy.rules.calendar.parsing import parse_date
from putian.policy.rules.calendar.parsing import parse_ranges
from putian.policy.rules.common.errors import RuleInputError
from putian.policy.workcalendar.storage import working_calendar


class DeadlineGet(Service):
    """``@deadline?start=YYYY-MM-DD&days=N[&suspend=A..B,...][&extend=10]``"""

    def reply(self):
        form = self.request.form
        try:
            start = parse_date(form.get("start"), "受理日期", "start date")
            days = parse_count(form.get("days"), "办理时限", "time limit")
            suspensions = parse_ranges(form.get("suspend"))
            extension = parse_count(
                form.get("extend"), "延长期限", "extension", default=0
            )
            result = compute_deadline(
                working_calendar(self.context),
                start,
                days,
                suspensions=suspensions,
                extension_days=extension,
            )
        except RuleInputError as error:
            return bad_request(self.request, error)
        return {
            "start": start.isoformat(),
            "days": days,
            "extension": extension,
            "suspensions": [
                {"start": first.isoformat(), "end": last.isoformat()}
                for first, last in suspensions
            ],
            "deadline": result.deadline.isoformat(),
            "provisional": result.provisional,
            "calendar": result.calendar_status,
            "counted": [day.isoformat() for day in result.counted],
            "skipped": [
                {"date": day.isoformat(), "reason": reason}
                for day, reason in result.skipped
            ],
        }
