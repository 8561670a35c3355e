"""The JSON body of our POST and PATCH services, read safely.

Every custom service reads its body through ``json_object``: it answers a
refusal in Chinese and English (never a 500) for a body that is not a JSON
object, is not UTF-8, is too large or too deeply nested, or holds a value of
the wrong type for a field. It also requires ``Content-Type:
application/json``: a cross-site "simple" request (an HTML form, or a script
without a CORS preflight) cannot send it, so a login cookie alone can never
take a case step, revoke a certificate or forward a case.
"""

from putian.policy.applications.intake import Upload
from putian.policy.restapi.services.errors import refused
from putian.policy.rules.common.findings import ERROR
from putian.policy.rules.common.findings import Finding

import base64
import binascii
import json
import math
import re


MIB = 1024 * 1024
# A case step, a revocation, a calendar year: a few KB in practice.
MAX_BODY_BYTES = 1 * MIB
# Applications and resubmissions carry their files base64-encoded (4/3 of
# their size): room for several files at the upload limit of R17.
MAX_UPLOAD_BODY_BYTES = 200 * MIB
# Our deepest legitimate body is materials -> material_N -> fields (3).
MAX_DEPTH = 16

JSON_MEDIA_TYPE = "application/json"

# A JSON string; what is left once they are taken out holds every bracket.
_STRINGS = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_OPENING = frozenset(b"[{")
_CLOSING = frozenset(b"]}")


class BadBody(Exception):
    """A request body we refuse, said in Chinese and English."""

    def __init__(
        self,
        code: str,
        message_zh: str,
        message_en: str,
        field: str | None = None,
        status: int = 400,
    ) -> None:
        super().__init__(f"{message_en} [{code}]")
        self.code = code
        self.message_zh = message_zh
        self.message_en = message_en
        self.field = field
        self.status = status

    def finding(self) -> Finding:
        return Finding(
            "API", ERROR, self.code, self.message_zh, self.message_en, self.field
        )

    def reply(self, request) -> dict:
        return refused(request, [self.finding()], status=self.status)


# --- Field types ----------------------------------------------------------


class Kind:
    """What a field's value must be, named in Chinese and English and
    tested by ``test``; ``mismatch`` names the first wrong spot."""

    def __init__(self, zh: str, en: str, test) -> None:
        self.zh, self.en, self._test = zh, en, test

    def matches(self, value) -> bool:
        return self._test(value)

    def mismatch(self, value, path: str) -> BadBody | None:
        if self.matches(value):
            return None
        return BadBody(
            "body_field_type",
            f"字段“{path}”应为{self.zh}",
            f"The field {path!r} must be {self.en}",
            field=path,
        )


# Longest text one field of a body may hold (a file's base64 "data" is
# measured by the body's limit instead); a field the core bounds tighter
# (an applicant's name, a phone) says so with its own finding.
MAX_TEXT_LENGTH = 100_000


class Text(Kind):
    """A JSON string of at most MAX_TEXT_LENGTH characters."""

    def __init__(self) -> None:
        super().__init__("文本", "text", lambda value: isinstance(value, str))

    def mismatch(self, value, path: str) -> BadBody | None:
        wrong = super().mismatch(value, path)
        if wrong is None and len(value) > MAX_TEXT_LENGTH:
            wrong = text_too_long(path)
        return wrong


def text_too_long(path: str) -> BadBody:
    return BadBody(
        "text_too_long",
        f"字段“{path}”过长：不能超过{MAX_TEXT_LENGTH}个字符",
        f"The field {path!r} is too long: at most {MAX_TEXT_LENGTH} characters",
        field=path,
    )


TEXT = Text()
# For fields whose length the core bounds with its own finding (an
# applicant's name, e-mail, phone...): the body's limit is enough here.
CHECKED_TEXT = Kind("文本", "text", lambda value: isinstance(value, str))
INTEGER = Kind(
    "整数",
    "an integer",
    lambda value: isinstance(value, int) and not isinstance(value, bool),
)
BOOLEAN = Kind(
    "是或否（true/false）",
    "true or false",
    lambda value: value is True or value is False,
)


