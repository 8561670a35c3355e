from zope.publisher.interfaces.browser import IDefaultBrowserLayer


class IPutianThemeLayer(IDefaultBrowserLayer):
    """Marker for requests on a site with putian.theme installed."""
