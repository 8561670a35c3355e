"""Staff pages of a case: the case page and the action form of each step."""

from plone import api
from plone.batching import Batch
from plone.protect import CheckAuthenticator
from Products.Five.browser import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from putian.policy import _
from putian.policy.applications.certificates import certificate_of
from putian.policy.applications.certificates import is_revocable
from putian.policy.applications.certificates import revoke_certificate
from putian.policy.applications.documents_views import has_acceptance_receipt
from putian.policy.applications.forwarding import forwarding_findings
from putian.policy.applications.forwarding_views import upper_departments
from putian.policy.applications.handling import take_action
from putian.policy.applications.rating_views import rating_panel
from putian.policy.applications.schedule import deadlines_of
from putian.policy.applications.schedule import traffic_light
from putian.policy.applications.tracking import public_status
from putian.policy.content.department import department_of
from putian.policy.content.department import remedy_organs_of
from putian.policy.rules.calendar.clock import today
from putian.policy.rules.calendar.deadlines import GREEN
from putian.policy.rules.calendar.deadlines import RED
from putian.policy.rules.calendar.deadlines import STATUTORY_EXTENSION_DAYS
from putian.policy.rules.calendar.deadlines import YELLOW
from putian.policy.rules.cases.applications import APPLICANT_KINDS
from putian.policy.rules.cases.applications import APPLICATION_CHANNELS
from putian.policy.rules.cases.applications import DELIVERY_METHODS
from putian.policy.rules.cases.deadlines import case_traffic_light
from putian.policy.rules.cases.deadlines import FORWARDING_DAYS
from putian.policy.rules.cases.notices import default_remedies_notice
from putian.policy.rules.cases.notices import LITIGATION_MONTHS
from putian.policy.rules.cases.notices import RECONSIDERATION_DAYS
from putian.policy.rules.cases.receipts import parse_receipt
from putian.policy.rules.cases.workflow import allowed_transitions
from putian.policy.rules.cases.workflow import CASE_STATES
from putian.policy.rules.cases.workflow import CASE_TRANSITION_TITLES
from putian.policy.rules.cases.workflow import OPEN_STATES
from putian.policy.rules.catalogue.limits import is_instant_item
from putian.policy.rules.catalogue.terms import SPECIAL_STEP_KINDS
from putian.policy.rules.catalogue.terms import term
from putian.policy.rules.common.errors import RuleInputError
from putian.policy.validation import finding_message
from putian.policy.vocabularies.terms import term_title
from putian.policy.vocabularies.terms import wants_english
from putian.policy.workcalendar.storage import working_calendar
from urllib.parse import urlencode
from zope.i18n import translate

import unicodedata


_NOT_REVOCABLE = _(
    "msg_revoke_not_possible",
    default="Only a decider of the issuing department can revoke a valid certificate.",
)

# The form fields each step asks for (see case_action.pt).
STEP_FIELDS = {
    "request_correction": ("correction_items",),
    "reject_intake": ("reason",),
    "suspend": ("suspension_kind", "reason", "expected_days"),
    "extend": ("reason", "extension_days"),
    "deny": ("reason", "reconsideration_notice", "litigation_notice"),
    "deliver": ("delivery_method", "tracking_number"),
}


class Decidable(BrowserView):
    """Guard of approve and deny: after review, or at once for an instant item."""

    def __call__(self):
        state = api.content.get_state(self.context)
        instant = is_instant_item(self.context.committed_limit_days)
        return "approve" in allowed_transitions(state, instant)


class StatusMixin:
    """The progress block shared by the case page and the tracking page."""

    status_template = ViewPageTemplateFile("templates/status.pt")
    # The case page shows the staff's internal notes; the tracking page not.
    for_staff = False

    def status_html(self, case=None) -> str:
        status = public_status(case or self.context, for_staff=self.for_staff)
        return self.status_template(status=status, for_staff=self.for_staff)


