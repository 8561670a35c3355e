from plone import api
from plone.restapi.services.workflow.transition import WorkflowTransition
from putian.policy.catalogue.parts import item_of_part
from putian.policy.catalogue.parts import item_parts_behind
from putian.policy.catalogue.parts import moves_with_its_item
from putian.policy.catalogue.parts import part_kind
from putian.policy.catalogue.parts import part_step_open
from putian.policy.catalogue.refusal import blocking
from putian.policy.catalogue.refusal import located
from putian.policy.catalogue.refusal import office_exemption
from putian.policy.catalogue.workflow import REVIEWED
from putian.policy.content.approval_item import IApprovalItem
from putian.policy.restapi.services.body import BadBody
from putian.policy.restapi.services.body import BOOLEAN
from putian.policy.restapi.services.body import json_object
from putian.policy.restapi.services.body import TEXT
from putian.policy.restapi.services.errors import refused
from putian.policy.rules.catalogue.parts_in_step import moves_with_item_finding
from putian.policy.rules.common.findings import ERROR
from putian.policy.rules.common.findings import Finding
from zope.i18n import translate


# What plone.restapi's @workflow reads from the body.
TRANSITION_FIELDS = {
    "comment": TEXT,
    "include_children": BOOLEAN,
    "effective": TEXT,
    "expires": TEXT,
}


def _both(title: str) -> tuple[str, str]:
    """A workflow title in Chinese and in English (the msgid is English)."""
    return (
        translate(title, domain="putian.policy", target_language="zh_CN"),
        translate(title, domain="putian.policy", target_language="en"),
    )


class CatalogueTransition(WorkflowTransition):
    """``POST <item>/@workflow/<step>`` for catalogue content.

    plone.restapi answers 200 and does nothing when the content is already
    in the step's destination (approving an item that waits for the reform
    office): here a step its state does not offer is refused with the reason.
    Children taken along (``include_children``) keep plone.restapi's leniency.
    """

    def reply(self):
        if self.transition is None:
            return super().reply()
        try:
            json_object(self.request, fields=TRANSITION_FIELDS)
        except BadBody as error:
            return error.reply(self.request)
        offered = {t["id"] for t in self.wftool.getTransitionsFor(self.context)}
        if self.transition not in offered:
            for reason in (self.held_back_by_parts, self.not_publishable):
                answer = reason()
                if answer is not None:
                    return answer
            return refused(self.request, [self.not_offered()])
        return super().reply()

    def held_back_by_parts(self):
        """An item's approval or publication refused while parts of it stand
        behind it: each part named, with the page that takes it on (None if
        that is not the reason)."""
        if not IApprovalItem.providedBy(self.context) or part_step_open(
            self.context, self.transition
        ):
            return None
        found = item_parts_behind(self.context)
        if not found:
            return None
        return refused(
            self.request,
            found,
            details=[
                {
                    key: value
                    for key, value in located(self.context, finding).items()
                    if key not in ("message", "message_en")
                }
                for finding in found
            ],
            code="parts_behind",
        )

    def not_publishable(self):
        """The reform office's publish refused by the rules: each blocking
        finding with the edit form of the field that fixes it, and the
        exemption that may be recorded (None if that is not the reason)."""
        if self.transition != "publish":
            return None
        state = self.wftool.getInfoFor(self.context, "review_state", None)
        if state != REVIEWED or not api.user.has_permission(
            "Review portal content", obj=self.context
        ):
            return None
        found = blocking(self.context)
        if not found:
            return None
        return refused(
            self.request,
            [finding for finding, _ in found],
            details=[
                {
                    key: value
                    for key, value in data.items()
                    if key not in ("message", "message_en")
                }
                for _, data in found
            ],
            message=(
                f"暂不能发布：规范检查发现{len(found)}项问题，请逐项补全，"
                "或由改革办记录豁免理由",
                f"Cannot be published yet: the checks find {len(found)} "
                "problem(s); correct each, or the reform office records an "
                "exemption",
            ),
            code="not_publishable",
            exemption=office_exemption(self.context),
        )

    def not_offered(self) -> Finding:
        state_id = self.wftool.getInfoFor(self.context, "review_state", None)
        workflow = next(iter(self.wftool.getWorkflowsFor(self.context)), None)
        state = workflow.states.get(state_id) if workflow is not None else None
        transition = (
            workflow.transitions.get(self.transition) if workflow is not None else None
        )
        state_zh, state_en = _both(state.title if state else state_id or "")
        if transition is None:
            return Finding(
                "R24",
                ERROR,
                "transition_unknown",
                f"没有名为“{self.transition}”的流程步骤",
                f"There is no workflow step named {self.transition!r}",
            )
        step_zh, step_en = _both(transition.title)
        if moves_with_its_item(self.context):
            return moves_with_item_finding(
                part_kind(self.context),
                self.context.Title(),
                item_of_part(self.context).Title(),
                (step_zh, step_en),
            )
        if transition.new_state_id == state_id:
            zh = f"当前已处于“{state_zh}”状态，无需再执行“{step_zh}”"
            en = f"It is already {state_en!r}; {step_en!r} changes nothing"
        else:
            zh = f"当前状态为“{state_zh}”，不能执行“{step_zh}”（或您无权执行）"
            en = f"{step_en!r} is not open in the state {state_en!r} (or not to you)"
        return Finding("R24", ERROR, "transition_not_offered", zh, en)
