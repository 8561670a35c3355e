"""After login a person starts from their work list (issue 13), unless the
login was asked for on the way to a particular page of the portal."""

from plone import api
from plone.base.interfaces import IRedirectAfterLogin
from putian.policy.interfaces import IPutianPolicyLayer
from putian.policy.worklist.views import worklist_url
from urllib.parse import urlsplit
from zope.component import adapter
from zope.interface import implementer
from zope.interface import Interface


# The front page under its other names.
FRONT_PAGE = frozenset({"index_html", "view", "@@view"})
# Pages that are no destination of their own: the login and logout pages,
# and the dashboard the work list replaces.
NO_DESTINATION = frozenset(
    {
        "login",
        "login_form",
        "@@login",
        "require_login",
        "logged_out",
        "@@logout",
        "logout",
        "dashboard",
        "@@dashboard",
        "useractions",
        "@@worklist",
        "worklist",
    }
)


def is_destination(came_from: str | None, portal_url: str) -> bool:
    """Whether ``came_from`` is a page of the portal worth going back to."""
    if not came_from or not isinstance(came_from, str):
        return False
    url_tool = api.portal.get_tool("portal_url")
    if not url_tool.isURLInPortal(came_from):
        return False
    path = urlsplit(came_from).path.rstrip("/")
    portal_path = urlsplit(portal_url).path.rstrip("/")
    if path != portal_path and not path.startswith(f"{portal_path}/"):
        return False
    steps = [step for step in path[len(portal_path) :].split("/") if step]
    if not steps or (len(steps) == 1 and steps[0] in FRONT_PAGE):
        return False
    return steps[-1] not in NO_DESTINATION


@implementer(IRedirectAfterLogin)
@adapter(Interface, IPutianPolicyLayer)
class StartFromWorklist:
    def __init__(self, context, request):
        self.context, self.request = context, request

    def __call__(self, came_from=None, is_initial_login=False):
        if is_destination(came_from, api.portal.get().absolute_url()):
            return came_from
        return worklist_url()
