"""A theme's page (its published items) and the themes overview."""

from plone import api
from Products.Five.browser import BrowserView
from putian.policy.behaviors.english_name import description_in_language
from putian.policy.behaviors.english_name import title_in_language
from putian.policy.catalogue.published import published_items
from putian.policy.display import Display
from putian.policy.life_events.taxonomy import folder_title
from putian.policy.life_events.taxonomy import themes_by_audience
from putian.policy.vocabularies.catalog import audience_title


class LifeEventView(BrowserView):
    def __call__(self):
        self.display = Display(self.request)
        return self.index()

    def title(self) -> str:
        return title_in_language(self.context, self.request)

    def description(self) -> str:
        return description_in_language(self.context, self.request)

    def audience(self) -> str:
        return audience_title(self.context.audience)

    def catalogue_url(self) -> str:
        portal_url = api.portal.get().absolute_url()
        return f"{portal_url}/@@catalogue?life_event={self.context.UID()}"

    def items(self) -> list[dict]:
        term = self.display.term
        return [
            {
                "title": brain.Title,
                "url": brain.getURL(),
                "department": brain.department_title or "",
                "trips": term("trips", brain.trips),
                "online_depth": term("online_depth", brain.online_depth),
            }
            for brain in published_items(life_events=self.context.UID())
        ]


class LifeEventsView(BrowserView):
    """The themes folder's page: 个人办事 and 法人办事 side by side."""

    def title(self) -> str:
        return folder_title(self.context.Title(), self.request)

    def groups(self) -> list[dict]:
        return themes_by_audience(self.request)