class CaseView(StatusMixin, BrowserView):
    """The case page for the department's case workers."""

    applicant_kinds = APPLICANT_KINDS
    channels = APPLICATION_CHANNELS
    for_staff = True
    forwarding_days = FORWARDING_DAYS

    def light(self):
        return traffic_light(self.context)

    def actions(self) -> list[dict]:
        workflow = api.portal.get_tool("portal_workflow")
        return [
            {
                "id": entry["id"],
                "title": term_title(term(CASE_TRANSITION_TITLES, entry["id"])),
                "url": f"{self.context.absolute_url()}/@@case-action"
                f"?transition={entry['id']}",
            }
            for entry in workflow.getTransitionsFor(self.context)
        ]

    def choice(self, vocabulary, token) -> str:
        """The title of a token of one of the application's vocabularies."""
        try:
            return term_title(term(vocabulary, token))
        except RuleInputError:
            return token or ""

    def delivery(self) -> str:
        case = self.context
        title = self.choice(DELIVERY_METHODS, case.delivery)
        return f"{title}（{case.postal_address}）" if case.postal_address else title

    def has_receipt(self) -> bool:
        return has_acceptance_receipt(self.context)

    def certificate(self):
        return certificate_of(self.context)

    def can_revoke(self) -> bool:
        certificate = certificate_of(self.context)
        return certificate is not None and is_revocable(certificate)

    def forwarding(self) -> dict | None:
        """R12 on this case: where it went, or where it may go."""
        department = department_of(self.context)
        forwarding = self.context.forwarding
        return {
            "done": forwarding,
            "findings": [finding_message(f) for f in forwarding_findings(self.context)],
            "targets": []
            if forwarding
            else [
                {"uid": api.content.get_uuid(upper), "title": upper.Title()}
                for upper in upper_departments(department)
            ],
        }

    def rating(self) -> dict:
        """R21: the rating, its rectification and what the clerk may record."""
        return rating_panel(self.context)

    def materials(self) -> list:
        return [
            child
            for child in self.context.objectValues()
            if child.portal_type == "File"
        ]


class CaseActionForm(BrowserView):
    """One step of the case, with the paper it needs; refusals are explained."""

    findings = ()
    # The law's numbers, as the form states them.
    max_extension_days = STATUTORY_EXTENSION_DAYS
    reconsideration_days = RECONSIDERATION_DAYS
    litigation_months = LITIGATION_MONTHS

    @property
    def transition(self) -> str:
        return self.request.form.get("transition", "")

    def title(self) -> str:
        try:
            return term_title(term(CASE_TRANSITION_TITLES, self.transition))
        except Exception:
            return self.transition

    def fields(self) -> tuple:
        return STEP_FIELDS.get(self.transition, ())

    def special_step_kinds(self) -> list[dict]:
        return [
            {"token": entry.token, "title": term_title(entry)}
            for entry in SPECIAL_STEP_KINDS
        ]

    def remedies_default(self) -> str:
        """The remedies sentence naming the deciding department's
        reconsideration organ and court (R13); empty when its record and
        the core cannot say which they are."""
        department = department_of(self.context)
        organs = remedy_organs_of(department)
        if organs is None:
            return ""
        return default_remedies_notice(
            department.Title(), organs.reconsideration_organ, organs.litigation_court
        )

    def correction_rows(self) -> list[dict]:
        names, problems, fixes = (
            self._listed(key) for key in ("material", "problem", "how_to_fix")
        )
        rows = [
            {"material": name, "problem": problem, "how_to_fix": fix}
            for name, problem, fix in zip(names, problems, fixes, strict=False)
            if name or problem or fix
        ]
        return rows

    def _listed(self, key) -> list:
        value = self.request.form.get(key, [])
        return [value] if isinstance(value, str) else list(value)

    def _paper(self) -> dict:
        form = self.request.form
        paper = {
            key: form.get(key) or None
            for key in (
                "reason",
                "suspension_kind",
                "reconsideration_notice",
                "litigation_notice",
                "delivery_method",
                "tracking_number",
            )
        }
        for key in ("expected_days", "extension_days"):
            value = (form.get(key) or "").strip()
            if value:
                paper[key] = int(value) if value.isdigit() else value
        if self.transition == "request_correction":
            paper["correction_items"] = self.correction_rows()
        return paper

    def __call__(self):
        if self.request.method == "POST" and self.request.form.get("form.submitted"):
            CheckAuthenticator(self.request)
            form = self.request.form
            outcome = take_action(
                self.context,
                self.transition,
                # "comment": the field's name before notes and messages
                # were told apart; it was never meant for the applicant.
                internal_note=form.get("internal_note") or form.get("comment", ""),
                message_to_applicant=form.get("message_to_applicant", ""),
                **self._paper(),
            )
            if outcome.done:
                api.portal.show_message(
                    f"已完成：{self.title()}"
                    if not wants_english()
                    else f"Done: {self.title()}",
                    self.request,
                    type="info",
                )
                return self.request.response.redirect(self.context.absolute_url())
            self.findings = [finding_message(finding) for finding in outcome.findings]
            self.request.response.setStatus(400)
        return self.index()


