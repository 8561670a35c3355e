"""The public pages: after submitting, tracking a case, verifying a certificate."""

from plone import api
from plone.protect import CheckAuthenticator
from Products.Five.browser import BrowserView
from putian.policy.applications import applicant
from putian.policy.applications.certificates import verification
from putian.policy.applications.documents_views import TRACKED_DOCUMENTS
from putian.policy.applications.easyform import make_application_form
from putian.policy.applications.easyform import SUBMITTED_COOKIE
from putian.policy.applications.intake import requested_for_case
from putian.policy.applications.intake import Upload
from putian.policy.applications.item_names import case_item_title
from putian.policy.applications.lookup_limit import look_up
from putian.policy.applications.lookup_limit import refuse
from putian.policy.applications.tracking import forget_code
from putian.policy.applications.tracking import NOT_FOUND
from putian.policy.applications.tracking import public_status
from putian.policy.applications.tracking import USE_POST
from putian.policy.applications.views import StatusMixin
from putian.policy.content.department import department_of
from putian.policy.rules.cases.applications import DELIVERY_METHODS
from putian.policy.rules.cases.certificates import VERIFICATION_RESULTS
from putian.policy.rules.cases.progress import RECEIPT_NEXT_STEPS
from putian.policy.rules.cases.ratings import SATISFACTION_LEVELS
from putian.policy.rules.catalogue.terms import term
from putian.policy.rules.common.errors import RuleInputError
from putian.policy.validation import finding_message
from putian.policy.vocabularies.terms import term_title
from putian.policy.vocabularies.terms import wants_english


class ApplicationSubmitted(BrowserView):
    """The receipt page after submitting (申请回执): what was applied for,
    the receipt number and query code, when, and what happens next;
    printable.

    The cookie names the case; it is believed only when its code is the
    case's (a look-up like the tracking page's, counted the same way), so
    a made-up cookie shows nothing of anyone's case.
    """

    _found = None

    def _case(self):
        if self._found is None:
            value = self.request.cookies.get(SUBMITTED_COOKIE) or ""
            receipt, _sep, code = value.partition("|")
            case = None
            if receipt and code:
                case = look_up(self.request, receipt, code).case
            self._found = (case, code)
        return self._found

    def submitted(self) -> dict | None:
        case, code = self._case()
        if case is None:
            return None
        english = wants_english()
        submitted = case.submitted
        department = department_of(case)
        return {
            "receipt_number": case.receipt_number,
            "query_code": code,
            "item": case_item_title(case),
            "department": department.Title() if department is not None else "",
            "submitted": (
                submitted.strftime("%Y-%m-%d %H:%M")
                if english
                else f"{submitted.year}年{submitted.month}月{submitted.day}日 "
                f"{submitted:%H:%M}"
            )
            if submitted
            else "",
            "submitted_iso": submitted.isoformat() if submitted else "",
            "committed_days": case.committed_limit_days,
            "delivery": _term_title(DELIVERY_METHODS, case.delivery),
            "next_steps": _texts(RECEIPT_NEXT_STEPS, english),
        }

    def track_url(self) -> str:
        return f"{api.portal.get().absolute_url()}/@@track"

    def portal_title(self) -> str:
        return api.portal.get().Title()


def _texts(pairs, english: bool) -> list[str]:
    return [en if english else zh for zh, en in pairs]


def _term_title(vocabulary, token) -> str:
    try:
        entry = term(vocabulary, token)
    except RuleInputError:
        return ""
    return term_title(entry)


class MakeApplicationForm(BrowserView):
    """Generate (or regenerate) the guide's online application form."""

    def __call__(self):
        if self.request.method != "POST":
            return self.request.response.redirect(self.context.absolute_url())
        CheckAuthenticator(self.request)
        form = make_application_form(self.context)
        api.portal.show_message(
            "Application form generated from the materials."
            if wants_english()
            else "已根据申请材料生成网上申报表单，可按需调整。",
            self.request,
        )
        return self.request.response.redirect(form.absolute_url())


