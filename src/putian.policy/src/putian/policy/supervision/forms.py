"""The browser forms of R20 sampling: draw a sample from @@supervision
(``@@supervision-sample``), record a finding on a sampled case or answer
one (``<case>/@@supervision-finding``). Each posts with Plone's
authenticator, does what the REST services do through the same calls, and
goes back to its page with a status message."""

from AccessControl import Unauthorized
from plone import api
from plone.app.layout.viewlets.common import ViewletBase
from plone.protect import CheckAuthenticator
from Products.Five.browser import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from Products.statusmessages.interfaces import IStatusMessage
from putian.policy import _
from putian.policy.rules.common.errors import RuleInputError
from putian.policy.supervision.filters import line_filters
from putian.policy.supervision.filters import visible_departments
from putian.policy.supervision.findings import add_answer
from putian.policy.supervision.findings import add_finding
from putian.policy.supervision.findings import answers_for
from putian.policy.supervision.findings import finding_by_id
from putian.policy.supervision.findings import findings_of
from putian.policy.supervision.findings import supervises
from putian.policy.supervision.sampling import draw
from putian.policy.supervision.sampling import is_sampled
from putian.policy.vocabularies.terms import wants_english

import transaction


def _whole_number(value):
    try:
        return int(str(value).strip())
    except ValueError:
        return value


class _Form(BrowserView):
    def refuse(self, error: RuleInputError, back: str):
        transaction.doom()
        message = error.message_en if wants_english(self.request) else error.message_zh
        IStatusMessage(self.request).add(message, type="error")
        return self.request.response.redirect(back)

    def done(self, message, back: str):
        IStatusMessage(self.request).add(message, type="info")
        return self.request.response.redirect(back)


class SampleDraw(_Form):
    def __call__(self):
        CheckAuthenticator(self.request)
        back = f"{self.context.absolute_url()}/@@supervision#supervision-samples"
        if visible_departments() is not None:
            raise Unauthorized("draw a sample")
        form = self.request.form
        asked = {name: form.get(name) or None for name in ("department", "from", "to")}
        try:
            filters = line_filters(asked, None)
            department = next(iter(filters.department_uids or ()), None)
            sample = draw(
                filters, department, _whole_number(form.get("size")), form.get("seed")
            )
        except RuleInputError as error:
            return self.refuse(error, back)
        count = len(sample["case_uids"])
        message = _(
            "status_sample_drawn",
            default="Sample ${id} drawn: ${count} cases.",
            mapping={"id": sample["id"], "count": count},
        )
        return self.done(message, f"{back}-{sample['id']}")


class FindingForm(_Form):
    def __call__(self):
        CheckAuthenticator(self.request)
        back = f"{self.context.absolute_url()}#supervision-findings"
        form = self.request.form
        finding_id = form.get("finding")
        try:
            if finding_id:
                finding = finding_by_id(self.context, finding_id)
                if finding is None or not answers_for(self.context):
                    raise Unauthorized("answer a finding")
                add_answer(self.context, finding, form.get("text"))
                message = _("status_finding_answered", default="Answer recorded.")
            else:
                if not (supervises() and is_sampled(self.context.UID())):
                    raise Unauthorized("record a finding")
                add_finding(
                    self.context, form.get("kind"), form.get("text"), form.get("rule")
                )
                message = _("status_finding_recorded", default="Finding recorded.")
        except RuleInputError as error:
            return self.refuse(error, back)
        return self.done(message, back)


class CaseFindingsViewlet(ViewletBase):
    """On the case page, for supervisors and the case's department: the
    findings, the form to record one (a supervisor, a sampled case) and
    the form to answer each (the department)."""

    index = ViewPageTemplateFile("templates/case_findings.pt")

    def update(self):
        super().update()
        self.shown = False
        if api.user.is_anonymous():
            return
        self.may_answer = answers_for(self.context)
        supervising = supervises()
        self.may_record = supervising and is_sampled(self.context.UID())
        self.findings = findings_of(self.context)
        self.shown = (supervising or self.may_answer) and (
            self.may_record or bool(self.findings)
        )

    def render(self):
        return self.index() if self.shown else ""

    def action(self) -> str:
        return f"{self.context.absolute_url()}/@@supervision-finding"
