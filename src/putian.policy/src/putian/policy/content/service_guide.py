from Acquisition import aq_inner
from Acquisition import aq_parent
from collective.z3cform.datagridfield.row import DictRow
from plone.autoform import directives
from plone.dexterity.content import Container
from plone.namedfile.field import NamedBlobFile
from plone.supermodel import model
from putian.policy import _
from putian.policy.widgets.cards import CardsWidget
from zope import schema
from zope.interface import implementer
from zope.interface import Interface


class IMaterial(Interface):
    """One application material and why it may be asked for (R4, R5)."""

    name = schema.TextLine(title=_("label_material_name", default="Material"))
    name_en = schema.TextLine(
        title=_("label_material_name_en", default="English name"),
        description=_(
            "help_english_name",
            default="Shown to visitors who read the site in English",
        ),
        required=False,
    )
    requirement = schema.Choice(
        title=_("label_material_requirement", default="Required"),
        vocabulary="putian.policy.MaterialRequirements",
        default="required",
    )
    condition = schema.TextLine(
        title=_("label_material_condition", default="Condition"),
        required=False,
    )
    condition_en = schema.TextLine(
        title=_("label_material_condition_en", default="Condition in English"),
        required=False,
    )
    copies = schema.Int(
        title=_("label_material_copies", default="Copies"), default=1, min=0
    )
    form = schema.Choice(
        title=_("label_material_form", default="Form"),
        vocabulary="putian.policy.MaterialForms",
        default="original",
    )
    basis_level = schema.Choice(
        title=_("label_basis_level", default="Level"),
        vocabulary="putian.policy.LegalBasisLevels",
        required=False,
    )
    basis_name = schema.TextLine(
        title=_("label_material_basis", default="Legal basis"), required=False
    )
    basis_article = schema.TextLine(
        title=_("label_basis_article", default="Article"), required=False
    )
    shareable = schema.Bool(
        title=_("label_material_shareable", default="Obtainable by data sharing"),
        required=False,
        default=False,
    )
    obtained_by_sharing = schema.Bool(
        title=_(
            "label_material_obtained_by_sharing",
            default="Fetched by the department (not asked of the applicant)",
        ),
        required=False,
        default=False,
    )
    blank_form = schema.TextLine(
        title=_("label_material_blank_form", default="Blank form (file id)"),
        required=False,
    )
    sample = schema.TextLine(
        title=_("label_material_sample", default="Sample (file id)"), required=False
    )


class IServiceGuide(model.Schema):
    """The service guide (办事指南) of an item, its R4 elements in order.

    Item name, category, legal basis, organ and time limits are the item's
    and shown from it, never typed twice.
    """

    result_name = schema.TextLine(
        title=_("label_result_name", default="Result"),
        description=_("help_result_name", default="e.g. 食品经营许可证"),
        required=False,
    )
    result_sample = NamedBlobFile(
        title=_("label_result_sample", default="Result sample"), required=False
    )
    fee_standard = schema.TextLine(
        title=_("label_fee_standard", default="Fee standard"),
        description=_("help_fee_standard", default="不收费 when free of charge"),
        required=False,
    )
    fee_basis = schema.TextLine(
        title=_("label_fee_basis", default="Fee basis"), required=False
    )

    # One card per material, so that twelve fields fit a phone.
    directives.widget("materials", CardsWidget, card_kind="material")
    materials = schema.List(
        title=_("label_materials", default="Application materials"),
        value_type=DictRow(
            title=_("label_material", default="Material"), schema=IMaterial
        ),
        required=False,
        default=[],
    )

    procedure = schema.Text(
        title=_("label_procedure", default="Procedure"), required=False
    )
    handling_forms = schema.Set(
        title=_("label_handling_forms", default="Handling forms"),
        value_type=schema.Choice(vocabulary="putian.policy.HandlingForms"),
        required=False,
        default=set(),
    )
    review_criteria = schema.Text(
        title=_("label_review_criteria", default="Review criteria"), required=False
    )
    cross_area_scope = schema.Choice(
        title=_("label_cross_area_scope", default="Cross-area scope"),
        vocabulary="putian.policy.CrossAreaScopes",
        required=False,
    )
    appointment = schema.Bool(
        title=_("label_appointment", default="Appointment available"),
        required=False,
    )
    online_payment = schema.Bool(
        title=_("label_online_payment", default="Online payment"), required=False
    )
    courier_delivery = schema.Bool(
        title=_("label_courier_delivery", default="Courier delivery"),
        required=False,
    )
    location = schema.TextLine(
        title=_("label_location", default="Location"), required=False
    )
    office_hours = schema.Text(
        title=_("label_office_hours", default="Office hours"), required=False
    )


@implementer(IServiceGuide)
class ServiceGuide(Container):
    """Holds the blank forms and samples its materials refer to."""

    def get_item(self):
        return aq_parent(aq_inner(self))
