"""The supervision dashboard (@@supervision): the open cases' lights per
department and the lines grouped by kind, with a filter form (R20)."""

from plone import api
from Products.Five.browser import BrowserView
from putian.policy import _
from putian.policy.portal.named_pages import INamedPage
from putian.policy.rules.calendar.clock import today
from putian.policy.rules.common.errors import RuleInputError
from putian.policy.rules.supervision.lines import LINE_KINDS
from putian.policy.rules.supervision.refusals import REFUSAL_TITLES
from putian.policy.supervision.filters import line_filters
from putian.policy.supervision.filters import visible_departments
from putian.policy.supervision.refusals import refused_attempts
from putian.policy.supervision.report import LIGHTS
from putian.policy.supervision.report import supervision_report
from putian.policy.supervision.sample_listing import sample_json
from putian.policy.supervision.sampling import sample_store
from putian.policy.vocabularies.terms import wants_english
from zope.interface import implementer


# The page lists this many lines of each kind; @supervision pages them all.
SHOWN_PER_KIND = 100
# The page lists the newest samples; @supervision/samples lists them all.
SAMPLES_SHOWN = 20
FILTERS = ("department", "item", "from", "to", "kind")


@implementer(INamedPage)
class SupervisionView(BrowserView):
    def page_title(self):
        return _("heading_supervision", default="Electronic supervision")

    def __call__(self):
        self.english = wants_english(self.request)
        self.visible = visible_departments()
        self.error = None
        self.report = None
        self.attempts = []
        if self.visible is None or self.visible:
            try:
                filters = line_filters(self.request.form, self.visible)
            except RuleInputError as error:
                self.request.response.setStatus(400)
                self.error = error.message_en if self.english else error.message_zh
            else:
                self.report = supervision_report(filters, today())
                self.attempts = refused_attempts(filters)
        return self.index()

    @property
    def may_supervise(self) -> bool:
        return self.visible is None or bool(self.visible)

    @property
    def may_sample(self) -> bool:
        return self.visible is None

    def samples(self) -> list[dict]:
        """The samples drawn, newest first, with their cases and findings."""
        store = sample_store(create=False)
        if not self.may_sample or store is None:
            return []
        portal_url = api.portal.get().absolute_url()
        shown = store.newest_first()[:SAMPLES_SHOWN]
        return [sample_json(sample, portal_url) for sample in shown]

    def department_title(self, uid) -> str:
        for brain in self._departments():
            if uid == brain.UID:
                return brain.Title
        return uid or ""

    def asked(self, name: str) -> str:
        return self.request.form.get(name) or ""

    def _departments(self):
        catalog = api.portal.get_tool("portal_catalog")
        brains = catalog.unrestrictedSearchResults(
            portal_type="Department", sort_on="sortable_title"
        )
        return [
            brain
            for brain in brains
            if self.visible is None or brain.UID in self.visible
        ]

    def department_options(self) -> list[dict]:
        return [
            {"value": brain.UID, "title": brain.Title} for brain in self._departments()
        ]

    def item_options(self) -> list[dict]:
        catalog = api.portal.get_tool("portal_catalog")
        query = {"portal_type": "ApprovalItem", "sort_on": "sortable_title"}
        if self.visible is not None:
            query["department_uid"] = sorted(self.visible)
        return [
            {"value": brain.UID, "title": brain.Title}
            for brain in catalog.unrestrictedSearchResults(**query)
        ]

    def kind_options(self) -> list[dict]:
        lines = [
            {"value": kind, "title": entry.title_en if self.english else entry.title_zh}
            for kind, entry in LINE_KINDS.items()
        ]
        return lines + [
            {"value": kind, "title": en if self.english else zh}
            for kind, (zh, en) in REFUSAL_TITLES.items()
        ]

    def refusals(self) -> list[dict]:
        return [
            {
                "kind": attempt.kind,
                "title": REFUSAL_TITLES[attempt.kind][1 if self.english else 0],
                "url": attempt.case_url,
                "trail_url": attempt.trail_url,
                "when": attempt.timestamp[:16].replace("T", " "),
                "actor": attempt.actor,
                "department": attempt.department_title,
                "reasons": attempt.reasons_en if self.english else attempt.reasons_zh,
            }
            for attempt in self.attempts[:SHOWN_PER_KIND]
        ]

    def lights(self) -> list[dict]:
        if self.report is None:
            return []
        rows = [{"uid": uid, **counts} for uid, counts in self.report.lights.items()]
        rows.sort(key=lambda row: row["title"])
        for row in rows:
            row["open"] = sum(row[light] for light in LIGHTS)
        return rows

    def groups(self) -> list[dict]:
        """The lines of each kind found, in the order of LINE_KINDS."""
        if self.report is None:
            return []
        by_kind = {}
        for line in self.report.lines:
            by_kind.setdefault(line.kind, []).append(line)
        groups = []
        for kind, lines in by_kind.items():
            entry = LINE_KINDS[kind]
            groups.append(
                {
                    "kind": kind,
                    "title": entry.title_en if self.english else entry.title_zh,
                    "source": entry.source,
                    "count": len(lines),
                    "lines": [self._line(line) for line in lines[:SHOWN_PER_KIND]],
                }
            )
        return groups

    def _line(self, line) -> dict:
        return {
            "url": line.case_url,
            "trail_url": line.trail_url,
            "receipt_number": line.receipt_number or line.case_uid,
            "department": line.department_title,
            "light": line.light,
            "message": line.message_en if self.english else line.message_zh,
            "accepted_on": line.accepted_on.isoformat(),
        }

    def api_url(self) -> str:
        query = self.request.get("QUERY_STRING", "")
        url = f"{api.portal.get().absolute_url()}/@supervision"
        return f"{url}?{query}" if query else url
