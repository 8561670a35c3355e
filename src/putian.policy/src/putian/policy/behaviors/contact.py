from plone.autoform.interfaces import IFormFieldProvider
from plone.supermodel import model
from putian.policy import _
from putian.policy.rules.identifiers import check_phone
from putian.policy.validation import constraint_from
from zope import schema
from zope.interface import provider


@provider(IFormFieldProvider)
class IContactPhones(model.Schema):
    """Consultation and supervision phones (咨询电话, 监督电话; R4)."""

    consultation_phone = schema.TextLine(
        title=_("label_consultation_phone", default="Consultation phone"),
        description=_(
            "help_phone",
            default="A mobile, a landline with its area code (0594-2345678), "
            "or a service number such as 12345.",
        ),
        required=False,
        constraint=constraint_from(
            lambda value: check_phone(value, "consultation_phone")
        ),
    )

    supervision_phone = schema.TextLine(
        title=_("label_supervision_phone", default="Supervision phone"),
        description=_(
            "help_phone",
            default="A mobile, a landline with its area code (0594-2345678), "
            "or a service number such as 12345.",
        ),
        required=False,
        constraint=constraint_from(
            lambda value: check_phone(value, "supervision_phone")
        ),
    )
