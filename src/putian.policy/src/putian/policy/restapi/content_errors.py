"""plone.restapi's refusals of content writes, in Chinese and English.

plone.restapi's deserializer raises ``BadRequest`` with a list of
``{"field", "message"}`` in the visitor's language only, which plone.rest
answers as the list's Python repr with a traceback. On our site the
deserializer keeps each error's exception (``mask_validation_errors=False``)
and turns it into a finding in both languages: the core's own finding for
the rules (``RuleViolation``, ``RuleInvalid``), zope.schema's messages in
both catalogues for the others. The answer is the error of
``services.body.refused`` (``{"error": {"type", "code", "message",
"message_en", "findings"}}``), with plone.rest's top-level ``type`` and
``message`` kept for its clients.

Two of plone.restapi's field deserializers answered 500 to input of the
wrong shape and are held here to the same rule: a datagrid row that is not
an object (``'str' object has no attribute 'get'``), and a file whose
``encoding`` is no codec or whose base64 is not base64 (which was even stored,
as the lenient decoder drops what it cannot read). A file for one of our
types' fields must moreover be an accepted document (R17's ``check_upload``:
its content, not its name): a renamed executable is not a result sample.
"""

from collective.z3cform.datagridfield.deserializer import DatagridRowDeserializer
from plone.dexterity.utils import iterSchemata
from plone.rest.errors import ErrorHandling
from plone.restapi.deserializer.dxcontent import DeserializeFromJson
from plone.restapi.deserializer.dxfields import ChoiceFieldDeserializer
from plone.restapi.deserializer.dxfields import DefaultFieldDeserializer
from plone.restapi.deserializer.dxfields import NamedFieldDeserializer
from putian.policy.restapi.services.body import refused
from putian.policy.rules.cases.uploads import check_upload
from putian.policy.rules.common.findings import ERROR
from putian.policy.rules.common.findings import Finding
from zExceptions import BadRequest
from zope.i18n import translate
from zope.interface import Invalid
from zope.schema import getFields
from zope.schema import ValidationError
from zope.schema.interfaces import IBool
from zope.schema.interfaces import IChoice
from zope.schema.interfaces import IDate
from zope.schema.interfaces import IDatetime
from zope.schema.interfaces import IFloat
from zope.schema.interfaces import IInt

import base64
import binascii
import json
import re
import transaction


class FieldRefusal(ValidationError):
    """A value a field cannot take, said in both languages."""

    def __init__(self, finding: Finding) -> None:
        super().__init__(finding.message_zh)
        self.finding = finding

    def doc(self):
        return self.args[0]


def _refusal(code, zh, en, field=None) -> FieldRefusal:
    return FieldRefusal(Finding("API", ERROR, code, zh, en, field))


# --- Findings from plone.restapi's errors ------------------------------------

# What a field of this kind holds, for a value Python could not convert.
_KINDS = (
    (IBool, "是或否（true/false）", "true or false"),
    (IInt, "整数", "an integer"),
    (IFloat, "数字", "a number"),
    (IDatetime, "日期时间（ISO 8601）", "a date and time (ISO 8601)"),
    (IDate, "日期（YYYY-MM-DD）", "a date (YYYY-MM-DD)"),
    (IChoice, "可选值之一", "one of the values offered"),
)


_CJK = re.compile("[\u4e00-\u9fff]")


def _in_both(message) -> tuple[str, str]:
    return (
        translate(message, target_language="zh_CN"),
        translate(message, target_language="en"),
    )


def _named(field, zh, en) -> tuple[str, str]:
    if not field:
        return zh, en
    return f"字段“{field}”：{zh}", f"Field {field!r}: {en}"


def _kind_of(field) -> tuple[str, str]:
    for kind, kind_zh, kind_en in _KINDS:
        if field is not None and kind.providedBy(field):
            return f"应为{kind_zh}", f"must be {kind_en}"
    return "值无效", "invalid value"


def finding_of(error: dict, fields: dict) -> Finding:
    """The finding of one error of plone.restapi's deserializer."""
    exception = error.get("error")
    name = error.get("field")
    kept = getattr(exception, "finding", None)
    if isinstance(kept, Finding):
        zh, en = kept.message_zh, kept.message_en
        if kept.field is None:
            zh, en = _named(name, zh, en)
        return Finding(kept.rule, ERROR, kept.code, zh, en, name or kept.field)
    code = type(exception).__name__ if exception is not None else "invalid"
    zh = en = ""
    if isinstance(exception, ValidationError):
        zh, en = _in_both(exception.doc())
    elif isinstance(exception, Invalid):
        zh, en = _in_both(exception.args[0] if exception.args else code)
    if not _CJK.search(zh):
        # A conversion's ValueError (int("abc")), or a message no catalogue
        # has in Chinese: say what the field holds.
        zh, en = _kind_of(fields.get(name))
    zh, en = _named(name, zh, en)
    return Finding("API", ERROR, code, zh, en, name)


class ContentRefused(BadRequest):
    """A content write refused; ``findings`` say why in both languages."""

    def __init__(self, findings: list[Finding]) -> None:
        super().__init__("; ".join(finding.message_zh for finding in findings))
        self.findings = findings