class ListOf(Kind):
    """A JSON array whose every element is of ``kind``."""

    def __init__(self, kind: Kind) -> None:
        super().__init__(
            f"由{kind.zh}组成的列表",
            f"a list of {kind.en}",
            lambda value: isinstance(value, list),
        )
        self.kind = kind

    def mismatch(self, value, path: str) -> BadBody | None:
        wrong = super().mismatch(value, path)
        for index, element in enumerate(value if wrong is None else ()):
            wrong = self.kind.mismatch(element, f"{path}[{index}]")
            if wrong is not None:
                break
        return wrong


_OBJECT = ("对象（JSON对象）", "an object", lambda value: isinstance(value, dict))


class ObjectOf(Kind):
    """A JSON object; the ``fields`` it names, when present and not null,
    are of their kind. Other keys are left to the service."""

    def __init__(self, fields: dict[str, Kind]) -> None:
        super().__init__(*_OBJECT)
        self.fields = fields

    def mismatch(self, value, path: str) -> BadBody | None:
        wrong = super().mismatch(value, path)
        if wrong is not None:
            return wrong
        for name, kind in self.fields.items():
            if value.get(name) is None:
                continue
            wrong = kind.mismatch(value[name], f"{path}.{name}" if path else name)
            if wrong is not None:
                return wrong
        return None


class MapOf(Kind):
    """A JSON object whose every value is of ``kind`` (any keys)."""

    def __init__(self, kind: Kind) -> None:
        super().__init__(*_OBJECT)
        self.kind = kind

    def mismatch(self, value, path: str) -> BadBody | None:
        wrong = super().mismatch(value, path)
        for key, element in value.items() if wrong is None else ():
            wrong = self.kind.mismatch(element, f"{path}.{key}")
            if wrong is not None:
                break
        return wrong


# plone.restapi's file shape, as @apply and @track's resubmission take it.
UPLOADS = MapOf(
    ObjectOf({"data": TEXT, "encoding": TEXT, "filename": TEXT, "content-type": TEXT})
)


def decode_uploads(materials) -> tuple[list[Upload], list[Finding]]:
    """The files of an ``UPLOADS`` field, one per material field, and a
    finding for each whose content is not the base64 it says it is."""
    uploads, findings = [], []
    for field, value in (materials or {}).items():
        if not isinstance(value, dict):
            continue
        try:
            data = value.get("data") or ""
            raw = (
                base64.b64decode(data, validate=True)
                if value.get("encoding") == "base64"
                else data.encode("utf-8")
            )
        except (binascii.Error, ValueError):
            findings.append(
                Finding(
                    "R17",
                    ERROR,
                    "upload_not_base64",
                    f"文件“{value.get('filename')}”的内容不是有效的base64编码",
                    f"The content of {value.get('filename')!r} is not valid base64",
                    field,
                )
            )
            continue
        uploads.append(Upload(field, value.get("filename") or "", raw))
    return uploads, findings


def check_fields(body: dict, fields: dict[str, Kind]) -> None:
    """Raise BadBody for the first field of ``body`` not of its kind."""
    wrong = ObjectOf(fields).mismatch(body, "")
    if wrong is not None:
        raise wrong


# --- Reading ----------------------------------------------------------------


def _media_type(request) -> tuple[str, dict]:
    header = request.getHeader("Content-Type") or ""
    media_type, *parameters = (part.strip() for part in header.split(";"))
    params = {}
    for parameter in parameters:
        name, _, value = parameter.partition("=")
        params[name.strip().lower()] = value.strip().strip('"').lower()
    return media_type.lower(), params


def _check_content_type(request) -> None:
    media_type, params = _media_type(request)
    if media_type != JSON_MEDIA_TYPE:
        raise BadBody(
            "body_not_json",
            "请求正文应为JSON，并以“Content-Type: application/json”发送",
            "The body must be JSON, sent with 'Content-Type: application/json'",
            status=415,
        )
    if params.get("charset", "utf-8") not in ("utf-8", "utf8"):
        raise BadBody(
            "body_not_utf8",
            "请求正文应使用UTF-8编码",
            "The body must be encoded in UTF-8",
            status=415,
        )


