"""The page of an approval item: its guide in the standard order (R4), its
review rules (R11), its history (R1), its standard (R2), and for editors
what the rules still find."""

from AccessControl import Unauthorized
from plone import api
from plone.app.iterate.dexterity.utils import get_baseline
from plone.app.iterate.interfaces import IWorkingCopy
from Products.Five.browser import BrowserView
from putian.policy import _
from putian.policy.applications.easyform import FORM_ID
from putian.policy.behaviors.english_name import title_in_language
from putian.policy.catalogue.compliance import compliance_report
from putian.policy.catalogue.compliance import guide_data
from putian.policy.catalogue.compliance import item_data
from putian.policy.catalogue.compliance import item_of
from putian.policy.catalogue.compliance import visible_child
from putian.policy.catalogue.material_names import material_condition
from putian.policy.catalogue.material_names import material_name
from putian.policy.catalogue.refusal import blocking
from putian.policy.catalogue.refusal import office_exemption
from putian.policy.catalogue.refusal import PART_BEHIND
from putian.policy.catalogue.workflow import REVIEWED
from putian.policy.content.approval_flow import IApprovalFlow
from putian.policy.content.review_rules import IReviewRules
from putian.policy.content.service_guide import IServiceGuide
from putian.policy.display import Display
from putian.policy.flows.views import draw_flowchart
from putian.policy.halls.places import windows_for_item
from putian.policy.rules.catalogue.guide import guide_element
from putian.policy.rules.catalogue.guide import guide_sections
from putian.policy.rules.catalogue.standards import check_standard_conformity
from putian.policy.rules.catalogue.standards import LOCAL_GUIDE_SETTINGS
from putian.policy.rules.catalogue.standards import LOCAL_ITEM_SETTINGS
from putian.policy.rules.catalogue.terms import REVIEW_ELEMENTS
from putian.policy.rules.catalogue.terms import REVIEW_STAGES
from putian.policy.validation import finding_message
from zope.i18n import translate