class RevokeCertificate(BrowserView):
    """Revoking a certificate, in two steps: the case page's form (or a link)
    opens a page naming the certificate and its holder and asking for the
    reason; only 确认撤销 on that page revokes.  Who may not revoke is sent
    back to the case with the refusal, as before."""

    confirm_template = ViewPageTemplateFile("templates/revoke_confirm.pt")
    findings = ()

    @property
    def case(self):
        return self.context.aq_parent

    def reason(self) -> str:
        return (self.request.form.get("reason") or "").strip()

    def may_revoke(self) -> bool:
        """What revoke_certificate would not refuse but for the reason."""
        return is_revocable(self.context)

    def __call__(self):
        request = self.request
        posted = request.method == "POST"
        if not self.may_revoke():
            if posted:
                CheckAuthenticator(request)
                # Refused and audited as a refusal (revoke_certificate).
                self._show(revoke_certificate(self.context, self.reason()))
            else:
                # A GET writes nothing, not even the refusal's audit entry.
                api.portal.show_message(
                    translate(_NOT_REVOCABLE, context=request), request, type="error"
                )
            return request.response.redirect(self.case.absolute_url())
        if posted and request.form.get("form.buttons.confirm"):
            CheckAuthenticator(request)
            findings = revoke_certificate(self.context, self.reason())
            if not findings:
                self._show([])
                return request.response.redirect(self.case.absolute_url())
            self.findings = [finding_message(f) for f in findings]
            request.response.setStatus(400)
        return self.confirm_template()

    def _show(self, findings) -> None:
        messages = [finding_message(f) for f in findings] or [
            "Revoked." if wants_english() else "证照已撤销。"
        ]
        for message in messages:
            api.portal.show_message(
                message, self.request, type="error" if findings else "info"
            )


# The case list's sort orders; the first is the default: the cases that
# run out of time first, overdue ones at the top.
CASE_LIST_SORTS = ("deadline", "newest", "oldest")
CASE_LIST_LIGHTS = (RED, YELLOW, GREEN)
# The query parameters the case list keeps in its batch and sort links.
CASE_LIST_PARAMETERS = ("q", "state", "light", "sort")
CASE_LIST_PAGE_SIZE = 20


def _one_of(value, allowed) -> str:
    return value if isinstance(value, str) and value in allowed else ""


def _search_text(value) -> str:
    """What a person typed, as the list compares it: full-width forms
    folded (NFKC), case and surrounding space ignored."""
    if not isinstance(value, str):
        return ""
    return unicodedata.normalize("NFKC", value).strip().casefold()


def _deadline_order(row) -> tuple:
    """Running cases by deadline (overdue first), then those not accepted
    yet, oldest first, then the finished ones, newest first."""
    submitted = row["submitted"].timestamp() if row["submitted"] else 0.0
    if row["open"] and row["deadline"] is not None:
        return (0, row["deadline"].toordinal(), submitted)
    if row["open"]:
        return (1, submitted, 0)
    return (2, -submitted, 0)


