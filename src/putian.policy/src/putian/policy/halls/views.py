"""The service centre page: where it is, when it opens, and its windows
with the items each handles."""

from Products.Five.browser import BrowserView
from putian.policy.display import Display
from putian.policy.halls.places import describe_windows
from putian.policy.rules.catalogue import terms


class ServiceCenterView(BrowserView):
    def __call__(self):
        self.display = Display(self.request)
        return self.index()

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
        return [
            {
                "number": window["number"],
                "anchor": window["anchor"],
                "name": window["name"],
                "departments": window["text"]
                or "、".join(d["title"] for d in window["departments"]),
                "categories": self.display.terms("category", window["categories"]),
                "handled": [
                    {
                        "title": brain.Title,
                        "url": brain.getURL(),
                        "department": brain.department_title or "",
                    }
                    for brain in window["items"]
                ],
            }
            for window in describe_windows(self.context)
        ]
