"""Rule findings of the core as schema validation errors.

Fields use :func:`constraint_from` so the same check refuses bad input in
the edit forms and in REST POST/PATCH, with the core's message in the
visitor's language.
"""

from putian.policy.vocabularies.terms import wants_english
from zope.interface import Invalid
from zope.schema import ValidationError


class RuleViolation(ValidationError):
    """A value breaks a rule of the core; the message is the rule's."""

    def __init__(self, finding):
        super().__init__(finding_message(finding))
        self.finding = finding

    def doc(self):
        return self.args[0]


class RuleInvalid(Invalid):
    """An invariant a value set breaks; the message is the rule's, and the
    finding stays for REST to answer in both languages."""

    def __init__(self, finding):
        super().__init__(finding_message(finding))
        self.finding = finding


def finding_message(finding) -> str:
    return finding.message_en if wants_english() else finding.message_zh


def constraint_from(check):
    """A zope.schema constraint that raises the first error ``check`` finds."""

    def constraint(value):
        for finding in check(value):
            if finding.severity == "error":
                raise RuleViolation(finding)
        return True

    constraint.__doc__ = check.__doc__
    return constraint


def invalid_from(findings) -> None:
    """Raise Invalid (for invariants) with the first error among findings."""
    for finding in findings:
        if finding.severity == "error":
            raise RuleInvalid(finding)
