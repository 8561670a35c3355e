"""The online application form's heading in the visitor's language.

The form is made with a Chinese title (``stored_form_title``: the item's
name and 网上申报), one for every visitor; its heading is said again when
the form is shown, with the item's name in the visitor's language.  A title
an editor changed is the editor's and stays as it is; so does the thanks
page's.
"""

from collective.easyform.browser.view import EasyFormForm
from collective.easyform.browser.view import EasyFormFormWrapper
from putian.policy import _
from putian.policy.applications.easyform import item_of_form
from putian.policy.applications.easyform import stored_form_title
from putian.policy.behaviors.english_name import title_in_language
from zope.i18n import translate


HEADING = _("heading_online_application", default="Online application: ${item}")


def form_heading(form, request) -> str | None:
    """The heading of an item's generated form in the visitor's language;
    None for a form that is not one (or whose title an editor changed)."""
    item = item_of_form(form)
    if item is None or form.Title() != stored_form_title(item):
        return None
    return translate(
        _(
            HEADING,
            mapping={"item": title_in_language(item, request)},
        ),
        context=request,
    )


class ApplicationForm(EasyFormForm):
    @property
    def label(self):
        if not self.thanksPage:
            heading = form_heading(self.context, self.request)
            if heading is not None:
                return heading
        return super().label


class ApplicationFormView(EasyFormFormWrapper):
    """easyform's ``view`` with the heading of ``ApplicationForm``."""

    form = ApplicationForm