class CaseList(BrowserView):
    """A department's cases: filtered by state and traffic light, searched
    by receipt number or applicant, sorted by deadline or submission, in
    pages.

    Cases stay out of the full-text indexes (applications/indexers.py): a
    whole receipt number goes to its index, anything else is matched here
    against the folder's cases, which are at most a few thousand.
    """

    page_size = CASE_LIST_PAGE_SIZE
    parameters = CASE_LIST_PARAMETERS
    sorts = CASE_LIST_SORTS
    lights = CASE_LIST_LIGHTS

    def __call__(self):
        form = self.request.form
        query_text = form.get("q")
        self.query_text = query_text.strip() if isinstance(query_text, str) else ""
        self.state = _one_of(form.get("state"), {t.token for t in CASE_STATES})
        self.light = _one_of(form.get("light"), CASE_LIST_LIGHTS)
        self.sort = _one_of(form.get("sort"), CASE_LIST_SORTS) or CASE_LIST_SORTS[0]
        self.today = today()
        self.calendar = working_calendar()
        try:
            b_start = max(int(form.get("b_start", 0) or 0), 0)
        except (TypeError, ValueError):
            b_start = 0
        self.batch = Batch(self._entries(), self.page_size, b_start)
        return self.index()

    # The cases

    def _whole_receipt(self) -> str:
        if not self.query_text:
            return ""
        try:
            return str(parse_receipt(self.query_text))
        except RuleInputError:
            return ""

    def _brains(self):
        query = {
            "portal_type": "Application",
            "path": "/".join(self.context.getPhysicalPath()),
            # The created index counts minutes; the receipt numbers (the
            # ids) number a day's cases in the order they came in.
            "sort_on": ("created", "getId"),
            "sort_order": "ascending" if self.sort == "oldest" else "descending",
        }
        if self.state:
            query["review_state"] = self.state
        receipt = self._whole_receipt()
        if receipt:
            query["receipt_number"] = receipt
        return api.content.find(**query)

    def _entries(self):
        """The brains, or the rows when the search, a filter or the sort needs
        each case; ``rows`` turns the brains of the page into rows."""
        brains = self._brains()
        needle = "" if self._whole_receipt() else _search_text(self.query_text)
        if not needle and not self.light and self.sort != "deadline":
            return brains
        rows = []
        for brain in brains:
            case = brain.getObject()
            # A case's id is its receipt number in lower case.
            if (
                needle
                and needle not in brain.getId
                and needle not in _search_text(case.applicant_name)
            ):
                continue
            rows.append(self._row(case, brain.review_state))
        if self.light:
            rows = [row for row in rows if row["light"] == self.light]
        if self.sort == "deadline":
            rows.sort(key=_deadline_order)
        return rows

    def rows(self) -> list[dict]:
        return [
            entry
            if isinstance(entry, dict)
            else self._row(entry.getObject(), entry.review_state)
            for entry in self.batch
        ]

    def _row(self, case, state_token) -> dict:
        state = term(CASE_STATES, state_token)
        running = state_token in OPEN_STATES
        deadline = case.committed_deadline or case.statutory_deadline
        light = None
        if running:
            deadlines = deadlines_of(case, self.today)
            if deadlines is not None:
                # An open suspension moves the deadline day by day.
                deadline = deadlines.governing.deadline
                light = case_traffic_light(self.calendar, self.today, deadlines)
        submitted = case.submitted
        return {
            "url": case.absolute_url(),
            "receipt_number": case.receipt_number,
            "item": case.item_title,
            "applicant": case.applicant_name,
            "state": state.token,
            "state_title": term_title(state),
            "open": running,
            "deadline": deadline,
            "light": light,
            "submitted": submitted,
            "submitted_text": submitted.strftime("%Y-%m-%d %H:%M") if submitted else "",
        }

    # The filters and the links

    def state_options(self) -> list[dict]:
        return [
            {
                "token": state.token,
                "title": term_title(state),
                "selected": state.token == self.state,
            }
            for state in CASE_STATES
        ]

    def active_filters(self) -> int:
        return len([value for value in (self.state, self.light) if value])

    def url(self, **changes) -> str:
        """This list with its parameters, ``changes`` applied (None drops)."""
        params = {
            "q": self.query_text,
            "state": self.state,
            "light": self.light,
            "sort": "" if self.sort == CASE_LIST_SORTS[0] else self.sort,
        }
        params.update(changes)
        kept = {key: value for key, value in params.items() if value}
        base = self.context.absolute_url()
        return f"{base}?{urlencode(kept)}" if kept else base

    def sort_url(self, sort) -> str:
        return self.url(sort=None if sort == CASE_LIST_SORTS[0] else sort)

    def clear_url(self) -> str:
        return self.url(state=None, light=None)
