from Acquisition import aq_chain
from Acquisition import aq_inner
from plone.dexterity.content import Container
from plone.supermodel import model
from putian.policy import _
from putian.policy.rules.cases.receipts import check_case_code
from putian.policy.rules.cases.remedies import check_remedy_organs
from putian.policy.rules.cases.remedies import proposed_remedy_organs
from putian.policy.rules.cases.remedies import recorded_or_proposed
from putian.policy.rules.catalogue.codes import check_division_code
from putian.policy.rules.common.identifiers import check_uscc
from putian.policy.validation import constraint_from
from putian.policy.validation import invalid_from
from zope import schema
from zope.interface import implementer
from zope.interface import invariant


def division_code_field(description, required=True):
    """An administrative division code checked by the core's rule (R2)."""
    return schema.TextLine(
        title=_("label_division_code", default="Administrative division code"),
        description=description,
        required=required,
        constraint=constraint_from(check_division_code),
    )


class IDepartment(model.Schema):
    """An organ that implements approval items (实施机构); holds its items."""

    uscc = schema.TextLine(
        title=_("label_uscc", default="Unified social credit code"),
        description=_("help_uscc", default="18 characters, e.g. 11350300003632104X"),
        constraint=constraint_from(check_uscc),
    )

    level = schema.Choice(
        title=_("label_level", default="Level"),
        vocabulary="putian.policy.Levels",
    )

    division_code = division_code_field(
        _("help_division_code", default="6 digits, e.g. 350300 Putian")
    )

    address = schema.TextLine(
        title=_("label_address", default="Address"),
        required=False,
    )

    case_code = schema.TextLine(
        title=_("label_case_code", default="Code in case numbers"),
        description=_(
            "help_case_code",
            default="2 to 12 capital letters or digits, e.g. SCJGJ; receipt "
            "numbers read SCJGJ-20261127-0001. Empty: the organisation code "
            "inside the credit code.",
        ),
        required=False,
        constraint=constraint_from(check_case_code),
    )

    parent_organ = schema.TextLine(
        title=_("label_parent_organ", default="Parent department or government"),
        required=False,
    )

    model.fieldset(
        "remedies",
        label=_("fieldset_remedies", default="Remedies against its decisions"),
        fields=["reconsideration_organ", "litigation_court"],
    )
    reconsideration_organ = schema.TextLine(
        title=_("label_reconsideration_organ", default="Reconsideration organ"),
        description=_(
            "help_reconsideration_organ",
            default="The organ that hears administrative reconsideration of "
            "this department's decisions, e.g. the people's government of "
            "Xianyou County for a department of the county. Empty: proposed "
            "from the level and the division.",
        ),
        required=False,
    )
    litigation_court = schema.TextLine(
        title=_("label_litigation_court", default="Court of first instance"),
        description=_(
            "help_litigation_court",
            default="The court that hears suits against this department's "
            "decisions at first instance, e.g. the people's court of Xianyou "
            "County. Empty: proposed from the level and the division.",
        ),
        required=False,
    )

    @invariant
    def remedies_follow_from_level_and_division(data):
        """R13: what the denial notice will name is consistent with the
        department's level and division (blank names are proposed)."""
        level = getattr(data, "level", None)
        division = getattr(data, "division_code", None)
        organ = getattr(data, "reconsideration_organ", None)
        court = getattr(data, "litigation_court", None)
        proposal = proposed_remedy_organs(level, division)
        invalid_from(
            check_remedy_organs(
                level,
                division,
                organ or (proposal.reconsideration_organ if proposal else None),
                court or (proposal.litigation_court if proposal else None),
            )
        )


def department_of(obj):
    """The nearest Department at or above ``obj``, or None."""
    for candidate in aq_chain(aq_inner(obj)):
        if IDepartment.providedBy(candidate):
            return candidate
    return None


def remedy_organs_of(department):
    """The department's reconsideration organ and court (RemedyOrgans), its
    record's or, where blank, the core's proposal; None when unknown."""
    return recorded_or_proposed(
        department.level,
        department.division_code,
        department.reconsideration_organ,
        department.litigation_court,
    )


def fill_remedy_organs(department, event=None) -> bool:
    """Record the proposed names where the record is blank; True when any
    was filled.  On add and edit, and by upgrade 1017."""
    proposal = proposed_remedy_organs(department.level, department.division_code)
    if proposal is None:
        return False
    filled = False
    for name in ("reconsideration_organ", "litigation_court"):
        if not (getattr(department, name, None) or "").strip():
            setattr(department, name, getattr(proposal, name))
            filled = True
    return filled


@implementer(IDepartment)
class Department(Container):
    """Department roles are local roles here, so each keeps to its own items."""
