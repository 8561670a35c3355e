"""Security headers on every response: one place, whatever serves it.

``X-Content-Type-Options: nosniff`` keeps browsers to the type we send (an
upload is served with the type the intake checked, never sniffed into HTML).

Pages get a Content-Security-Policy that Plone Classic still works under:
scripts, styles, images and fonts from the portal itself only; inline
scripts and styles stay allowed because Plone's templates and widgets use
them (the theme's upload widgets, TinyMCE, inline flowchart SVG), so the
policy's work is to forbid other origins, plugins, foreign form targets,
``<base>`` rewriting and framing by other sites. Signed-in users also get
'unsafe-eval': mockup's templates (folder contents, the rich-text toolbar)
compile with ``new Function``; no public page needs it, so visitors do not
get it. Anything that is not a page (a download, a REST answer, the flowchart
SVG opened alone) gets a policy that runs nothing at all, in a sandbox.
"""

from AccessControl import getSecurityManager
from ZPublisher.interfaces import IPubBeforeAbort


def _policy(*directives: str) -> str:
    return "; ".join(directives)


_PAGE_DIRECTIVES = (
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
)
PAGE_POLICY = _policy(
    "default-src 'self'", "script-src 'self' 'unsafe-inline'", *_PAGE_DIRECTIVES
)
SIGNED_IN_PAGE_POLICY = _policy(
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
    *_PAGE_DIRECTIVES,
)
DOCUMENT_POLICY = _policy(
    "default-src 'none'",
    "style-src 'unsafe-inline'",
    "img-src data:",
    "frame-ancestors 'self'",
    "sandbox",
)
PAGE_TYPES = ("text/html", "application/xhtml+xml")


def policy_for(content_type: str | None, signed_in: bool = False) -> str:
    media_type = (content_type or "").split(";")[0].strip().lower()
    if media_type not in PAGE_TYPES:
        return DOCUMENT_POLICY
    return SIGNED_IN_PAGE_POLICY if signed_in else PAGE_POLICY


def _signed_in() -> bool:
    user = getSecurityManager().getUser()
    return user is not None and user.getUserName() != "Anonymous User"


def set_security_headers(event) -> None:
    response = event.request.response
    response.setHeader("X-Content-Type-Options", "nosniff")
    # A view may have set a stricter policy of its own: keep it.
    if response.getHeader("Content-Security-Policy"):
        return
    content_type = response.getHeader("Content-Type")
    if content_type is None and IPubBeforeAbort.providedBy(event):
        # The publisher writes its error page (HTML) after this event.
        content_type = "text/html"
    response.setHeader(
        "Content-Security-Policy", policy_for(content_type, _signed_in())
    )
