"""Pages of R12's forwarding: on the lower organ's case, and the upper
organ's list of cases forwarded to it."""

from plone import api
from plone.protect import CheckAuthenticator
from Products.Five.browser import BrowserView
from putian.policy.applications.forwarded import forwarded_case
from putian.policy.applications.forwarded import forwarded_cases
from putian.policy.applications.forwarding import acknowledge
from putian.policy.applications.forwarding import forward
from putian.policy.rules.cases.applications import LEVEL_ORDER
from putian.policy.validation import finding_message
from putian.policy.vocabularies.terms import wants_english


def _messages(findings) -> list[str]:
    return [finding_message(finding) for finding in findings]


def upper_departments(department) -> list:
    """The departments of a higher level than ``department``."""
    if department.level not in LEVEL_ORDER:
        return []
    higher = LEVEL_ORDER[LEVEL_ORDER.index(department.level) + 1 :]
    return [
        brain.getObject()
        for brain in api.content.find(
            portal_type="Department", sort_on="sortable_title"
        )
        if brain.getObject().level in higher
    ]


class ForwardCase(BrowserView):
    """POST on a case: forward it to the chosen upper-level department."""

    def __call__(self):
        if self.request.method != "POST":
            return self.request.response.redirect(self.context.absolute_url())
        CheckAuthenticator(self.request)
        uid = self.request.form.get("department")
        upper = api.content.get(UID=uid) if uid else None
        findings = forward(self.context, upper, self.request.form.get("comment", ""))
        for message in _messages(findings) or [
            "Forwarded." if wants_english() else "已报送上级机关。"
        ]:
            api.portal.show_message(
                message, self.request, type="error" if findings else "info"
            )
        return self.request.response.redirect(self.context.absolute_url())


class ForwardedCases(BrowserView):
    """The upper organ's inbox of forwarded applications; acknowledge each."""

    errors = ()

    def cases(self) -> list[dict]:
        return forwarded_cases(self.context)

    def __call__(self):
        if self.request.method == "POST" and self.request.form.get("case"):
            CheckAuthenticator(self.request)
            case = forwarded_case(self.context, self.request.form["case"])
            findings = acknowledge(case, self.request.form.get("comment", ""))
            if findings:
                self.errors = _messages(findings)
                self.request.response.setStatus(400)
        return self.index()
