"""What an application must hold when it is submitted (R12, R17).

The applicant is a person (resident ID) or an organisation (unified social
credit code); the materials asked of the applicant are the guide's
materials that the department does not fetch itself by data sharing
(R16), each a file of an accepted type (``uploads.check_upload``).
"""

from collections.abc import Mapping
from collections.abc import Sequence
from datetime import date
from datetime import datetime
from datetime import time
from decimal import Decimal
from putian.policy.rules.cases.workflow import OPEN_STATES
from putian.policy.rules.catalogue.terms import Term
from putian.policy.rules.common.errors import RuleInputError
from putian.policy.rules.common.findings import ERROR
from putian.policy.rules.common.findings import Finding
from putian.policy.rules.common.identifiers import check_phone
from putian.policy.rules.common.identifiers import check_resident_id
from putian.policy.rules.common.identifiers import check_uscc
from putian.policy.rules.common.identifiers import normalize_phone
from putian.policy.rules.common.identifiers import normalize_resident_id
from putian.policy.rules.common.identifiers import normalize_uscc
from putian.policy.rules.common.inputs import applicant_text
from putian.policy.rules.common.inputs import chosen_token
from putian.policy.rules.common.inputs import entries
from putian.policy.rules.common.inputs import flag
from putian.policy.rules.common.inputs import mapping
from putian.policy.rules.common.inputs import text
from types import MappingProxyType
from typing import NamedTuple

import re


APPLICATION_RULE = "R12"

# 申请人类型.
APPLICANT_KINDS = (
    Term("person", "自然人", "Person"),
    Term("organisation", "法人或其他组织", "Organisation"),
)

# 申请渠道.
APPLICATION_CHANNELS = (
    Term("online", "网上申报", "Online"),
    Term("window", "窗口申请", "At the service window"),
    Term("mobile", "移动端申报", "Mobile"),
    Term("self_service", "自助终端", "Self-service terminal"),
)

# 结果送达方式.
DELIVERY_METHODS = (
    Term("window", "窗口领取", "Pick up at the window"),
    Term("post", "邮寄送达", "By post"),
)

MAX_NAME_LENGTH = 100
MAX_ADDRESS_LENGTH = 200
# 18 characters, with room for the spaces or hyphens people type.
MAX_ID_NUMBER_LENGTH = 32
MAX_PHONE_LENGTH = 30
# RFC 5321: a forward path holds at most 254 characters of address.
MAX_EMAIL_LENGTH = 254
# A vocabulary token is short; a long one is not worth echoing.
MAX_TOKEN_LENGTH = 32
# What the applicant writes with a resubmission or a withdrawal.
MAX_NOTE_LENGTH = 500

# Every field of the applicant, with its name and its length limit: each is
# text of one line (``inputs.applicant_text``) before any other rule.
APPLICANT_TEXT_FIELDS = MappingProxyType(
    {
        "applicant_kind": ("申请人类型", "kind of applicant", MAX_TOKEN_LENGTH),
        "applicant_name": ("申请人名称", "applicant's name", MAX_NAME_LENGTH),
        "id_number": ("证件号码", "ID number", MAX_ID_NUMBER_LENGTH),
        "phone": ("联系电话", "phone number", MAX_PHONE_LENGTH),
        "email": ("电子邮箱", "email address", MAX_EMAIL_LENGTH),
        "channel": ("申请渠道", "channel", MAX_TOKEN_LENGTH),
        "delivery": ("结果送达方式", "delivery of the result", MAX_TOKEN_LENGTH),
        "postal_address": ("邮寄地址", "postal address", MAX_ADDRESS_LENGTH),
    }
)

# Fields an editor adds to an application form (collective.easyform): a
# text of one line, or of several (a Text field); each choice of a
# multiple choice is listed as Chinese lists, joined by 、.
MAX_FORM_LINE_LENGTH = 200
MAX_FORM_TEXT_LENGTH = 2000
FORM_FIELD_CODE = "form_field"
CHOICE_SEPARATOR = "、"
YES_NO = ("是", "否")

