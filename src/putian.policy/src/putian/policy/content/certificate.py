from plone.dexterity.content import Item
from plone.supermodel import model
from putian.policy import _
from putian.policy.applications.interfaces import ICaseDocument
from zope import schema
from zope.interface import implementer


# 证照状态.
VALID = "valid"
REVOKED = "revoked"


class ICertificate(model.Schema):
    """The licence (证照) granted by an approval: paper and e-certificate."""

    number = schema.TextLine(title=_("label_certificate_number", default="Number"))
    holder = schema.TextLine(title=_("label_certificate_holder", default="Holder"))
    item_title = schema.TextLine(title=_("label_certificate_item", default="Licence"))
    department_title = schema.TextLine(
        title=_("label_certificate_department", default="Issued by")
    )
    issued_on = schema.Date(title=_("label_issued_on", default="Issued on"))
    valid_until = schema.Date(
        title=_("label_valid_until", default="Valid until"),
        description=_("help_valid_until", default="Empty: valid without time limit"),
        required=False,
    )
    status = schema.Choice(
        title=_("label_certificate_status", default="Status"),
        vocabulary="putian.policy.CertificateStatuses",
        default=VALID,
    )
    revocation_reason = schema.TextLine(
        title=_("label_revocation_reason", default="Reason for revocation"),
        required=False,
    )


@implementer(ICertificate, ICaseDocument)
class Certificate(Item):
    """Verified by number and holder on the public verification page."""
