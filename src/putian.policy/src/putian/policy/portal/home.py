"""The portal's front page: search, browse, the service centres, key figures."""

from plone import api
from putian.policy.catalogue.listing import CatalogueView
from putian.policy.catalogue.report import published_shares
from putian.policy.life_events.taxonomy import FOLDER_ID
from putian.policy.life_events.taxonomy import themes_by_audience
from putian.policy.rules.catalogue import terms


# The facets a visitor browses by from the front page.
BROWSE_BY = ("category", "department", "level")


class HomeView(CatalogueView):
    """Every published item counted once, by the catalogue's own facets."""

    def __call__(self):
        self.update({})
        return self.index()

    def browse(self) -> list[dict]:
        titles = self.facet_titles()
        return [
            {
                "name": facet["name"],
                "title": titles[facet["name"]],
                "options": [option for option in facet["options"] if option["count"]],
            }
            for name in BROWSE_BY
            for facet in self.facets()
            if facet["name"] == name
        ]

    def figures(self) -> dict:
        """Published items, departments, and the plan's two shares (R14),
        rounded as the department report rounds them."""
        items = self._results
        shares = published_shares(items)
        return {
            "published": len(items),
            "departments": len({brain.department_uid for brain in items}),
            "one_trip": self.display.percent(shares["one_trip"].percent),
            "online": self.display.percent(shares["online"].percent),
        }

    def life_events(self) -> list[dict]:
        """个人办事 and 法人办事, each theme with its published items."""
        # The catalogue's own count, over every published item: no filter
        # is active on the front page.
        return themes_by_audience(self.request, counts=self._counts["life_event"])

    def life_events_url(self) -> str:
        return f"{self.context.absolute_url()}/{FOLDER_ID}"

    def service_centers(self) -> list[dict]:
        centers = []
        for brain in api.content.find(
            portal_type="ServiceCenter", sort_on="getObjPositionInParent"
        ):
            center = brain.getObject()
            weekend = center.weekend_services or ()
            centers.append(
                {
                    "title": brain.Title,
                    "url": brain.getURL(),
                    "address": center.address,
                    "hours": center.opening_hours,
                    "self_service_24h": center.self_service_24h,
                    "weekend_services": [
                        self.display.term_in(terms.WEEKEND_SERVICES, term.token)
                        for term in terms.WEEKEND_SERVICES
                        if term.token in weekend
                    ],
                }
            )
        return centers