def _too_large(max_bytes: int) -> BadBody:
    return BadBody(
        "body_too_large",
        f"请求正文不能超过{max_bytes / MIB:.0f} MB",
        f"The body must not exceed {max_bytes / MIB:.0f} MB",
        status=413,
    )


def _raw_body(request, max_bytes: int) -> bytes:
    declared = request.getHeader("Content-Length")
    try:
        if declared is not None and int(declared) > max_bytes:
            raise _too_large(max_bytes)
    except ValueError:
        pass  # Zope itself reads what was sent; measured below
    raw = request.get("BODY") or b""
    if isinstance(raw, str):
        raw = raw.encode("utf-8", "surrogateescape")
    if len(raw) > max_bytes:
        raise _too_large(max_bytes)
    return raw


def _not_json() -> BadBody:
    return BadBody(
        "body_not_json",
        "请求正文不是有效的JSON",
        "The body is not valid JSON",
    )


def _no_constant(name: str):
    raise ValueError(f"{name} is not JSON")  # Python's json reads NaN, Infinity


def _finite(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):
        raise ValueError(f"{text} is out of range")
    return number


def _too_deep(max_depth: int) -> BadBody:
    return BadBody(
        "body_too_deep",
        f"请求正文嵌套不能超过{max_depth}层",
        f"The body must not be nested more than {max_depth} levels deep",
    )


def _check_depth(raw: bytes, max_depth: int) -> None:
    """Before parsing: brackets outside strings never nest beyond max_depth."""
    if raw.count(b"[") + raw.count(b"{") <= max_depth:
        return
    depth = 0
    for byte in _STRINGS.sub(b"", raw):
        if byte in _OPENING:
            depth += 1
            if depth > max_depth:
                raise _too_deep(max_depth)
        elif byte in _CLOSING:
            depth -= 1


def _check_strings(value, path: str = "") -> None:
    """No lone surrogate (``"\\ud800"``): it can be neither stored as UTF-8
    nor shown on a page."""
    stack = [(value, path)]
    while stack:
        value, path = stack.pop()
        if isinstance(value, dict):
            for key, element in value.items():
                _check_text(key, path)
                stack.append((element, f"{path}.{key}" if path else key))
        elif isinstance(value, list):
            stack.extend(
                (element, f"{path}[{index}]") for index, element in enumerate(value)
            )
        elif isinstance(value, str):
            _check_text(value, path)


def _check_text(text: str, path: str) -> None:
    if text.isascii():
        return
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise BadBody(
            "body_invalid_character",
            f"字段“{path}”含有无效的字符（单独的代理码位）",
            f"The field {path!r} holds an invalid character (a lone surrogate)",
            field=path or None,
        ) from None


def json_object(
    request,
    fields: dict[str, Kind] | None = None,
    max_bytes: int = MAX_BODY_BYTES,
    max_depth: int = MAX_DEPTH,
) -> dict:
    """The request's body as a JSON object, or BadBody saying why not.

    An empty body is an empty object (a step without paper). ``fields``
    gives the kind of the fields the service reads (null means absent).
    """
    _check_content_type(request)
    raw = _raw_body(request, max_bytes)
    if not raw.strip():
        return {}
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise BadBody(
            "body_not_utf8",
            "请求正文应使用UTF-8编码",
            "The body must be encoded in UTF-8",
        ) from None
    _check_depth(raw, max_depth)
    try:
        body = json.loads(text, parse_constant=_no_constant, parse_float=_finite)
    except (ValueError, RecursionError):
        raise _not_json() from None
    if not isinstance(body, dict):
        raise BadBody(
            "body_not_object",
            "请求正文应为JSON对象（{…}）",
            "The body must be a JSON object ({…})",
        )
    _check_strings(body)
    if fields:
        check_fields(body, fields)
    return body
