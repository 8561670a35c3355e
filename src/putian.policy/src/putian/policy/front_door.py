"""The WSGI filter every request passes before Zope: what the portal says
about itself, and the two methods Zope answers wrongly.

- ``X-Powered-By`` (Zope names itself and Python on every response) is
  dropped: it tells a prober which advisories to try, and nothing else.
- ``HEAD`` is answered as ``GET`` without the body. Zope publishes HEAD
  through the object's WebDAV ``HEAD`` method, which knows nothing of default
  views: the site root and every item page answered 404 to HEAD while GET
  served them, so link checkers and monitors saw a dead portal. GET is safe,
  so running it for HEAD writes nothing.
- ``OPTIONS`` outside a CORS preflight is answered here with the methods the
  portal serves. Zope sends it to the WebDAV ``OPTIONS`` method, which
  advertises WebDAV verbs this portal does not serve, and on a browser view
  (``@@catalogue``, ``@@track``) raises AttributeError: a 500. A CORS
  preflight (``Origin`` and ``Access-Control-Request-Method``) still goes to
  plone.restapi, which owns the CORS policy.
"""

ALLOWED_METHODS = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS"
DROPPED_HEADERS = frozenset({"x-powered-by"})


def _is_preflight(environ) -> bool:
    return bool(
        environ.get("HTTP_ORIGIN") and environ.get("HTTP_ACCESS_CONTROL_REQUEST_METHOD")
    )


class FrontDoor:
    def __init__(self, app):
        self.app = app

    def __call__(self, environ, start_response):
        method = environ.get("REQUEST_METHOD", "GET").upper()
        if method == "OPTIONS" and not _is_preflight(environ):
            start_response(
                "200 OK",
                [
                    ("Allow", ALLOWED_METHODS),
                    ("Content-Length", "0"),
                    ("Content-Type", "text/plain; charset=utf-8"),
                    ("X-Content-Type-Options", "nosniff"),
                ],
            )
            return [b""]

        def start(status, headers, exc_info=None):
            kept = [(k, v) for k, v in headers if k.lower() not in DROPPED_HEADERS]
            return start_response(status, kept, exc_info)

        if method != "HEAD":
            return self.app(environ, start)
        environ = dict(environ, REQUEST_METHOD="GET")
        body = self.app(environ, start)
        # The GET was run for its headers; its body is read to its end (a
        # streamed file is closed properly) and not sent.
        try:
            for _chunk in body:
                pass
        finally:
            close = getattr(body, "close", None)
            if close is not None:
                close()
        return [b""]


def front_door(app, global_conf=None, **local_conf):
    """The paste ``filter_app_factory`` named in the instance's pipeline."""
    return FrontDoor(app)