# Enough to catch a typo; the mail server is the judge of the rest.
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


class RequestedMaterial(NamedTuple):
    """A material the applicant uploads: its form field and whether it is
    always required (a conditional one depends on the applicant's case)."""

    field: str
    name: str
    required: bool


def material_field(number: int) -> str:
    """The form field of the ``number``-th requested material (1-based)."""
    return f"material_{number}"


def requested_materials(materials: Sequence | None) -> list[RequestedMaterial]:
    """The guide's materials asked of the applicant, in the guide's order.

    A material the department obtains by data sharing is never asked for
    (R16): the applicant uploads nothing for it.
    """
    requested = []
    for material in entries(materials, "申请材料", "materials"):
        name = text(material.get("name"), "材料名称", "material name")
        if name is None:
            continue
        if flag(
            material.get("obtained_by_sharing"),
            "是否共享获取",
            "obtained by sharing",
        ):
            continue
        requested.append(
            RequestedMaterial(
                material_field(len(requested) + 1),
                name,
                material.get("requirement", "required") != "conditional",
            )
        )
    return requested


def _finding(code: str, zh: str, en: str, field: str) -> Finding:
    return Finding(APPLICATION_RULE, ERROR, code, zh, en, field)


def _applicant_findings(data: Mapping) -> list[Finding]:
    kind, findings = chosen_token(
        data,
        "applicant_kind",
        APPLICANT_KINDS,
        APPLICATION_RULE,
        ("申请人类型", "kind of applicant"),
    )
    name = text(data.get("applicant_name"), "申请人名称", "applicant's name")
    if name is None:
        findings.append(
            _finding(
                "applicant_name_missing",
                "请填写申请人姓名或单位名称",
                "Enter the applicant's name",
                "applicant_name",
            )
        )
    if kind in _CANONICAL_ID:
        findings += check_applicant_id(data.get("id_number"), kind)
    return findings


def check_email(value: object, field: str = "email") -> list[Finding]:
    """R15: an e-mail address, when one is given, is one."""
    email = text(value, "电子邮箱", "email")
    if email is None or _EMAIL.fullmatch(email):
        return []
    return [
        _finding(
            "email_invalid",
            f"电子邮箱“{email}”格式不正确",
            f"{email!r} is not an email address",
            field,
        )
    ]


def check_applicant_id(
    value: object, kind: str | None = None, field: str = "id_number"
) -> list[Finding]:
    """R15: a person's resident ID number or an organisation's credit code;
    with the kind unknown, either (the findings of the one it resembles:
    a credit code has letters, an ID number at most a final X)."""
    if kind == "person":
        return check_resident_id(value, field)
    if kind == "organisation":
        return check_uscc(value, field)
    as_id, as_code = check_resident_id(value, field), check_uscc(value, field)
    if not as_id or not as_code:
        return []
    looks_like_id = isinstance(value, str) and value.strip()[:17].isdigit()
    return as_id if looks_like_id else as_code


def _contact_findings(data: Mapping) -> list[Finding]:
    findings = check_phone(data.get("phone"), "phone")
    findings += check_email(data.get("email"))
    channel, channel_findings = chosen_token(
        data,
        "channel",
        APPLICATION_CHANNELS,
        APPLICATION_RULE,
        ("申请渠道", "channel"),
    )
    findings += channel_findings
    delivery, delivery_findings = chosen_token(
        data,
        "delivery",
        DELIVERY_METHODS,
        APPLICATION_RULE,
        ("结果送达方式", "delivery of the result"),
        missing_zh="请选择",
    )
    findings += delivery_findings
    address = text(data.get("postal_address"), "邮寄地址", "postal address")
    if delivery == "post" and address is None:
        findings.append(
            _finding(
                "postal_address_missing",
                "选择邮寄送达时必须填写邮寄地址",
                "Delivery by post needs a postal address",
                "postal_address",
            )
        )
    return findings


