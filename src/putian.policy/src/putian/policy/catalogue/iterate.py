"""Working copies under the catalogue workflow.

Plone's check-in needs "Modify portal content" on the published original,
which only managers hold there; in this portal the reform office decides
on a change once the department has reviewed it (pending_office), and
needs no right to edit published content directly.
"""

from AccessControl import getSecurityManager
from Acquisition import aq_inner
from plone import api
from plone.app.iterate.browser.control import Control
from plone.app.iterate.interfaces import ICheckinCheckoutPolicy
from plone.app.iterate.interfaces import IWorkingCopy
from plone.app.iterate.permissions import CheckinPermission
from putian.policy.catalogue.compliance import change_is_publishable
from putian.policy.catalogue.workflow import REVIEWED


class CatalogueControl(Control):
    def checkin_allowed(self):
        context = aq_inner(self.context)
        if not IWorkingCopy.providedBy(context) or not self._can_lock():
            return False
        if api.content.get_state(context, default=None) != REVIEWED:
            return False
        policy = ICheckinCheckoutPolicy(context, None)
        original = policy.getBaseline() if policy is not None else None
        if original is None:
            return False
        if not getSecurityManager().checkPermission(CheckinPermission, original):
            return False
        # Checking in publishes the change: the publish guard's rules apply.
        return change_is_publishable(context, original)
