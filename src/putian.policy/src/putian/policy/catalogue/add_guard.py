"""Plone's add form (``++add++<type>``), refusing as a refusal.

Plone's own raises ValueError, answered 500, when the type may not be
added in this folder by this person (the reform office in a department may
add no item there; a type outside the folder's allowed types). That is a
refusal like any other: Unauthorized, the "insufficient privileges" page
for someone signed in, the login form for a visitor.
"""

from plone.dexterity.browser.add import DefaultAddForm
from plone.dexterity.browser.add import DefaultAddView
from plone.z3cform.interfaces import IDeferSecurityCheck
from zExceptions import Unauthorized


class AddForm(DefaultAddForm):
    def update(self):
        if not IDeferSecurityCheck.providedBy(self.request):
            allowed = {fti.getId() for fti in self.context.allowedContentTypes()}
            if self.portal_type not in allowed:
                raise Unauthorized(f"May not add {self.portal_type} here")
        super().update()


class AddView(DefaultAddView):
    form = AddForm