def _text_findings(data: Mapping) -> tuple[dict, list[Finding]]:
    """Each applicant field as text of one line within its limit; a field
    refused here is None in the values the other rules read."""
    values, findings = {}, []
    for field, (what_zh, what_en, limit) in APPLICANT_TEXT_FIELDS.items():
        value, refused = applicant_text(
            data.get(field), field, (what_zh, what_en), APPLICATION_RULE, limit
        )
        values[field] = value
        findings += refused
    return values, findings


def check_application(
    data: Mapping,
    requested: Sequence[RequestedMaterial],
    uploaded: Mapping[str, bool],
) -> list[Finding]:
    """R12: who applies, how to reach them and get the result to them, and
    every always-required material uploaded.

    ``data`` holds applicant_kind, applicant_name, id_number, phone, email,
    channel, delivery, postal_address; ``uploaded`` maps a material's field
    to whether a file came for it (the files themselves are checked by
    ``uploads.check_upload``).  Each finding names the form field.  A value
    that is not text, too long or holds a refused character is one finding
    for its field (``APPLICANT_TEXT_FIELDS``), whatever else it breaks.
    """
    if not isinstance(data, Mapping):
        raise RuleInputError(
            "invalid_mapping",
            "申请数据必须是字段映射",
            f"The application must be a mapping of fields, not {type(data).__name__}",
        )
    values, findings = _text_findings(data)
    refused = {finding.field for finding in findings}
    findings += [
        finding
        for finding in _applicant_findings(values) + _contact_findings(values)
        if finding.field not in refused
    ]
    for material in requested:
        if material.required and not uploaded.get(material.field):
            findings.append(
                _finding(
                    "material_missing",
                    f"请上传必须提交的材料“{material.name}”",
                    f"Upload the required material {material.name!r}",
                    material.field,
                )
            )
    return findings


_CANONICAL_ID = {"person": normalize_resident_id, "organisation": normalize_uscc}


def canonical_applicant(data: Mapping) -> dict:
    """The applicant's fields as stored, once ``check_application`` found
    nothing wrong: texts stripped, the ID number and the phone in their
    canonical form (what an input method types full-width, in lower case or
    with spaces is the same number).
    """
    values = {}
    for name in APPLICANT_TEXT_FIELDS:
        value = data.get(name)
        values[name] = value.strip() if isinstance(value, str) else value
    canonical_id = _CANONICAL_ID.get(values["applicant_kind"])
    if canonical_id is not None and values["id_number"]:
        values["id_number"] = canonical_id(values["id_number"])
    else:
        values["id_number"] = (values["id_number"] or "").upper()
    if values["phone"]:
        values["phone"] = normalize_phone(values["phone"])
    return values


class FormField(NamedTuple):
    """A field an editor added to the application form: its title (the
    findings name it), the applicant's value, and whether it is a text of
    several lines."""

    title: str
    value: object
    multiline: bool = False


class _NotText(Exception):
    """A value that has no text form (a file, a nested list, NaN)."""


def _scalar_text(value: object) -> str | None:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool):
        return YES_NO[0] if value else YES_NO[1]
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        value = Decimal(repr(value))
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise _NotText
        # Plain digits, never an exponent: 1E+3 is 1000.
        return format(value, "f")
    # A datetime is a date too: it goes first.
    if isinstance(value, datetime | time):
        exact = value.second or value.microsecond
        spec = "seconds" if exact else "minutes"
        if isinstance(value, datetime):
            return value.isoformat(sep=" ", timespec=spec)
        return value.isoformat(timespec=spec)
    if isinstance(value, date):
        return value.isoformat()
    raise _NotText


def _form_value_text(value: object) -> str | None:
    """The text an extra field's value is stored as (see ``form_data_texts``)."""
    if isinstance(value, list | tuple | set | frozenset):
        choices = [_scalar_text(choice) for choice in value]
        choices = [choice.strip() for choice in choices if choice and choice.strip()]
        # A set has no order; what is stored must be the same every time.
        if isinstance(value, set | frozenset):
            choices.sort()
        return CHOICE_SEPARATOR.join(choices)
    return _scalar_text(value)


