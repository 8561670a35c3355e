"""R21 on the staff case page: the rating, the form recording one given
off line, and the rectification's visit and response."""

from plone import api
from plone.protect import CheckAuthenticator
from Products.Five.browser import BrowserView
from putian.policy import _
from putian.policy.applications.rating import is_window_clerk
from putian.policy.applications.rating import rating_summary
from putian.policy.applications.rating import record_rectification_step
from putian.policy.applications.rating import record_staff_rating
from putian.policy.applications.rating import RESPONSE
from putian.policy.applications.rating import VISIT
from putian.policy.rules.cases.ratings import RATING_CHANNELS
from putian.policy.rules.cases.ratings import SATISFACTION_LEVELS
from putian.policy.rules.cases.ratings import STAFF_CHANNELS
from putian.policy.validation import finding_message
from putian.policy.vocabularies.terms import wants_english
from zope.i18n import translate


_RECORDED = _("message_rating_recorded", default="Recorded.")


def _title(terms, token) -> str:
    for entry in terms:
        if entry.token == token:
            return entry.title_en if wants_english() else entry.title_zh
    return token or ""


def rating_panel(case) -> dict:
    """What the case page shows and offers of the rating."""
    summary = rating_summary(case)
    rating = summary["rating"]
    if rating is not None:
        rating["level_title"] = _title(SATISFACTION_LEVELS, rating["level"])
        rating["channel_title"] = _title(RATING_CHANNELS, rating["channel"])
    clerk = is_window_clerk(case)
    stored = summary["rectification"]
    summary["may_rate"] = clerk and rating is None
    summary["next_step"] = None
    if clerk and stored is not None:
        if stored["visit_on"] is None:
            summary["next_step"] = VISIT
        elif stored["response_on"] is None:
            summary["next_step"] = RESPONSE
    summary["levels"] = [
        {"token": entry.token, "title": _title(SATISFACTION_LEVELS, entry.token)}
        for entry in SATISFACTION_LEVELS
    ]
    summary["channels"] = [
        {"token": entry.token, "title": _title(RATING_CHANNELS, entry.token)}
        for entry in RATING_CHANNELS
        if entry.token in STAFF_CHANNELS
    ]
    return summary


class RecordRating(BrowserView):
    """POST on a case: the clerk records an off-line rating (action rate)
    or the rectification's visit or response; back to the case page."""

    def __call__(self):
        form = self.request.form
        if self.request.method != "POST":
            return self.request.response.redirect(self.context.absolute_url())
        CheckAuthenticator(self.request)
        action = form.get("action")
        if action in (VISIT, RESPONSE):
            findings = record_rectification_step(self.context, action, form.get("text"))
        else:
            findings = record_staff_rating(
                self.context,
                form.get("level"),
                form.get("comment"),
                form.get("channel"),
            )
        messages = [finding_message(finding) for finding in findings] or [
            translate(_RECORDED, context=self.request)
        ]
        for message in messages:
            api.portal.show_message(
                message, self.request, type="error" if findings else "info"
            )
        return self.request.response.redirect(f"{self.context.absolute_url()}#rating")