class TrackView(StatusMixin, BrowserView):
    """Progress by receipt number and query code; the applicant's own steps.

    The code comes by POST only, so it never stands in a URL (access logs,
    proxies, the browser's history); the page's own forms (rate, withdraw,
    resubmit, documents) post it again from hidden fields.
    """

    case = None
    errors = ()
    message = None
    # What this request was sent, for the page's forms.
    receipt = ""
    code = ""
    # Why the look-up was not made: the code in a URL, or too many failures.
    refusal_message = None

    def levels(self) -> list[dict]:
        return [
            {
                "token": entry.token,
                "title": term_title(entry),
            }
            for entry in SATISFACTION_LEVELS
        ]

    def not_found(self) -> str:
        zh, en = NOT_FOUND
        return en if wants_english() else zh

    def status(self) -> dict:
        return public_status(self.case)

    def documents(self) -> list[dict]:
        """The case's documents the applicant may download now."""
        titles = {
            "acceptance-receipt": ("受理通知书", "Acceptance receipt"),
            "correction-notice": ("补正材料一次性告知书", "Correction notice"),
            "suspension-notice": ("特殊环节告知书", "Notice of a special step"),
            "decision": ("不予行政许可决定书", "Decision"),
            "certificate": ("电子证照", "E-certificate"),
        }
        return [
            {"id": name, "title": titles[name][1 if wants_english() else 0]}
            for name, (available, _make) in TRACKED_DOCUMENTS.items()
            if available(self.case)
        ]

    def correction_materials(self) -> list:
        return requested_for_case(self.case)

    def _uploads(self) -> list[Upload]:
        uploads = []
        for material in requested_for_case(self.case):
            upload = self.request.form.get(material.field)
            if upload and getattr(upload, "filename", None):
                uploads.append(Upload(material.field, upload.filename, upload.read()))
        return uploads

    def _act(self, action: str) -> None:
        form = self.request.form
        if action == "rate":
            findings = applicant.rate(self.case, form.get("level"), form.get("comment"))
        elif action == "rectification_view":
            findings = applicant.give_view(self.case, form.get("comment"))
        elif action == "withdraw":
            findings = applicant.withdraw(self.case, form.get("comment", "")).errors
        elif action == "resubmit":
            uploads = self._uploads()
            findings = applicant.resubmit(
                self.case, uploads, form.get("comment", "")
            ).errors
        else:
            return
        if findings:
            self.errors = [finding_message(finding) for finding in findings]
            self.request.response.setStatus(400)
        else:
            self.message = "Thank you." if wants_english() else "已提交，谢谢。"

    def looked_up(self) -> bool:
        """A look-up was made and found nothing."""
        return bool(self.receipt or self.code) and self.case is None

    def __call__(self):
        request = self.request
        request.response.setHeader("Cache-Control", "private, no-store")
        form = request.form
        receipt, code = form.get("receipt"), form.get("code")
        forget_code(request)
        if request.method != "POST":
            # A link with the receipt number (the receipt's page) fills it in.
            self.receipt = receipt if isinstance(receipt, str) else ""
            if code:
                zh, en = USE_POST
                self.refusal_message = en if wants_english() else zh
                request.response.setStatus(400)
            return self.index()
        if not (receipt or code):
            return self.index()
        self.receipt = receipt if isinstance(receipt, str) else ""
        self.code = code if isinstance(code, str) else ""
        lookup = look_up(request, self.receipt, self.code)
        if lookup.refusal is not None:
            refuse(request, lookup.refusal)
            refusal = lookup.refusal
            self.refusal_message = (
                refusal.message_en if wants_english() else refusal.message_zh
            )
            # Nothing of the code in the page that says no.
            self.code = ""
            return self.index()
        self.case = lookup.case
        if self.case is None:
            request.response.setStatus(404)
            self.code = ""
        elif form.get("action"):
            CheckAuthenticator(request)
            self._act(form["action"])
        return self.index()


class VerifyCertificateView(BrowserView):
    """Number and holder name → valid, expired, revoked or unknown."""

    answer = None

    def __call__(self):
        number = self.request.form.get("number")
        holder = self.request.form.get("holder")
        if number and holder:
            self.answer = verification(number, holder)
            self.answer["title"] = self.result_title(self.answer["result"])
        return self.index()

    def result_title(self, result: str) -> str:
        entry = term(VERIFICATION_RESULTS, result)
        return term_title(entry)