def form_data_texts(fields: Mapping) -> tuple[dict[str, str], list[Finding]]:
    """R12: the fields an editor added to an application form, as the texts
    to store ({field: text}, []), or ({}, a finding per refused field).

    Each value of ``fields`` is a ``FormField`` or the bare value (a field
    of one line, named by its id).  Values become text: a yes/no 是/否, a
    number its digits, a date ISO 8601 (2025-01-24, 2025-01-24 09:30,
    14:30), the choices of a multiple choice joined by 、 (a set's
    sorted), an unanswered field "".  Then the applicant text rules apply
    (``inputs.applicant_text``): at most ``MAX_FORM_LINE_LENGTH``
    characters on one line or ``MAX_FORM_TEXT_LENGTH`` in several, no
    control character, lone surrogate or bidi override.  A value with no
    text form (a file, a nested list, NaN) is refused as not text.  Codes:
    ``form_field_not_text``, ``form_field_too_long``,
    ``form_field_invalid_characters``, each naming its field.
    """
    mapping_of_fields = mapping(fields, "表单附加字段", "extra form fields")
    texts, findings = {}, []
    for name, field in mapping_of_fields.items():
        if not isinstance(field, FormField):
            field = FormField(name, field)
        title = text(field.title, "字段标题", "field title") or name
        try:
            value = _form_value_text(field.value)
        except _NotText:
            value = field.value
        limit = MAX_FORM_TEXT_LENGTH if field.multiline else MAX_FORM_LINE_LENGTH
        stored, refused = applicant_text(
            value,
            name,
            (f"“{title}”", f"field “{title}”"),
            APPLICATION_RULE,
            limit,
            multiline=bool(field.multiline),
            code_prefix=FORM_FIELD_CODE,
        )
        findings += refused
        texts[name] = stored or ""
    return ({} if findings else texts), findings


def check_applicant_note(
    value: object, field: str, what: tuple[str, str] = ("说明", "note")
) -> list[Finding]:
    """R12: what the applicant writes with a resubmission or a withdrawal:
    optional text of at most ``MAX_NOTE_LENGTH`` characters, line breaks
    allowed, no other control character."""
    return applicant_text(
        value, field, what, APPLICATION_RULE, MAX_NOTE_LENGTH, multiline=True
    )[1]


def check_delivery(method: str | None, tracking_number: str | None) -> list[Finding]:
    """R13: how the result reached the applicant; by post, with the
    tracking number of the parcel."""
    method, findings = chosen_token(
        {"delivery_method": method},
        "delivery_method",
        DELIVERY_METHODS,
        "R13",
        ("送达方式", "delivery method"),
        missing_zh="请选择",
    )
    if (
        method == "post"
        and text(tracking_number, "快递单号", "tracking number") is None
    ):
        findings.append(
            Finding(
                "R13",
                ERROR,
                "tracking_number_missing",
                "邮寄送达须填写快递单号，便于申请人查询",
                "Delivery by post needs the parcel's tracking number",
                "tracking_number",
            )
        )
    return findings


# What the applicant does next, by case state (shown on the tracking page).
NEXT_STEPS = {
    "submitted": (
        "申请已提交，等待窗口工作人员受理，请留意短信或本页进度",
        "Submitted; waiting for the window to accept it",
    ),
    "correction": (
        "请按补正告知书一次性补齐材料，并在本页重新提交",
        "Correct the materials listed in the notice and resubmit them on this page",
    ),
    "rejected_intake": (
        "申请不予受理，理由见下方；如有异议可咨询窗口",
        "The application was not accepted; see the reason below",
    ),
    "accepted": (
        "申请已受理，请等待审查；可下载受理通知书",
        "Accepted; waiting for review. The acceptance receipt can be downloaded",
    ),
    "in_review": ("申请正在审查中", "The application is being reviewed"),
    "suspended": (
        "审查进入特殊环节（暂停计时），原因和预计时间见下方",
        "Review is suspended for a special step; see the reason and expected time",
    ),
    "approved": (
        "准予许可，证照正在制发，将按您选择的方式送达",
        "Approved; the certificate is being issued and will be delivered as you chose",
    ),
    "denied": (
        "不予许可，理由和救济途径见下方",
        "Denied; the reasons and your remedies are below",
    ),
    "delivered": (
        "办结，证照已送达；欢迎对本次服务进行评价",
        "Completed and delivered; please rate the service",
    ),
    "withdrawn": ("申请已撤回", "The application was withdrawn"),
}


