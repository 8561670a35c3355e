"""Rule findings: what a check reports instead of raising."""

from dataclasses import dataclass


ERROR = "error"
WARNING = "warning"
SUGGESTION = "suggestion"
SEVERITIES = (ERROR, WARNING, SUGGESTION)


@dataclass(frozen=True)
class Finding:
    """One rule violation or remark, in Chinese and English.

    ``rule`` is the rule number ("R9"), ``code`` a stable machine id and
    ``field`` the form field it is about, when there is one.
    """

    rule: str
    severity: str
    code: str
    message_zh: str
    message_en: str
    field: str | None = None

    def __post_init__(self) -> None:
        if self.severity not in SEVERITIES:
            raise ValueError(f"unknown severity {self.severity!r}")
