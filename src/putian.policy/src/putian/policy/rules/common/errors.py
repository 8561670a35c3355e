"""The one exception the rules engine raises: bad input, never a rule finding."""


class RuleInputError(ValueError):
    """Input a computation cannot work with, explained in Chinese and English.

    ``code`` is a stable machine id for callers (REST errors, form widgets).
    """

    def __init__(self, code: str, message_zh: str, message_en: str) -> None:
        super().__init__(f"{message_en} [{code}]")
        self.code = code
        self.message_zh = message_zh
        self.message_en = message_en


def unknown_choice(
    code: str, value: object, known, what_zh: str, what_en: str
) -> RuleInputError:
    """The error for ``value``, none of the ``known`` ids, listing them."""
    known = tuple(known)
    return RuleInputError(
        code,
        f"未知的{what_zh}“{value}”（可选：{'、'.join(known)}）",
        f"Unknown {what_en} {value!r} (expected one of: {', '.join(known)})",
    )
