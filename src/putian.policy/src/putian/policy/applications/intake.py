"""Turning a submission (the online form, REST, a window clerk) into a case.

One path for every channel: the core checks the applicant's data and each
file, the department's CaseFolder receives the Application with its
materials as Files, and the applicant gets a receipt number and a query
code.  Only the code's keyed digest is kept.
"""

from dataclasses import dataclass
from datetime import datetime
from plone import api
from plone.dexterity.utils import addContentToContainer
from plone.dexterity.utils import createContent
from plone.dexterity.utils import createContentInContainer
from plone.namedfile.file import NamedBlobFile
from putian.policy.applications.events import case_changed
from putian.policy.applications.folders import case_folder
from putian.policy.applications.interfaces import ICaseDocument
from putian.policy.applications.numbering import new_receipt_number
from putian.policy.applications.numbering import query_code_secret
from putian.policy.audit.recording import record
from putian.policy.content.department import department_of
from putian.policy.rules.calendar.clock import BEIJING
from putian.policy.rules.cases.applications import APPLICANT_TEXT_FIELDS
from putian.policy.rules.cases.applications import canonical_applicant
from putian.policy.rules.cases.applications import check_application
from putian.policy.rules.cases.applications import form_data_texts
from putian.policy.rules.cases.applications import requested_materials
from putian.policy.rules.cases.intake import check_intake_open
from putian.policy.rules.cases.receipts import new_query_code
from putian.policy.rules.cases.receipts import query_code_digest
from putian.policy.rules.cases.uploads import check_upload
from putian.policy.rules.cases.uploads import detect_type
from zope.interface import alsoProvides

import mimetypes


# The applicant's fields, as the core lists them with their limits.
APPLICANT_FIELDS = tuple(APPLICANT_TEXT_FIELDS)
_CONTENT_TYPES = {
    "pdf": "application/pdf",
    "ofd": "application/ofd",
    "jpg": "image/jpeg",
    "png": "image/png",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


@dataclass(frozen=True)
class Upload:
    """One file for one requested material (``field`` is material_N)."""

    field: str
    filename: str
    data: bytes


@dataclass
class Submitted:
    case: object
    receipt_number: str
    query_code: str


def guide_of(item):
    for child in item.objectValues():
        if child.portal_type == "ServiceGuide":
            return child
    return None


def requested_for(item) -> list:
    guide = guide_of(item)
    return requested_materials(guide.materials if guide is not None else ())


def intake_findings(item, at_window: bool = False) -> list:
    """Why ``item`` takes no application now ([] when it does): the one
    gate every channel passes (see ``rules.cases.intake``)."""
    return check_intake_open(
        api.content.get_state(item, default=None),
        getattr(item, "online_depth", None),
        getattr(item, "lifecycle_status", None),
        at_window=at_window,
    )


def check_submission(
    item, data: dict, uploads: list[Upload], at_window: bool = False
) -> list:
    """Every finding about the data and the files, each naming its field;
    for an item that takes no application, only why it does not."""
    closed = intake_findings(item, at_window)
    if closed:
        return closed
    requested = requested_for(item)
    known = {material.field for material in requested}
    uploaded = {upload.field: True for upload in uploads if upload.data}
    findings = check_application(data, requested, uploaded)
    for upload in uploads:
        if upload.field in known:
            findings += check_upload(upload.filename, upload.data, field=upload.field)
    return findings


def _add_material(case, material, upload: Upload, round_: int):
    kind = detect_type(upload.data)
    content_type = _CONTENT_TYPES.get(kind) or (
        mimetypes.guess_type(upload.filename)[0] or "application/octet-stream"
    )
    material_file = createContent(
        "File",
        title=material.name if round_ == 0 else f"{material.name}（补正{round_}）",
        file=NamedBlobFile(
            data=upload.data, filename=upload.filename, contentType=content_type
        ),
    )
    material_file.material_field = material.field
    # Marked before it is added, so it is indexed once and never in full text.
    alsoProvides(material_file, ICaseDocument)
    return addContentToContainer(case, material_file, checkConstraints=False)


def add_materials(case, uploads: list[Upload], round_: int = 0) -> list[str]:
    """Store the files in the case; the names of the materials received."""
    requested = {material.field: material for material in requested_for_case(case)}
    received = []
    for upload in uploads:
        material = requested.get(upload.field)
        if material is None or not upload.data:
            continue
        _add_material(case, material, upload, round_)
        received.append(material.name)
    return received


def requested_for_case(case) -> list:
    """The materials asked for when the case was filed, with their fields."""
    return requested_materials(case.materials_requested)


def submit(
    item, data: dict, uploads: list[Upload], form_data=None, at_window: bool = False
):
    """A new case of ``item``; (Submitted, []) or (None, findings).

    ``at_window``: window staff of the department enter it for an applicant
    in person (the caller checked their role); the online channels need
    the item's online acceptance.  ``form_data``: the fields an editor
    added to the form, each a ``rules.cases.applications.FormField`` or a bare
    value, stored as the core's texts (or refused with the rest)."""
    findings = check_submission(item, data, uploads, at_window=at_window)
    form_texts, form_findings = form_data_texts(form_data or {})
    if findings or form_findings:
        return None, findings + form_findings
    department = department_of(item)
    now = datetime.now(BEIJING)
    number = new_receipt_number(department, now.date())
    code = new_query_code()
    values = canonical_applicant(data)
    guide = guide_of(item)
    case = createContentInContainer(
        case_folder(department),
        "Application",
        checkConstraints=False,
        id=number.lower(),
        **values,
    )
    case.title = f"{number} {item.Title()}"
    case.receipt_number = number
    case.item_uid = api.content.get_uuid(item)
    case.item_title = item.Title()
    case.result_name = (guide.result_name if guide is not None else "") or ""
    case.fees = (guide.fee_standard if guide is not None else "") or ""
    case.statutory_limit_days = item.statutory_limit_days
    case.committed_limit_days = item.committed_limit_days
    case.materials_requested = tuple(
        {
            "name": material.name,
            "requirement": "required" if material.required else "conditional",
        }
        for material in requested_for(item)
    )
    case.submitted = now.replace(tzinfo=None)
    case.query_code_digest = query_code_digest(code, query_code_secret())
    case.form_data = form_texts
    received = add_materials(case, uploads)
    member = api.user.get_current()
    if not api.user.is_anonymous():
        case.manage_setLocalRoles(member.getId(), ["Applicant"])
    case.reindexObject()
    case_changed(case)
    record(
        case,
        "apply",
        after={
            "state": "submitted",
            "receipt_number": number,
            "item": item.Title(),
            "channel": values["channel"],
            "materials": received,
        },
        actor=None if not api.user.is_anonymous() else "applicant",
    )
    return Submitted(case, number, code), []
