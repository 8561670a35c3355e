"""Refusals in the shape plone.restapi uses, in Chinese and English."""


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
