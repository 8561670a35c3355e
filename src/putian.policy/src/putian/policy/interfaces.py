from zope.publisher.interfaces.browser import IDefaultBrowserLayer


class IPutianPolicyLayer(IDefaultBrowserLayer):
    """Marker for requests on a site with putian.policy installed."""
