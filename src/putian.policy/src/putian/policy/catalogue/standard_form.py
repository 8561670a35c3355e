"""Make a local item from the city's standard item (R2), in the browser."""

from plone.protect import CheckAuthenticator
from Products.Five.browser import BrowserView
from Products.statusmessages.interfaces import IStatusMessage
from putian.policy import _
from putian.policy.catalogue.standards import create_from_standard
from putian.policy.catalogue.standards import resolve_standard
from putian.policy.catalogue.standards import standard_items
from putian.policy.rules.common.errors import RuleInputError
from putian.policy.vocabularies.terms import wants_english


class CreateFromStandard(BrowserView):
    def __call__(self):
        if self.request.method == "POST":
            CheckAuthenticator(self.request)
            item = self._create()
            if item is not None:
                return self.request.response.redirect(f"{item.absolute_url()}/edit")
        return self.index()

    def standards(self):
        return standard_items()

    def _create(self):
        messages = IStatusMessage(self.request)
        try:
            standard = resolve_standard(self.request.form.get("standard"))
            item = create_from_standard(self.context, standard)
        except RuleInputError as error:
            english = wants_english(self.request)
            messages.add(
                error.message_en if english else error.message_zh, type="error"
            )
            return None
        messages.add(
            _(
                "info_created_from_standard",
                default="Created from the standard item. Set this level's time "
                "limits, location and phones, then submit it for review.",
            ),
            type="info",
        )
        return item
