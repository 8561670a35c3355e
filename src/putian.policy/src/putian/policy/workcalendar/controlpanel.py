"""Site Setup → 工作日历: enter, upload and review the working calendar."""

from plone.protect import CheckAuthenticator
from Products.CMFPlone.utils import safe_text
from Products.Five.browser import BrowserView
from Products.statusmessages.interfaces import IStatusMessage
from putian.policy import _
from putian.policy.rules.calendar.arrangement import Arrangement
from putian.policy.rules.calendar.arrangement import arrangement_from_json
from putian.policy.rules.calendar.clock import today
from putian.policy.rules.calendar.parsing import parse_date
from putian.policy.rules.calendar.parsing import parse_year
from putian.policy.rules.calendar.working_days import DayOverride
from putian.policy.rules.common.errors import RuleInputError
from putian.policy.vocabularies.terms import wants_english
from putian.policy.workcalendar.ical_file import arrangement_from_icalendar
from putian.policy.workcalendar.storage import apply_arrangement
from putian.policy.workcalendar.storage import overrides_in
from putian.policy.workcalendar.storage import working_calendar
from putian.policy.workcalendar.summary import year_summary

import json


# An uploaded arrangement is a few KB; anything far larger is not one.
MAX_UPLOAD_BYTES = 1024 * 1024
WEEKDAYS = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")
STATUS_LABELS = {
    "official": _("status_official", default="Official"),
    "overridden": _("status_overridden", default="Overridden"),
    "provisional": _("status_provisional", default="Provisional"),
}


class CalendarControlPanel(BrowserView):
    """Lists each year's status; edits the year shown (``?year=``)."""

    def __call__(self):
        self.year = self._requested_year()
        if self.request.method == "POST":
            CheckAuthenticator(self.request)
            self._handle_post()
            return self.request.response.redirect(
                f"{self.context.absolute_url()}/@@putian-calendar?year={self.year}"
            )
        return self.index()

    def _requested_year(self) -> int:
        try:
            return parse_year(self.request.form.get("year") or today().year)
        except RuleInputError:
            return today().year

    # -- reading --------------------------------------------------------

    def calendar(self):
        return working_calendar(self.context)

    def summary(self) -> dict:
        summary = year_summary(
            self.calendar(), self.year, overrides_in(self.year, self.context)
        )
        for key in ("holidays", "make_up_working_days"):
            for day in summary[key]:
                day["weekday"] = WEEKDAYS[parse_date(day["date"]).weekday()]
        return summary

    def years(self) -> list[dict]:
        """Recent and coming years, plus every year with overrides."""
        calendar = self.calendar()
        this_year = today().year
        years = set(range(this_year - 2, this_year + 3)) | {self.year}
        years |= {day.year for day in calendar.overrides}
        years |= set(calendar.published_years)
        return [
            {
                "year": year,
                "status": calendar.year_status(year),
                "provisional": calendar.is_provisional_year(year),
                "holidays": len(calendar.holidays(year)),
                "make_up_working_days": len(calendar.make_up_working_days(year)),
                "current": year == self.year,
            }
            for year in sorted(years)
        ]

    def status_label(self, status):
        return STATUS_LABELS[status]

    # -- writing --------------------------------------------------------

    def _handle_post(self):
        form = self.request.form
        messages = IStatusMessage(self.request)
        try:
            if "form.buttons.save_day" in form:
                arrangement = self._day_from_form(form)
            elif "form.buttons.remove_day" in form:
                day = parse_date(form.get("remove_day"))
                arrangement = Arrangement(year=day.year, remove={day})
            elif "form.buttons.publish" in form:
                arrangement = Arrangement(
                    year=self.year, published=bool(form.get("published"))
                )
            elif "form.buttons.upload" in form:
                arrangement = self._arrangement_from_upload(form)
            else:
                return
            changed = apply_arrangement(arrangement, self.context)
        except RuleInputError as error:
            messages.add(self._localized(error), type="error")
            return
        if arrangement.year is not None:
            self.year = arrangement.year
        if changed:
            messages.add(
                _(
                    "calendar_saved",
                    default="Saved. Changed years: ${years}. Open cases will "
                    "recompute their deadlines.",
                    mapping={"years": ", ".join(str(y) for y in sorted(changed))},
                ),
                type="info",
            )
        else:
            messages.add(
                _("calendar_unchanged", default="Nothing changed."), type="info"
            )

    def _day_from_form(self, form) -> Arrangement:
        day = parse_date(form.get("day"))
        working = form.get("kind") == "working"
        name = safe_text(form.get("name", "")).strip()
        return Arrangement(
            year=day.year, days={day: DayOverride(working=working, name=name)}
        )

    def _arrangement_from_upload(self, form) -> Arrangement:
        upload = form.get("arrangement_file")
        data = upload.read(MAX_UPLOAD_BYTES + 1) if upload else b""
        filename = getattr(upload, "filename", "") or ""
        if not data:
            raise RuleInputError(
                "missing_file", "请选择要上传的文件", "Choose a file to upload"
            )
        if len(data) > MAX_UPLOAD_BYTES:
            raise RuleInputError(
                "file_too_large",
                "文件过大（最大1 MB）",
                "The file is too large (1 MB at most)",
            )
        replace = bool(form.get("replace"))
        published = bool(form.get("published")) or None
        if filename.lower().endswith(".ics") or data.lstrip().startswith(
            b"BEGIN:VCALENDAR"
        ):
            return arrangement_from_icalendar(
                data, self.year, published=bool(published), replace=replace
            )
        try:
            body = json.loads(data.decode("utf-8-sig"))
        except (UnicodeDecodeError, ValueError):
            raise RuleInputError(
                "invalid_file",
                "文件既不是JSON也不是iCalendar格式",
                "The file is neither JSON nor iCalendar",
            ) from None
        if isinstance(body, dict):
            body.setdefault("year", self.year)
            body["replace"] = replace or bool(body.get("replace"))
            if published:
                body["published"] = True
        return arrangement_from_json(body)

    def _localized(self, error: RuleInputError) -> str:
        return error.message_en if wants_english(self.request) else error.message_zh
