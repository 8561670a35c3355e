"""plone.restapi's ``json_body`` refuses a body nested too deep, not 500.

plone.restapi reads every ``application/json`` POST in its JWT plugin
(``extractCredentials``, while the user is identified, before any service
runs) and in its own services; ``json.loads`` raises RecursionError for a body
nested some thousand levels deep, which only DeserializationError callers
expect, so the request answered 500 whatever the URL (issue 20). Our
services read their bodies with ``services.body.json_object``.
"""

from plone.restapi import deserializer
from plone.restapi.exceptions import DeserializationError

import functools
import logging
import sys


logger = logging.getLogger(__name__)


def guarded(json_body):
    @functools.wraps(json_body)
    def json_body_or_refusal(request):
        try:
            return json_body(request)
        except RecursionError:
            raise DeserializationError("The JSON body is nested too deep") from None

    json_body_or_refusal.putian_guarded = True
    return json_body_or_refusal


def install() -> None:
    original = deserializer.json_body
    if getattr(original, "putian_guarded", False):
        return
    safe = guarded(original)
    deserializer.json_body = safe
    # Modules that imported the name before this ran (plone.restapi's
    # services); those imported later read the module's attribute.
    for name, module in list(sys.modules.items()):
        try:
            imported = getattr(module, "json_body", None)
        except Exception:  # lazy or proxied modules; not plone.restapi's
            logger.debug("json_body not looked up in %s", name, exc_info=True)
            continue
        if imported is original:
            module.json_body = safe
