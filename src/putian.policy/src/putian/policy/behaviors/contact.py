from plone.autoform.interfaces import IFormFieldProvider
from plone.supermodel import model
from putian.policy import _
from putian.policy.rules.common.identifiers import check_phone
from putian.policy.validation import constraint_from
from zope import schema
from zope.interface import provider


def phone_field(name, title):
    """An optional phone number checked by the core's rule (R4)."""
    return schema.TextLine(
        title=title,
        description=_(
            "help_phone",
            default="A mobile, a landline with its area code (0594-2345678), "
            "or a service number such as 12345.",
        ),
        required=False,
        constraint=constraint_from(lambda value: check_phone(value, name)),
    )


@provider(IFormFieldProvider)
class IContactPhones(model.Schema):
    """Consultation and supervision phones (咨询电话, 监督电话; R4)."""

    consultation_phone = phone_field(
        "consultation_phone",
        _("label_consultation_phone", default="Consultation phone"),
    )
    supervision_phone = phone_field(
        "supervision_phone",
        _("label_supervision_phone", default="Supervision phone"),
    )
