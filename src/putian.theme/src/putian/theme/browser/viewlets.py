"""The portal's own header and footer, replacing Plone's for our layer."""

from plone.app.layout.viewlets.common import LogoViewlet as PloneLogoViewlet
from plone.app.layout.viewlets.common import ViewletBase
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile


class LogoViewlet(PloneLogoViewlet):
    """The emblem and the portal's name, linking to the navigation root."""

    index = ViewPageTemplateFile("templates/logo.pt")

    def emblem_url(self):
        return f"{self.site_url}/++plone++putian.theme/emblem.svg"


class SkipLinkViewlet(ViewletBase):
    """First stop of the keyboard: straight to the page's own content."""

    index = ViewPageTemplateFile("templates/skiplink.pt")


class FooterViewlet(ViewletBase):
    """Portal name, the supervision hotline and the public services.

    Replaces Plone's footer portlets (copyright, site actions, "Powered by
    Plone"). The markup follows Barceloneta's Diazo rules: the content of
    ``#portal-footer-signature .card-body`` fills the theme's copyright row,
    ``.actions-site_actions`` its site actions row.
    """

    index = ViewPageTemplateFile("templates/footer.pt")


class NoColophonViewlet(ViewletBase):
    """No "Powered by Plone" line on this portal, should anyone unhide it."""

    def render(self):
        return ""
