"""The toolbar's content views, with the last-modified time as people in
Putian read it.

Plone's toolbar leaves that time to the browser (pat-display-time): shown
in the browser's time zone, and for Chinese in English, since the pattern
looks for a moment.js locale "zh" that does not exist.  Here the server
writes it in the portal's time zone (plone.portal_timezone, Asia/Shanghai)
with Plone's long date format of the visitor's language (plonelocales
``date_format_long``, ours for zh_CN: 2026年12月02日 18:30).
"""

from DateTime import DateTime
from plone import api
from plone.app.layout.viewlets.common import ContentViewsViewlet
from plone.base.i18nl10n import ulocalized_time
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from zoneinfo import ZoneInfo


BEIJING = "Asia/Shanghai"


def portal_zone() -> ZoneInfo:
    name = api.portal.get_registry_record("plone.portal_timezone", default=None)
    try:
        return ZoneInfo(name or BEIJING)
    except (KeyError, ValueError):
        return ZoneInfo(BEIJING)


def in_portal_zone(when: DateTime):
    return when.asdatetime().astimezone(portal_zone())


def localized_long(moment, context, request) -> str:
    """``moment`` (an aware datetime) in the long format of the request's
    language, its clock figures as they read in its own zone."""
    # A DateTime of the same wall-clock time in the server's zone: Plone
    # formats the figures DateTime.strftime gives in that zone.
    wall_clock = DateTime(
        moment.year, moment.month, moment.day, moment.hour, moment.minute
    )
    return ulocalized_time(
        wall_clock, long_format=True, context=context, request=request
    )


class ContentViews(ContentViewsViewlet):
    menu_template = ViewPageTemplateFile("menu.pt")

    def modified(self) -> dict:
        moment = in_portal_zone(self.context.modified())
        return {
            "iso": moment.isoformat(),
            "text": localized_long(moment, self.context, self.request),
        }