class ItemView(BrowserView):
    def __call__(self):
        self.prepare()
        return self.index()

    def prepare(self) -> None:
        """The item, its guide and review rules as this visitor may see them."""
        self.display = Display(self.request)
        # A guide's page is its item's page: the guide in its full context.
        self.item = item_of(self.context)
        # A published guide must not show its item while the item is a draft.
        if not api.user.has_permission("View", obj=self.item):
            raise Unauthorized("The item is not public")
        self.guide = self._visible_child(IServiceGuide)
        self.rules = self._visible_child(IReviewRules)

    def item_title(self) -> str:
        """The heading: the item's name in the visitor's language."""
        return title_in_language(self.item, self.request)

    def _visible_child(self, interface):
        # A working copy's page shows the change under review in its place.
        if interface.providedBy(self.context):
            return self.context
        return visible_child(self._children_of(), interface)

    def _children_of(self):
        """Where the guide, flow and rules are: an item's working copy is an
        empty container, its original holds them."""
        if IWorkingCopy.providedBy(self.item):
            return get_baseline(self.item) or self.item
        return self.item

    def _working_copy(self):
        return self.context if IWorkingCopy.providedBy(self.context) else None

    # -- applying ------------------------------------------------------

    def application_form(self):
        """The guide's online form, when the item takes applications."""
        if self.guide is None or api.content.get_state(self.item, None) != "published":
            return None
        form = self.guide.get(FORM_ID)
        return (
            form
            if form is not None and not IWorkingCopy.providedBy(self.item)
            else None
        )

    def can_see_audit_trail(self) -> bool:
        item = item_of(self.context)
        return api.user.has_permission("putian.policy: View audit trail", obj=item)

    def can_make_application_form(self) -> bool:
        return self.guide is not None and api.user.has_permission(
            "Modify portal content", obj=self.guide
        )

    # -- header ---------------------------------------------------------

    def facts(self) -> list[dict]:
        item, show = self.item, self.display
        department = item.get_department()
        facts = [
            ("category", show.term("category", item.category)),
            ("base_code", item.base_code),
            ("implementation_code", item.implementation_code() or ""),
            (
                "department",
                title_in_language(department, self.request) if department else "",
            ),
            ("level", show.term("level", department.level if department else None)),
            ("lifecycle_status", show.term("lifecycle_status", item.lifecycle_status)),
            ("trips", show.term("trips", item.trips)),
            ("online_depth", show.term("online_depth", item.online_depth)),
        ]
        return [{"name": name, "value": value} for name, value in facts if value]

    def life_events(self) -> list[dict]:
        """The themes the item is found under (individuals', businesses')."""
        uids = list(getattr(self.item, "life_events", None) or ())
        if not uids:
            return []
        brains = {
            brain.UID: brain
            for brain in api.content.find(portal_type="LifeEvent", UID=uids)
        }
        return [
            {
                "title": title_in_language(brains[uid], self.request),
                "url": brains[uid].getURL(),
            }
            for uid in uids
            if uid in brains
        ]

    def windows(self) -> list[dict]:
        """Where to apply in person: each hall window that handles the item."""
        return [
            {
                "center": center.Title(),
                "url": f"{center.absolute_url()}#{anchor}",
                "address": center.address,
                "hours": center.opening_hours,
                "window": f"{row.get('number') or ''} {row.get('name') or ''}".strip(),
            }
            for center, row, anchor in windows_for_item(self.item)
        ]

    # -- guide ----------------------------------------------------------

    def sections(self) -> list[dict]:
        """The R4 elements in order, each with its display value."""
        guide = guide_data(self.guide) if self.guide is not None else {}
        item = item_data(self.item)
        return [
            {
                "name": element.name,
                "label": self.display.text(element),
                "value": self._section_value(element.name, value),
            }
            for element, value in guide_sections(guide, item)
            if element.name != "materials"
        ]

    def _section_value(self, name, value):
        show = self.display
        if name == "title":
            return self.item_title()
        if name in ("statutory_limit_days", "committed_limit_days"):
            return show.days(value)
        if name == "legal_basis":
            return ("; " if show.english else "；").join(show.basis(value))
        if name in ("category", "cross_area_scope"):
            return show.term(name, value)
        if name == "handling_forms":
            return show.terms(name, value or ())
        if name in ("appointment", "online_payment", "courier_delivery"):
            return show.yes_no(value)
        if name == "result_sample":
            return bool(value)
        return value or ""

    def sample_url(self) -> str:
        return f"{self.guide.absolute_url()}/@@download/result_sample"

    def materials(self) -> list[dict]:
        if self.guide is None:
            return []
        show = self.display
        rows = []
        for row in self.guide.materials or ():
            condition = material_condition(row, self.request)
            basis = " ".join(
                part
                for part in (row.get("basis_name"), row.get("basis_article"))
                if part
            )
            rows.append(
                {
                    "name": material_name(row, self.request),
                    "requirement": show.term("requirement", row.get("requirement")),
                    "condition": condition,
                    "condition_note": (
                        f" ({condition})" if show.english else f"（{condition}）"
                    )
                    if condition
                    else "",
                    "copies": row.get("copies"),
                    "form": show.term("form", row.get("form")),
                    "basis": basis,
                    "basis_level": show.term("basis_level", row.get("basis_level")),
                    "by_sharing": bool(row.get("obtained_by_sharing")),
                    "blank_form": self._file_url(row.get("blank_form")),
                    "sample": self._file_url(row.get("sample")),
                }
            )
        return rows

    def material_labels(self) -> dict:
        """Column names repeated in each cell for the stacked phone layout."""
        labels = {
            "requirement": _("label_material_requirement", default="Required"),
            "form": _("label_material_form", default="Form"),
            "copies": _("label_material_copies", default="Copies"),
            "basis": _("label_material_basis", default="Legal basis"),
        }
        return {
            key: translate(msg, context=self.request) for key, msg in labels.items()
        }

    def _file_url(self, file_id):
        if not file_id or self.guide is None or file_id not in self.guide:
            return None
        return f"{self.guide[file_id].absolute_url()}/@@download/file"

    # -- flowchart ------------------------------------------------------

    def flowchart(self):
        """Inline SVG: its text stays text for search and screen readers."""
        flow = self._visible_child(IApprovalFlow)
        return draw_flowchart(self.item, flow, self.request) if flow else None

    # -- review rules ---------------------------------------------------

    def review_stages(self) -> list[dict]:
        if self.rules is None:
            return []
        return [
            {
                "label": self.display.text(stage),
                "elements": [
                    {
                        "label": self.display.text(element),
                        "value": getattr(
                            self.rules, f"{stage.token}_{element.token}", None
                        )
                        or "",
                    }
                    for element in REVIEW_ELEMENTS
                ],
            }
            for stage in REVIEW_STAGES
        ]

    # -- history, sub-items ---------------------------------------------

    def lifecycle_log(self) -> list[dict]:
        show = self.display
        return [
            {
                "date": entry.get("date"),
                "from": show.term("lifecycle_status", entry.get("from_status")),
                "to": show.term("lifecycle_status", entry.get("to_status")),
                "reason": entry.get("reason"),
                "document_number": entry.get("document_number"),
            }
            for entry in reversed(self.item.lifecycle_log or ())
        ]

    def sub_items(self):
        return api.content.find(
            context=self.item,
            depth=1,
            portal_type="ApprovalItem",
            sort_on="base_code",
        )

    # -- one item, one standard (R2) ------------------------------------

    def standard(self):
        relation = self.item.standard_item
        standard = relation.to_object if relation else None
        if standard is None or not api.user.has_permission("View", obj=standard):
            return None
        show = self.display
        findings = check_standard_conformity(item_data(self.item), item_data(standard))
        local = [
            {
                "label": show.text(guide_element(name)),
                "standard": show.days(getattr(standard, name, None)),
                "local": show.days(getattr(self.item, name, None)),
            }
            for name in LOCAL_ITEM_SETTINGS
            if getattr(standard, name, None) != getattr(self.item, name, None)
        ]
        return {
            "url": standard.absolute_url(),
            "title": standard.Title(),
            "department": standard.get_department().Title(),
            "differences": local + self._guide_differences(standard),
            "problems": [finding_message(f) for f in findings],
        }

    def _guide_differences(self, standard):
        standard_guide = visible_child(standard, IServiceGuide)
        if standard_guide is None or self.guide is None:
            return []
        return [
            {
                "label": self.display.text(guide_element(name)),
                "standard": getattr(standard_guide, name, None) or "",
                "local": getattr(self.guide, name, None) or "",
            }
            for name in LOCAL_GUIDE_SETTINGS
            if getattr(standard_guide, name, None) != getattr(self.guide, name, None)
        ]

    # -- for editors ----------------------------------------------------

    def can_see_findings(self) -> bool:
        return api.user.has_permission("putian.policy: View compliance", obj=self.item)

    def findings(self) -> list[dict]:
        report = compliance_report(
            self._children_of(), working_copy=self._working_copy()
        )
        return [
            {
                "rule": f.rule,
                "severity": f.severity,
                "message": finding_message(f),
            }
            for f in report.findings
        ]

    def exemption(self):
        return self.item.compliance_exemption

    def blocking_panel(self) -> dict | None:
        """What keeps the item from being published, each finding with the
        link to the field that fixes it: for the reform office when the item
        waits for it ("暂不能发布"), for the department while it is drafted
        or reviewed ("提交前请补全"); None for everyone else."""
        state = api.content.get_state(self.item, default=None)
        if state == REVIEWED:
            if not api.user.has_permission("Review portal content", obj=self.item):
                return None
            kind = "office"
        elif state in ("draft", "pending_department"):
            if not (
                api.user.has_permission("Modify portal content", obj=self.item)
                or api.user.has_permission("Review portal content", obj=self.item)
            ):
                return None
            kind = "department"
        else:
            return None
        found = blocking(self.item)
        if not found:
            return None
        # Parts behind the item are taken through review, never exempted.
        exemptable = any(finding.code != PART_BEHIND for finding, _ in found)
        return {
            "kind": kind,
            "findings": [
                {**data, "text": finding_message(finding)} for finding, data in found
            ],
            "exemption": office_exemption(self.item)
            if kind == "office" and exemptable
            else None,
        }
