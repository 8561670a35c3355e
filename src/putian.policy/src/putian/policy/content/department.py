from Acquisition import aq_chain
from Acquisition import aq_inner
from plone.dexterity.content import Container
from plone.supermodel import model
from putian.policy import _
from putian.policy.rules.codes import check_division_code
from putian.policy.rules.identifiers import check_uscc
from putian.policy.rules.receipts import check_case_code
from putian.policy.validation import constraint_from
from zope import schema
from zope.interface import implementer


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


def department_of(obj):
    """The nearest Department at or above ``obj``, or None."""
    for candidate in aq_chain(aq_inner(obj)):
        if IDepartment.providedBy(candidate):
            return candidate
    return None


@implementer(IDepartment)
class Department(Container):
    """Department roles are local roles here, so each keeps to its own items."""
