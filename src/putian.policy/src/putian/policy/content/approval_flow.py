from Acquisition import aq_inner
from Acquisition import aq_parent
from collective.z3cform.datagridfield.row import DictRow
from plone.autoform import directives
from plone.dexterity.content import Item
from plone.supermodel import model
from putian.policy import _
from putian.policy.widgets.cards import CardsWidget
from zope import schema
from zope.interface import implementer
from zope.interface import Interface


class ICooperation(Interface):
    """A cooperating department of a joint flow (R6, R14)."""

    department = schema.TextLine(title=_("label_department", default="Department"))
    duties = schema.TextLine(title=_("label_duties", default="Duties"), required=False)
    handover_points = schema.TextLine(
        title=_("label_handover_points", default="Hand-over points"), required=False
    )
    material_transfer = schema.TextLine(
        title=_("label_material_transfer", default="Material transfer"),
        required=False,
    )
    opinion_deadline_days = schema.Int(
        title=_("label_opinion_deadline_days", default="Opinion due (working days)"),
        required=False,
        min=0,
    )


class IFlowStep(Interface):
    """One counted step: accept, review or decide (R7)."""

    kind = schema.Choice(
        title=_("label_step_kind", default="Step"),
        vocabulary="putian.policy.StepKinds",
    )
    name = schema.TextLine(title=_("label_step_name", default="Name"))
    department = schema.TextLine(
        title=_("label_department", default="Department"), required=False
    )
    role = schema.TextLine(
        title=_("label_step_role", default="Handled by"), required=False
    )
    working_days = schema.Int(
        title=_("label_working_days", default="Working days"), min=0, default=1
    )
    parallel_group = schema.TextLine(
        title=_("label_parallel_group", default="Parallel group"),
        description=_(
            "help_parallel_group",
            default="Consecutive steps with the same group run side by side.",
        ),
        required=False,
    )


class ISpecialStep(Interface):
    """A special step whose time is not counted (R8)."""

    kind = schema.Choice(
        title=_("label_special_step_kind", default="Kind"),
        vocabulary="putian.policy.SpecialStepKinds",
    )
    name = schema.TextLine(title=_("label_step_name", default="Name"), required=False)
    duration_days = schema.Int(
        title=_("label_duration_days", default="Duration (working days)"),
        required=False,
        min=0,
    )
    legal_basis = schema.TextLine(
        title=_("label_legal_basis", default="Legal basis"), required=False
    )
    required_by_law = schema.Bool(
        title=_("label_required_by_law", default="Required by law"),
        required=False,
        default=True,
    )
    committee_approval_date = schema.Date(
        title=_("label_committee_approval_date", default="Committee approval date"),
        required=False,
    )
    committee_document = schema.TextLine(
        title=_("label_committee_document", default="Committee document"),
        required=False,
    )
    explanation = schema.Text(
        title=_("label_explanation", default="Published explanation"),
        required=False,
    )
    after_step = schema.Int(
        title=_("label_after_step", default="After step number"),
        required=False,
        min=1,
    )


class IApprovalFlow(model.Schema):
    """The approval flow of an item, drawn as its flowchart (R6-R10, R14)."""

    kind = schema.Choice(
        title=_("label_flow_kind", default="Kind of flow"),
        vocabulary="putian.policy.FlowKinds",
        default="single",
    )
    form = schema.Choice(
        title=_("label_flow_form", default="Form"),
        vocabulary="putian.policy.FlowForms",
        default="standard",
    )
    formal_review_only = schema.Bool(
        title=_("label_formal_review_only", default="Formal review only"),
        required=False,
        default=False,
    )
    lead_department = schema.TextLine(
        title=_("label_lead_department", default="Lead department"), required=False
    )

    directives.widget("steps", CardsWidget, card_kind="step")
    steps = schema.List(
        title=_("label_steps", default="Steps"),
        value_type=DictRow(title=_("label_step", default="Step"), schema=IFlowStep),
        default=[],
    )

    directives.widget("cooperating_departments", CardsWidget, card_kind="cooperation")
    cooperating_departments = schema.List(
        title=_("label_cooperating_departments", default="Cooperating departments"),
        value_type=DictRow(
            title=_("label_cooperation", default="Cooperation"), schema=ICooperation
        ),
        required=False,
        default=[],
    )

    directives.widget("special_steps", CardsWidget, card_kind="special_step")
    special_steps = schema.List(
        title=_("label_special_steps", default="Special steps"),
        value_type=DictRow(
            title=_("label_special_step", default="Special step"), schema=ISpecialStep
        ),
        required=False,
        default=[],
    )

    complex_exemption_reason = schema.Text(
        title=_(
            "label_complex_exemption_reason",
            default="Complex item: reason for more than three steps",
        ),
        required=False,
    )


@implementer(IApprovalFlow)
class ApprovalFlow(Item):
    """Its flowchart is drawn from these fields, never uploaded."""

    def get_item(self):
        return aq_parent(aq_inner(self))