class BilingualDeserializeFromJson(DeserializeFromJson):
    """plone.restapi's deserializer, refusing with findings in both languages."""

    def __call__(
        self, validate_all=False, data=None, create=False, mask_validation_errors=True
    ):
        try:
            return super().__call__(
                validate_all=validate_all,
                data=data,
                create=create,
                mask_validation_errors=False,
            )
        except BadRequest as error:
            errors = error.args[0] if error.args else None
            if not isinstance(errors, list):
                raise
            fields = {}
            for schema in iterSchemata(self.context):
                fields.update(getFields(schema))
            raise ContentRefused([finding_of(e, fields) for e in errors]) from None


# --- Plone's own BadRequests -------------------------------------------------

# plone.restapi's messages a client of ours meets, in Chinese.
_KNOWN = {
    "Property '@type' is required": "缺少“@type”：请写明要创建的内容类型",
}


def findings_of(exception: BadRequest) -> list[Finding]:
    if isinstance(exception, ContentRefused):
        return exception.findings
    en = str(exception.args[0]) if exception.args else "Bad request"
    zh = _KNOWN.get(en, "请求无效，请检查所填内容")
    return [Finding("API", ERROR, "bad_request", zh, en)]


class BadRequestAnswer(ErrorHandling):
    """400 for a BadRequest of a REST call: our error, plone.rest's keys."""

    def __call__(self):
        # plone.restapi's services raise after they may have written.
        transaction.doom()
        findings = findings_of(self.context)
        body = refused(self.request, findings)
        body["type"] = "BadRequest"
        body["message"] = "；".join(finding.message_zh for finding in findings)
        response = self.request.response
        response.setHeader("Content-Type", "application/json")
        response.setStatus(400, lock=1)
        response.setBody(json.dumps(body, indent=2, sort_keys=True), lock=1)


# --- Field deserializers that answered 500 -------------------------------------


_JSON_TYPES = {
    str: ("文本", "text"),
    int: ("数字", "a number"),
    float: ("数字", "a number"),
    bool: ("true/false", "true or false"),
    list: ("列表", "a list"),
}


class RowDeserializer(DatagridRowDeserializer):
    """A datagrid row must be a JSON object of the row's fields."""

    def __call__(self, row):
        if not isinstance(row, dict):
            zh, en = _JSON_TYPES.get(type(row), ("其他值", "another value"))
            raise _refusal(
                "row_not_object",
                f"每一行应为对象（{{…}}），而不是{zh}",
                f"each row must be an object ({{…}}), not {en}",
            )
        return super().__call__(row)


def _is_ours(field) -> bool:
    interface = getattr(field, "interface", None)
    return getattr(interface, "__module__", "").startswith("putian.")


class FileDeserializer(NamedFieldDeserializer):
    """plone.restapi's file shape with its data really base64; for our
    fields, an accepted document (R17)."""

    def __call__(self, value):
        name = self.field.__name__
        if isinstance(value, dict) and "data" in value:
            value = dict(value, data=self._decoded(value, name))
            value.pop("encoding", None)
        if (
            isinstance(value, dict)
            and value.get("data") == b""
            and _is_ours(self.field)
        ):
            # An empty upload would clear the field (null does that).
            for finding in check_upload(value.get("filename") or "", b"", field=name):
                raise FieldRefusal(finding)
        stored = super().__call__(value)
        if stored is not None and _is_ours(self.field):
            for finding in check_upload(stored.filename or "", stored.data, field=name):
                raise FieldRefusal(finding)
        return stored

    @staticmethod
    def _decoded(value: dict, name: str) -> bytes:
        data, encoding = value.get("data"), value.get("encoding")
        if not isinstance(data, str):
            raise _refusal(
                "file_data_not_text",
                f"文件“{name}”的data应为文本",
                f"The data of the file {name!r} must be text",
                name,
            )
        if encoding is None:
            return data.encode("utf-8")
        if encoding != "base64":
            raise _refusal(
                "file_encoding_unknown",
                f"文件“{name}”的encoding只能是base64",
                f"The encoding of the file {name!r} can only be base64",
                name,
            )
        try:
            return base64.b64decode("".join(data.split()), validate=True)
        except (binascii.Error, ValueError):
            raise _refusal(
                "upload_not_base64",
                f"文件“{name}”的内容不是有效的base64编码",
                f"The content of the file {name!r} is not valid base64",
                name,
            ) from None


class BooleanDeserializer(DefaultFieldDeserializer):
    """true or false, not a text read as false ("yes") nor a number."""

    def __call__(self, value):
        if value is not None and not isinstance(value, bool):
            raise _refusal("not_boolean", "应为true或false", "must be true or false")
        return super().__call__(value)


class ChoiceDeserializer(ChoiceFieldDeserializer):
    """A token is text (or a number): a list or an object was looked up in
    the vocabulary and answered 500 (unhashable type)."""

    def __call__(self, value):
        if isinstance(value, dict) and "token" in value:
            value = value["token"]
        if isinstance(value, list | dict):
            raise _refusal(
                "not_a_token",
                "应为可选值之一（文本）",
                "must be one of the values offered",
            )
        return super().__call__(value)


# What a 32-bit signed integer holds: the catalogue's integer indexes
# cannot hold more, and no count of days or copies comes near it.
MAX_INTEGER = 2**31 - 1


class IntegerDeserializer(DefaultFieldDeserializer):
    def __call__(self, value):
        number = super().__call__(value)
        if isinstance(number, int) and abs(number) > MAX_INTEGER:
            raise _refusal(
                "integer_out_of_range",
                f"数值超出范围（绝对值不能超过{MAX_INTEGER}）",
                f"the number is out of range (at most {MAX_INTEGER} either way)",
            )
        return number
