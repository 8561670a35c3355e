from plone.autoform import directives
from plone.dexterity.content import Container
from plone.supermodel import model
from putian.policy import _
from putian.policy.applications.interfaces import ICaseDocument
from putian.policy.rules.cases.applications import check_applicant_id
from putian.policy.rules.cases.applications import check_email
from putian.policy.rules.common.identifiers import check_phone
from putian.policy.validation import constraint_from
from zope import schema
from zope.interface import implementer


class IApplication(model.Schema):
    """One application and the case it becomes (申请与办件).

    The applicant's data is set once at submission; the case's progress
    (deadlines, notices, decision) is kept by ``applications.handling``.
    """

    receipt_number = schema.TextLine(
        title=_("label_receipt_number", default="Receipt number"), readonly=True
    )
    item_uid = schema.TextLine(
        title=_("label_case_item", default="Item"), readonly=True
    )
    item_title = schema.TextLine(
        title=_("label_case_item_title", default="Item applied for"), readonly=True
    )

    applicant_kind = schema.Choice(
        title=_("label_applicant_kind", default="Applicant"),
        vocabulary="putian.policy.ApplicantKinds",
    )
    applicant_name = schema.TextLine(
        title=_("label_applicant_name", default="Name of the applicant")
    )
    # Set at submission after the core's checks (R15); a change through an
    # edit form or a REST PATCH is held to the same checks.
    id_number = schema.TextLine(
        title=_("label_id_number", default="Resident ID or unified social credit code"),
        constraint=constraint_from(check_applicant_id),
    )
    phone = schema.TextLine(
        title=_("label_applicant_phone", default="Phone"),
        constraint=constraint_from(lambda value: check_phone(value, "phone")),
    )
    email = schema.TextLine(
        title=_("label_applicant_email", default="Email"),
        required=False,
        constraint=constraint_from(check_email),
    )
    channel = schema.Choice(
        title=_("label_channel", default="Channel"),
        vocabulary="putian.policy.ApplicationChannels",
        default="online",
    )
    delivery = schema.Choice(
        title=_("label_delivery", default="Delivery of the result"),
        vocabulary="putian.policy.DeliveryMethods",
        default="window",
    )
    postal_address = schema.TextLine(
        title=_("label_postal_address", default="Postal address"), required=False
    )

    model.fieldset(
        "case",
        label=_("fieldset_case", default="Case"),
        fields=[
            "submitted",
            "accepted_on",
            "statutory_deadline",
            "committed_deadline",
            "decided_on",
            "certificate_due",
        ],
    )
    directives.mode(submitted="display")
    submitted = schema.Datetime(
        title=_("label_submitted", default="Submitted"), required=False
    )
    directives.mode(accepted_on="display")
    accepted_on = schema.Date(
        title=_("label_accepted_on", default="Accepted on"), required=False
    )
    directives.mode(statutory_deadline="display")
    statutory_deadline = schema.Date(
        title=_("label_statutory_deadline", default="Statutory deadline"),
        required=False,
    )
    directives.mode(committed_deadline="display")
    committed_deadline = schema.Date(
        title=_("label_committed_deadline", default="Committed deadline"),
        required=False,
    )
    directives.mode(decided_on="display")
    decided_on = schema.Date(
        title=_("label_decided_on", default="Decided on"), required=False
    )
    directives.mode(certificate_due="display")
    certificate_due = schema.Date(
        title=_("label_certificate_due", default="Certificate due"), required=False
    )


@implementer(IApplication, ICaseDocument)
class Application(Container):
    """Its uploaded materials are Files inside it; so is its Certificate."""

    receipt_number = ""
    item_uid = ""
    item_title = ""
    query_code_digest = ""
    result_name = ""
    fees = ""
    # The item's limits when the case was filed: the promise it is held to.
    statutory_limit_days = None
    committed_limit_days = None
    form_data = ()
    # The materials asked for when the case was filed (name, requirement).
    materials_requested = ()
    # The case's paper trail, each a tuple of plain dicts, oldest first.
    correction_notices = ()
    suspensions = ()
    extension = None
    decision = None
    delivery_record = None
    forwarding = None
    rating = None
