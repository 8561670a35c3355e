"""Every write through the REST API is JSON, well formed and printable.

Our own services read their bodies with ``services.body.json_object``;
plone.restapi's (content POST/PATCH/PUT, ``@workflow`` of the other types,
``@login``, ``@sharing``…) read theirs with ``json_body``, which neither asks
for ``Content-Type: application/json`` nor refuses what is not an object:
a cross-site form (``text/plain``, form-urlencoded, multipart) carrying the
login cookie could create or change content, and a body that is not JSON
answered 500 on a folder. This subscriber runs once traversal has found the
service and, before it runs, holds plone.restapi's writes to the rules of
ours (415, 413 or 400 in Chinese and English, in the shape of
``services.body``), and refuses everywhere a text holding a control
character (a NUL byte, or one XML forbids): no page, export or SVG can show
it.

Left alone, as a browser would have asked first (a CORS preflight) before
sending them cross-site:

- tus uploads (``@tus-upload``): they carry a ``Tus-Resumable`` header;
- bodiless writes (``POST @workingcopy``, ``PATCH`` to check in) whose
  credentials travel in the Authorization header;
- multipart uploads (plone.restapi's CSV imports of ``@users`` and
  ``@aliases``) sent with a bearer token, which no page can attach.
"""

from plone.rest import Service
from plone.rest.interfaces import IAPIRequest
from Products.Five.browser import BrowserView
from putian.policy.restapi.services.body import BadBody
from putian.policy.restapi.services.body import json_object
from putian.policy.restapi.services.body import MAX_TEXT_LENGTH
from putian.policy.restapi.services.body import MAX_UPLOAD_BODY_BYTES
from putian.policy.restapi.services.body import text_too_long

import json
import re
import unicodedata


WRITE_METHODS = frozenset({"POST", "PUT", "PATCH"})

# In a JSON text a control character can only stand escaped (\u0000…);
# tab, line feed and carriage return are text. The even run of backslashes
# before it tells an escape from an escaped backslash followed by "u0000".
_CONTROL_ESCAPE = re.compile(
    rb"(?<!\\)(?:\\\\)*\\(?:[bf]|u00(?:0[0-8bBcCeEfF]|1[0-9a-fA-F]|7[fF]))"
)


def _ours(service) -> bool:
    # plone.rest's directive subclasses the registered class: look at the MRO.
    return any(cls.__module__.startswith("putian.") for cls in type(service).__mro__)


def _authorization(request) -> str:
    # Zope takes the header out of the environment into ``_auth``.
    return getattr(request, "_auth", None) or ""


def _left_alone(request) -> bool:
    if request.getHeader("Tus-Resumable"):
        return True
    media_type = (request.getHeader("Content-Type") or "").split(";")[0].strip()
    authorization = _authorization(request)
    return (
        media_type.lower() == "multipart/form-data"
        and authorization.lower().startswith("bearer ")
    )


def _where(raw: bytes) -> str | None:
    """The path of the first text of a JSON body holding a control
    character other than tab, line feed or carriage return."""
    try:
        body = json.loads(raw)
    except ValueError:
        return None
    for path, text in _strings(body):
        if any(
            unicodedata.category(character) == "Cc" and character not in "\t\n\r"
            for character in text
        ):
            return path
    return None


def _empty_with_credentials(request) -> bool:
    """A bodiless write (``POST @workingcopy``) sent with its credentials in
    the Authorization header: no page of another site can send that header
    without the browser asking first, so it needs no JSON media type. With
    the login cookie alone it still must say ``application/json``, which a
    cross-site form cannot."""
    return not request.get("BODY") and bool(_authorization(request))


def _check_control_characters(request) -> None:
    raw = request.get("BODY") or b""
    if isinstance(raw, str):
        raw = raw.encode("utf-8", "surrogateescape")
    if not _CONTROL_ESCAPE.search(raw):
        return
    path = _where(raw)
    if path is None:
        raise BadBody(
            "body_control_character",
            "请求正文含有控制字符（如空字符\\u0000），文本中不能使用",
            "The body holds a control character (such as the NUL byte \\u0000),"
            " which text may not contain",
        )
    # Named as the core names a field's refused character (rules.common.inputs)
    name = re.sub(r"\[\d+\]", "", path).rsplit(".", 1)[-1]
    raise BadBody(
        f"{name}_invalid_characters",
        f"字段“{path}”含有控制字符，请删除后重新填写",
        f"The field {path!r} contains a control character; remove it and try again",
        field=path,
    )


def _strings(value, path=""):
    """Each text of a JSON value with where it stands, but a file's data."""
    stack = [(value, path)]
    while stack:
        value, path = stack.pop()
        if isinstance(value, dict):
            is_file = "data" in value and ("encoding" in value or "filename" in value)
            for key, element in value.items():
                if not (is_file and key == "data"):
                    stack.append((element, f"{path}.{key}" if path else key))
        elif isinstance(value, list):
            stack.extend((element, f"{path}[{i}]") for i, element in enumerate(value))
        elif isinstance(value, str):
            yield path, value


def _check_text_lengths(body: dict) -> None:
    for path, text in _strings(body):
        if len(text) > MAX_TEXT_LENGTH:
            raise text_too_long(path)


def check_write(event) -> None:
    """IPubAfterTraversal: refuse a REST write that breaks the rules above."""
    request = event.request
    if not IAPIRequest.providedBy(request):
        return
    if request.get("REQUEST_METHOD", "GET").upper() not in WRITE_METHODS:
        return
    service = request.get("PUBLISHED")
    if not isinstance(service, Service) or _left_alone(request):
        return
    if not _ours(service) and not _empty_with_credentials(request):
        body = json_object(request, max_bytes=MAX_UPLOAD_BODY_BYTES)
        _check_text_lengths(body)
    _check_control_characters(request)


class RefusedBody(BrowserView):
    """The answer to a BadBody raised before or inside a service: its status
    and the error of ``services.body``. The transaction is aborted, as for
    any exception: nothing the request began is kept."""

    def __call__(self):
        response = self.request.response
        body = self.context.reply(self.request)
        response.setHeader("Content-Type", "application/json")
        response.setStatus(self.context.status, lock=1)
        response.setBody(self.render(body), lock=1)
        response._has_challenged = True

    @staticmethod
    def render(body) -> str:
        return json.dumps(body, indent=2, sort_keys=True)
