from Acquisition import aq_inner
from Acquisition import aq_parent
from collective.z3cform.datagridfield.row import DictRow
from plone.app.iterate.interfaces import IWorkingCopy
from plone.app.z3cform.widgets.relateditems import RelatedItemsFieldWidget
from plone.autoform import directives
from plone.dexterity.content import Container
from plone.supermodel import model
from putian.policy import _
from putian.policy.content.department import department_of
from putian.policy.rules.catalogue.codes import implementation_code
from putian.policy.rules.catalogue.limits import is_instant_item
from putian.policy.widgets.cards import CardsWidget
from z3c.relationfield.schema import RelationChoice
from zope import schema
from zope.interface import implementer
from zope.interface import Interface


# Each item has at most one of these (its guide, flow and review rules).
ONE_PER_ITEM = frozenset({"ServiceGuide", "ApprovalFlow", "ReviewRules"})


class ILegalBasisEntry(Interface):
    """One legal provision (设定依据) an item or a material rests on."""

    level = schema.Choice(
        title=_("label_basis_level", default="Level"),
        vocabulary="putian.policy.LegalBasisLevels",
    )
    name = schema.TextLine(
        title=_("label_basis_name", default="Law or document"),
        description=_("help_basis_name", default="e.g. 《中华人民共和国食品安全法》"),
    )
    article = schema.TextLine(
        title=_("label_basis_article", default="Article"),
        description=_("help_basis_article", default="e.g. 第三十五条"),
    )
    text = schema.Text(title=_("label_basis_text", default="Text"), required=False)


class IApprovalItem(model.Schema):
    """An approval or public service item of the catalogue (R1-R3, R9, R10).

    A sub-item (子项) is an ApprovalItem inside its main item.
    """

    category = schema.Choice(
        title=_("label_category", default="Category"),
        vocabulary="putian.policy.ItemCategories",
    )

    base_code = schema.TextLine(
        title=_("label_base_code", default="Base code"),
        description=_(
            "help_base_code",
            default="Category letters, 5-digit main item and 3-digit sub-item "
            "number; 000 for a main item. e.g. XK00012000",
        ),
    )

    directives.widget("legal_basis", CardsWidget, card_kind="provision")
    legal_basis = schema.List(
        title=_("label_legal_basis", default="Legal basis"),
        value_type=DictRow(
            title=_("label_legal_basis_entry", default="Provision"),
            schema=ILegalBasisEntry,
        ),
        default=[],
    )

    trips = schema.Choice(
        title=_("label_trips", default="Trips needed"),
        vocabulary="putian.policy.Trips",
        default="1",
    )

    online_depth = schema.Choice(
        title=_("label_online_depth", default="Online handling depth"),
        vocabulary="putian.policy.OnlineDepths",
        default="0",
    )

    model.fieldset(
        "limits",
        label=_("fieldset_limits", default="Time limits"),
        fields=[
            "statutory_limit_days",
            "committed_limit_days",
            "limit_exemption_reason",
        ],
    )
    statutory_limit_days = schema.Int(
        title=_("label_statutory_limit_days", default="Statutory limit (working days)"),
        description=_(
            "help_statutory_limit_days", default="Leave empty when the law sets none."
        ),
        required=False,
        min=0,
    )
    committed_limit_days = schema.Int(
        title=_("label_committed_limit_days", default="Committed limit (working days)"),
        description=_(
            "help_committed_limit_days",
            default="At most half the statutory limit; 0 for an instant item.",
        ),
        required=False,
        min=0,
    )
    limit_exemption_reason = schema.Text(
        title=_(
            "label_limit_exemption_reason",
            default="Complex item: reason for a longer committed limit",
        ),
        required=False,
    )

    model.fieldset(
        "lifecycle",
        label=_("fieldset_lifecycle", default="Status"),
        fields=["lifecycle_status", "lifecycle_reason", "lifecycle_document"],
    )
    lifecycle_status = schema.Choice(
        title=_("label_lifecycle_status", default="Status in the catalogue"),
        vocabulary="putian.policy.LifecycleStatuses",
        default="retained",
    )
    lifecycle_reason = schema.TextLine(
        title=_("label_lifecycle_reason", default="Reason for the latest change"),
        required=False,
    )
    lifecycle_document = schema.TextLine(
        title=_("label_lifecycle_document", default="Document number"),
        description=_("help_lifecycle_document", default="e.g. 莆政文〔2017〕88号"),
        required=False,
    )

    model.fieldset(
        "standard",
        label=_("fieldset_standard", default="One item, one standard"),
        fields=["standard_item"],
    )
    directives.widget(
        "standard_item",
        RelatedItemsFieldWidget,
        vocabulary="plone.app.vocabularies.Catalog",
        pattern_options={"selectableTypes": ["ApprovalItem"]},
    )
    standard_item = RelationChoice(
        title=_("label_standard_item", default="Standard item of the city"),
        description=_(
            "help_standard_item",
            default="For a county or township item: the city's item it follows. "
            "Name, category, base code and legal basis must be the same.",
        ),
        vocabulary="plone.app.vocabularies.Catalog",
        required=False,
    )

    model.fieldset(
        "exemption",
        label=_("fieldset_exemption", default="Reform office"),
        fields=["compliance_exemption"],
    )
    directives.read_permission(compliance_exemption="putian.policy.ViewCompliance")
    directives.write_permission(compliance_exemption="putian.policy.RecordExemption")
    compliance_exemption = schema.Text(
        title=_(
            "label_compliance_exemption",
            default="Exemption from the compliance findings",
        ),
        description=_(
            "help_compliance_exemption",
            default="Recorded by the reform office: why this item may be "
            "published although the checks report errors.",
        ),
        required=False,
    )

    directives.omitted("lifecycle_log")
    lifecycle_log = schema.List(
        title=_("label_lifecycle_log", default="Status changes"),
        value_type=schema.Dict(
            key_type=schema.TextLine(), value_type=schema.TextLine()
        ),
        required=False,
        readonly=True,
        default=[],
    )


@implementer(IApprovalItem)
class ApprovalItem(Container):
    """An item of a department; main items hold their sub-items."""

    lifecycle_log = ()

    # Methods, not properties: acquisition wrappers reach methods only.
    def get_department(self):
        """The implementing department (实施机构): the nearest Department."""
        return department_of(self)

    def get_main_item(self):
        """The main item of a sub-item, None for a main item."""
        parent = aq_parent(aq_inner(self))
        return parent if IApprovalItem.providedBy(parent) else None

    def allowedContentTypes(self, context=None):
        """One guide, one flow and one set of review rules per item; an
        item's working copy holds none (its original keeps them)."""
        allowed = super().allowedContentTypes(context)
        if IWorkingCopy.providedBy(self):
            return [fti for fti in allowed if fti.getId() not in ONE_PER_ITEM]
        present = {
            child.portal_type
            for child in self.objectValues()
            if not IWorkingCopy.providedBy(child)
        }
        return [fti for fti in allowed if fti.getId() not in present & ONE_PER_ITEM]

    @property
    def is_instant(self) -> bool:
        return is_instant_item(self.committed_limit_days)

    def implementation_code(self) -> str | None:
        department = self.get_department()
        if department is None or not self.base_code:
            return None
        try:
            return implementation_code(
                self.base_code, department.division_code, department.uscc
            )
        except ValueError:
            return None
