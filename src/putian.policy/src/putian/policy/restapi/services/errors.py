"""Every refusal our services answer, in the shape plone.restapi uses
(``{"error": {"type", "message", ...}}``), in Chinese and English.

- ``refused``: 400 with the findings of a rule, each naming its field;
- ``input_refused``: 400 for a RuleInputError met while writing (the
  transaction is doomed), in the shape of ``refused``;
- ``bad_request``: 400 for a RuleInputError in a query (nothing written);
- ``forbidden`` (403), ``not_found`` (404), ``method_not_allowed`` (405) and
  ``too_many_attempts`` (429).
"""

from putian.policy.applications.lookup_limit import refuse
from putian.policy.rules.common.findings import ERROR
from putian.policy.rules.common.findings import Finding

import transaction


def refused(
    request, findings, status: int = 400, details=None, message=None, **extra
) -> dict:
    """400 with every finding, each naming its field.

    ``details``, one dict per finding, adds to it (the edit form's URL);
    ``message``, a (zh, en) pair, replaces the first finding's as the
    error's message; ``extra`` adds keys to the error.
    """
    request.response.setStatus(status)
    first = findings[0]
    zh, en = message or (first.message_zh, first.message_en)
    return {
        "error": {
            "type": "BadRequest",
            "code": first.code,
            "message": zh,
            "message_en": en,
            "findings": [
                {
                    "rule": finding.rule,
                    "code": finding.code,
                    "field": finding.field,
                    "message": finding.message_zh,
                    "message_en": finding.message_en,
                    **(details[index] if details else {}),
                }
                for index, finding in enumerate(findings)
            ],
            **extra,
        }
    }


def input_refused(request, error) -> dict:
    """400 for a RuleInputError of the core (input it cannot work with).

    The transaction is doomed: whatever the call began to write is not kept.
    """
    transaction.doom()
    finding = Finding("API", ERROR, error.code, error.message_zh, error.message_en)
    return refused(request, [finding])


def bad_request(request, error) -> dict:
    """Answer 400 for a RuleInputError."""
    request.response.setStatus(400)
    return {
        "error": {
            "type": "BadRequest",
            "code": error.code,
            "message": error.message_zh,
            "message_en": error.message_en,
        }
    }


def forbidden(request, message: tuple[str, str]) -> dict:
    """403 saying ``message``, a (zh, en) pair."""
    request.response.setStatus(403)
    zh, en = message
    return {"error": {"type": "Forbidden", "message": zh, "message_en": en}}


def not_found(request, message: tuple[str, str]) -> dict:
    """404 saying ``message``, a (zh, en) pair."""
    request.response.setStatus(404)
    zh, en = message
    return {"error": {"type": "NotFound", "message": zh, "message_en": en}}


def method_not_allowed(request, allow: str, message: tuple[str, str]) -> dict:
    """405 saying ``message``, a (zh, en) pair; ``allow`` names the methods
    that are."""
    request.response.setStatus(405)
    request.response.setHeader("Allow", allow)
    zh, en = message
    return {"error": {"type": "MethodNotAllowed", "message": zh, "message_en": en}}


def too_many_attempts(request, refusal) -> dict:
    """429: the look-up limit is used up (see applications.lookup_limit)."""
    refuse(request, refusal)
    return {
        "error": {
            "type": "TooManyRequests",
            "message": refusal.message_zh,
            "message_en": refusal.message_en,
            "retry_after": refusal.retry_after,
        }
    }
