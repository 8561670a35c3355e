"""The service centre page: where it is, when it opens, and its windows
with the items each handles."""

from plone import api
from Products.Five.browser import BrowserView
from putian.policy.browser.display import Display
from putian.policy.halls.places import items_by_window
from putian.policy.rules import terms


class ServiceCenterView(BrowserView):
    def __call__(self):
        self.display = Display(self.request)
        return self.index()

    def _department_titles(self) -> dict:
        return {
            brain.UID: brain.Title
            for brain in api.content.find(portal_type="Department")
        }

    def weekend_services(self) -> list[str]:
        chosen = self.context.weekend_services or ()
        return [
            self.display.term_in(terms.WEEKEND_SERVICES, term.token)
            for term in terms.WEEKEND_SERVICES
            if term.token in chosen
        ]

    def hall_rules(self) -> list[str]:
        chosen = self.context.hall_rules or ()
        return [
            self.display.term_in(terms.HALL_RULES, term.token)
            for term in terms.HALL_RULES
            if term.token in chosen
        ]

    def level(self) -> str:
        return self.display.term("level", self.context.level)

    def windows(self) -> list[dict]:
        titles = self._department_titles()
        windows = []
        for row, brains in items_by_window(self.context):
            served = [
                titles[uid]
                for uid in row.get("handled_departments") or ()
                if uid in titles
            ]
            windows.append(
                {
                    "number": row.get("number") or "",
                    "name": row.get("name") or "",
                    "departments": row.get("departments") or "、".join(served),
                    "categories": self.display.terms(
                        "category", row.get("handled_categories") or ()
                    ),
                    "handled": [
                        {
                            "title": brain.Title,
                            "url": brain.getURL(),
                            "department": brain.department_title or "",
                        }
                        for brain in brains
                    ],
                }
            )
        return windows
