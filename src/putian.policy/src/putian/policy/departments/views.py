"""A department's page: how to reach it, where to apply, what it approves.

Only what the public needs: no internal field (credit code, case code,
division code, remedy organs), no author byline. The items are the
published ones of the catalogue, shown as the catalogue shows them.
"""

from plone import api
from Products.Five.browser import BrowserView
from putian.policy.catalogue.published import published_items
from putian.policy.content.case_folder import CASE_FOLDER_ID
from putian.policy.display import Display
from putian.policy.halls.places import describe_windows
from putian.policy.rules.catalogue import terms
from urllib.parse import urlencode


HANDLE_CASES = "putian.policy: Handle cases"
VIEW_COMPLIANCE = "putian.policy: View compliance"


def handles_department(window: dict, uid: str) -> bool:
    """A window serves the department when it names it, or when it handles
    one of its published items (a comprehensive window)."""
    return any(d["uid"] == uid for d in window["departments"]) or any(
        brain.department_uid == uid for brain in window["items"]
    )


class DepartmentView(BrowserView):
    def __call__(self):
        self.display = Display(self.request)
        self.uid = self.context.UID()
        self._items = published_items(department_uid=self.uid)
        return self.index()

    # -- contact ---------------------------------------------------------

    def level(self) -> str:
        return self.display.term("level", self.context.level)

    def phones(self) -> list[dict]:
        return [
            {"name": name, "number": number}
            for name in ("consultation_phone", "supervision_phone")
            if (number := (getattr(self.context, name, None) or "").strip())
        ]

    def windows(self) -> list[dict]:
        """The hall windows serving the department, centre by centre."""
        found = []
        for brain in api.content.find(
            portal_type="ServiceCenter", sort_on="getObjPositionInParent"
        ):
            center = brain.getObject()
            for window in describe_windows(center):
                if not handles_department(window, self.uid):
                    continue
                found.append(
                    {
                        "center": center.Title(),
                        "url": f"{center.absolute_url()}#{window['anchor']}",
                        "window": f"{window['number']} {window['name']}".strip(),
                        "address": center.address or "",
                        "hours": center.opening_hours or "",
                    }
                )
        return found

    @staticmethod
    def office_hours(windows) -> list[str]:
        """The opening hours of the centres where it receives applicants,
        each once."""
        return list(dict.fromkeys(w["hours"] for w in windows if w["hours"]))

    # -- items -----------------------------------------------------------

    def _limit(self, brain) -> str:
        """The committed limit, else the statutory one, as the item page
        words it (即办 for 0)."""
        for value in (brain.committed_limit_days, brain.statutory_limit_days):
            if isinstance(value, int) and not isinstance(value, bool):
                return self.display.days(value)
        return ""

    def item_groups(self) -> list[dict]:
        """The published items by category, in the catalogue's order of
        categories; within one, by name as the catalogue sorts them."""
        term = self.display.term
        groups = {}
        for brain in self._items:
            groups.setdefault(brain.category or "", []).append(
                {
                    "title": brain.Title,
                    "url": brain.getURL(),
                    "base_code": brain.base_code or "",
                    "limit": self._limit(brain),
                    "trips": term("trips", brain.trips),
                    "online_depth": term("online_depth", brain.online_depth),
                }
            )
        order = [category.token for category in terms.ITEM_CATEGORIES]
        tokens = [t for t in order if t in groups]
        tokens += sorted(set(groups) - set(order))
        return [
            {
                "token": token or "none",
                "title": term("category", token),
                "entries": groups[token],
            }
            for token in tokens
        ]

    @property
    def item_count(self) -> int:
        return len(self._items)

    def catalogue_url(self) -> str:
        """The catalogue filtered to this department (its facet)."""
        portal_url = api.portal.get().absolute_url()
        return f"{portal_url}/@@catalogue?{urlencode({'department': self.uid})}"

    # -- staff -----------------------------------------------------------

    def staff_links(self) -> list[dict]:
        """Links for the department's own people, each where they may go."""
        department = self.context
        url = department.absolute_url()
        links = []
        folder = department.get(CASE_FOLDER_ID)
        if folder is not None and api.user.has_permission(HANDLE_CASES, obj=folder):
            links.append({"id": "cases", "url": folder.absolute_url()})
        if api.user.has_permission(VIEW_COMPLIANCE, obj=department):
            links.append({"id": "report", "url": f"{url}/@@compliance-report"})
        if api.user.has_permission(HANDLE_CASES, obj=department):
            links.append({"id": "forwarded", "url": f"{url}/@@forwarded-cases"})
        return links
