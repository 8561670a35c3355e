"""Staff pages of a case: the case page and the action form of each step."""

from plone import api
from plone.protect import CheckAuthenticator
from Products.Five.browser import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from putian.policy.applications.certificates import certificate_of
from putian.policy.applications.certificates import revoke_certificate
from putian.policy.applications.documents_views import has_acceptance_receipt
from putian.policy.applications.forwarding import forwarding_findings
from putian.policy.applications.forwarding_views import upper_departments
from putian.policy.applications.handling import take_action
from putian.policy.applications.schedule import traffic_light
from putian.policy.applications.tracking import public_status
from putian.policy.content.department import department_of
from putian.policy.content.department import remedy_organs_of
from putian.policy.rules.applications import APPLICANT_KINDS
from putian.policy.rules.applications import APPLICATION_CHANNELS
from putian.policy.rules.applications import DELIVERY_METHODS
from putian.policy.rules.cases import allowed_transitions
from putian.policy.rules.cases import CASE_STATES
from putian.policy.rules.cases import CASE_TRANSITION_TITLES
from putian.policy.rules.cases import default_remedies_notice
from putian.policy.rules.cases import FORWARDING_DAYS
from putian.policy.rules.cases import LITIGATION_MONTHS
from putian.policy.rules.cases import RECONSIDERATION_DAYS
from putian.policy.rules.deadlines import STATUTORY_EXTENSION_DAYS
from putian.policy.rules.errors import RuleInputError
from putian.policy.rules.limits import is_instant_item
from putian.policy.rules.terms import SPECIAL_STEP_KINDS
from putian.policy.rules.terms import term
from putian.policy.validation import finding_message
from putian.policy.vocabularies.terms import wants_english


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


def _title(entry) -> str:
    return entry.title_en if wants_english() else entry.title_zh


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
                "title": _title(term(CASE_TRANSITION_TITLES, entry["id"])),
                "url": f"{self.context.absolute_url()}/@@case-action"
                f"?transition={entry['id']}",
            }
            for entry in workflow.getTransitionsFor(self.context)
        ]

    def choice(self, vocabulary, token) -> str:
        """The title of a token of one of the application's vocabularies."""
        try:
            return _title(term(vocabulary, token))
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
        return (
            certificate is not None
            and certificate.status == "valid"
            and "CaseDecider" in api.user.get_roles(obj=certificate)
        )

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
            return _title(term(CASE_TRANSITION_TITLES, self.transition))
        except Exception:
            return self.transition

    def fields(self) -> tuple:
        return STEP_FIELDS.get(self.transition, ())

    def special_step_kinds(self) -> list[dict]:
        return [
            {"token": entry.token, "title": _title(entry)}
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
    """POST on a certificate: revoke it (the case page's form)."""

    def __call__(self):
        case = self.context.aq_parent
        if self.request.method == "POST":
            CheckAuthenticator(self.request)
            findings = revoke_certificate(
                self.context, self.request.form.get("reason", "")
            )
            messages = [finding_message(f) for f in findings] or [
                "Revoked." if wants_english() else "证照已撤销。"
            ]
            for message in messages:
                api.portal.show_message(
                    message, self.request, type="error" if findings else "info"
                )
        return self.request.response.redirect(case.absolute_url())


class CaseList(BrowserView):
    """A department's cases, newest first, each with its traffic light."""

    batch_size = 50

    def cases(self) -> list[dict]:
        start = int(self.request.form.get("b_start", 0) or 0)
        states = self.request.form.get("state")
        query = {
            "portal_type": "Application",
            "path": "/".join(self.context.getPhysicalPath()),
            "sort_on": "created",
            "sort_order": "descending",
        }
        if states:
            query["review_state"] = states
        brains = api.content.find(**query)[start : start + self.batch_size]
        rows = []
        for brain in brains:
            case = brain.getObject()
            state = term(CASE_STATES, brain.review_state)
            rows.append(
                {
                    "url": case.absolute_url(),
                    "receipt_number": case.receipt_number,
                    "item": case.item_title,
                    "applicant": case.applicant_name,
                    "state": state.token,
                    "state_title": _title(state),
                    "deadline": case.committed_deadline or case.statutory_deadline,
                    "light": traffic_light(case),
                }
            )
        return rows
