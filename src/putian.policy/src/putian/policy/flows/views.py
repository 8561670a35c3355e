"""The flowchart of an item, as an SVG file and inline on the item page,
and the same flow as a list of steps (readable on a phone)."""

from AccessControl import Unauthorized
from plone import api
from plone.app.iterate.dexterity.utils import get_baseline
from plone.app.iterate.interfaces import IWorkingCopy
from plone.memoize import ram
from Products.Five.browser import BrowserView
from putian.policy.behaviors.english_name import title_in_language
from putian.policy.catalogue.compliance import item_of
from putian.policy.catalogue.compliance import visible_child
from putian.policy.content.approval_flow import IApprovalFlow
from putian.policy.display import Display
from putian.policy.flows.data import flow_data
from putian.policy.flows.data import item_limits
from putian.policy.flows.flowchart import flowchart_svg
from putian.policy.flows.steps import step_list
from putian.policy.rules.catalogue.terms import SPECIAL_STEP_KINDS
from putian.policy.rules.flows.flow import STEP_KINDS
from putian.policy.rules.flows.summary import summarize_flow


class FlowchartTexts:
    """The words of a flowchart, in the reader's language."""

    def __init__(self, request, item, summary=None):
        self.display = Display(request)
        self.english = self.display.english
        # The item by its name in the reader's language.
        name = title_in_language(item, request)
        self.title = f"Flowchart: {name}" if self.english else f"{name}审批流程图"
        self.start = "Application" if self.english else "提出申请"
        self.end = "Decision delivered" if self.english else "办结"
        # Between a label and its value (and a special step's kind and name).
        self.colon = ": " if self.english else "："
        self.not_counted = (
            "Not counted in the time limit" if self.english else "不计入办理时限"
        )
        # A single department's steps leave their department blank.
        department = getattr(item, "get_department", lambda: None)()
        self.department = (
            title_in_language(department, request) if department is not None else ""
        )
        # A joint flow's lead department handles the steps that name none.
        self.lead_department = summary.lead_department if summary else None

    def days(self, count):
        return self.display.days(count)

    def special(self, step):
        kind = self.display.term_in(SPECIAL_STEP_KINDS, step.get("kind"))
        name = step.get("name")
        return f"{kind}{self.colon}{name}" if name and name != kind else kind

    def kind(self, step) -> str:
        return self.display.term_in(STEP_KINDS, step.get("kind"))

    def step_department(self, step) -> str:
        return step.get("department") or self.lead_department or self.department

    def step_title(self, step) -> str:
        """The tooltip of a step: full name, kind, department, time limit."""
        name, kind = step.get("name") or "", self.kind(step)
        days = self.days(step.get("working_days") or 0)
        department = self.step_department(step)
        if self.english:
            parts = [f"{name} ({kind})" if kind and kind != name else name]
            if department:
                parts.append(f"Department: {department}")
            parts.append(f"Time limit: {days}")
            return "; ".join(parts)
        parts = [f"{name}（{kind}）" if kind and kind != name else name]
        if department:
            parts.append(f"承办部门：{department}")
        parts.append(f"办理时限：{days}")
        return "；".join(parts)

    def special_title(self, step) -> str:
        """The tooltip of a special step: what it is, how long, not counted."""
        days = self.days(step.get("duration_days") or 0)
        if self.english:
            return f"Special step: {self.special(step)}; {days}; {self.not_counted}"
        return f"特殊环节：{self.special(step)}；{days}；{self.not_counted}"

    def footer(self, summary):
        show = self.display.days
        if self.english:
            return (
                f"Counted: {show(summary.counted_days)}; committed limit: "
                f"{show(summary.committed_limit_days)}; statutory limit: "
                f"{show(summary.statutory_limit_days)}"
            )
        return (
            f"计入办理时限：{show(summary.counted_days)}　承诺办结时限："
            f"{show(summary.committed_limit_days)}　法定办结时限："
            f"{show(summary.statutory_limit_days)}"
        )


def _chart_key(function, item, flow, request):
    # Drawing starts a Graphviz process: redraw only when the flow, the
    # item (its title and limits) or the reader's language changed.
    return (
        item.UID(),
        item.modified().micros(),
        flow.UID(),
        flow.modified().micros(),
        Display(request).english,
    )


@ram.cache(_chart_key)
def draw_flowchart(item, flow, request) -> str:
    """The inline SVG of ``flow`` drawn against ``item``'s limits."""
    summary = summarize_flow(flow_data(flow), item_limits(item))
    return flowchart_svg(summary, FlowchartTexts(request, item, summary))


def item_flowchart(item, request) -> str | None:
    """The inline SVG of the item's flow in force, or None without a flow."""
    flow = visible_child(item, IApprovalFlow)
    if flow is None:
        return None
    return draw_flowchart(item, flow, request)


class FlowchartSVG(BrowserView):
    """``<item>/@@flowchart.svg`` (also on the flow itself)."""

    def __call__(self):
        item = item_of(self.context)
        if item is not None and not api.user.has_permission("View", obj=item):
            raise Unauthorized("The item is not public")
        svg = item_flowchart(item, self.request) if item is not None else None
        response = self.request.response
        if svg is None:
            response.setStatus(404)
            return ""
        response.setHeader("Content-Type", "image/svg+xml; charset=utf-8")
        return f'<?xml version="1.0" encoding="UTF-8"?>\n{svg}'


def flow_in_force(context):
    """The flow the item page of ``context`` shows (as ``ItemView`` finds
    it): the flow itself on its own page, else the item's flow in force; a
    working copy of the item shows its original's."""
    if IApprovalFlow.providedBy(context):
        return context
    item = item_of(context)
    if item is None:
        return None
    if IWorkingCopy.providedBy(item):
        item = get_baseline(item) or item
    return visible_child(item, IApprovalFlow)


class FlowSteps(BrowserView):
    """``@@flow-steps``: the flowchart's steps as an ordered list, shown with
    the chart on the item and flow pages (a fragment of those pages)."""

    def __call__(self):
        self.item = item_of(self.context)
        if self.item is None or not api.user.has_permission("View", obj=self.item):
            raise Unauthorized("The item is not public")
        flow = flow_in_force(self.context)
        if flow is None:
            return ""
        self.summary = summarize_flow(flow_data(flow), item_limits(self.item))
        self.texts = FlowchartTexts(self.request, self.item, self.summary)
        return self.index()

    def entries(self) -> list[dict]:
        return step_list(self.summary, self.texts)

    def footer(self) -> str:
        return self.texts.footer(self.summary)
