from Products.Five.browser import BrowserView
from putian.policy.catalogue.compliance import is_publishable


class Publishable(BrowserView):
    """Guard of the ``publish`` transition: the compliance checks pass."""

    def __call__(self):
        return is_publishable(self.context)
