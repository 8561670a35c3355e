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