# From the bottom up: a department forwards to one of a higher level (R12).
LEVEL_ORDER = ("village", "township", "county", "city")


def check_forwarding_target(from_level: str | None, to_level: str | None) -> list:
    """R12: a township or county organ forwards to an upper-level organ."""
    if from_level not in LEVEL_ORDER[:-1]:
        return [
            Finding(
                "R12",
                ERROR,
                "forwarding_not_lower_level",
                "只有县（区）级、乡镇（街道）级或村（社区）级机关需要向上级机关报送申请材料",
                "Only county, township or village organs forward applications to "
                "an upper level",
                "department",
            )
        ]
    if to_level not in LEVEL_ORDER or LEVEL_ORDER.index(to_level) <= LEVEL_ORDER.index(
        from_level
    ):
        return [
            Finding(
                "R12",
                ERROR,
                "forwarding_not_upper_level",
                "申请材料应报送上级机关（层级须高于本机关）",
                "The application must go to an organ of a higher level",
                "department",
            )
        ]
    return []


def _forwarding_finding(code: str, zh: str, en: str) -> Finding:
    return Finding("R12", ERROR, code, zh, en, "department")


def check_forward(
    may_forward: bool,
    forwarded: bool,
    state: str,
    from_level: str | None,
    to_level: str | None,
) -> list[Finding]:
    """R12: whether the signed-in person may forward this case now.

    ``may_forward``: they forward for the case's own department (its window
    clerks); ``forwarded``: the case went up already; ``state``: the case's
    workflow state; ``to_level`` is None when no upper organ was chosen.
    The first obstacle alone is reported, in that order.
    """
    if not may_forward:
        return [
            _forwarding_finding(
                "forwarding_not_authorized",
                "只有本机关的窗口工作人员可以报送申请材料",
                "Only a window clerk of this organ may forward the application",
            )
        ]
    if forwarded:
        return [
            _forwarding_finding(
                "forwarding_done",
                "该申请已报送上级机关",
                "The application has already been forwarded",
            )
        ]
    if state not in OPEN_STATES:
        return [
            _forwarding_finding(
                "forwarding_case_closed",
                "已办结或已撤回的申请无需报送",
                "A closed case is not forwarded",
            )
        ]
    if to_level is None:
        return [
            _forwarding_finding(
                "forwarding_target_missing",
                "请选择接收申请材料的上级机关",
                "Choose the upper-level organ to forward to",
            )
        ]
    return check_forwarding_target(from_level, to_level)


def check_acknowledgement(
    forwarded_here: bool, may_acknowledge: bool, acknowledged: bool
) -> list[Finding]:
    """R12: whether the signed-in person may acknowledge a forwarded case.

    ``forwarded_here``: the case was forwarded to an organ that exists;
    ``may_acknowledge``: they act for that organ (its window clerks);
    ``acknowledged``: receipt was confirmed already.  The first obstacle
    alone is reported.
    """
    if not forwarded_here:
        return [
            _forwarding_finding(
                "forwarding_missing",
                "该申请未报送本机关",
                "The application was not forwarded to this organ",
            )
        ]
    if not may_acknowledge:
        return [
            _forwarding_finding(
                "acknowledgement_not_authorized",
                "只有接收机关的窗口工作人员可以确认收到",
                "Only a window clerk of the receiving organ may acknowledge it",
            )
        ]
    if acknowledged:
        return [
            _forwarding_finding(
                "forwarding_acknowledged",
                "已确认收到，无需重复确认",
                "Receipt has already been acknowledged",
            )
        ]
    return []
