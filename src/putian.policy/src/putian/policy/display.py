"""Stored values as a reader sees them, in the request's language."""

from putian.policy.rules.catalogue import terms
from putian.policy.rules.catalogue.legal_basis import describe
from putian.policy.vocabularies.terms import term_title
from putian.policy.vocabularies.terms import token_title
from putian.policy.vocabularies.terms import wants_english


# Guide elements whose stored tokens come from a term table.
TERM_TABLES = {
    "category": terms.ITEM_CATEGORIES,
    "cross_area_scope": terms.CROSS_AREA_SCOPES,
    "handling_forms": terms.HANDLING_FORMS,
    "lifecycle_status": terms.LIFECYCLE_STATUSES,
    "trips": terms.TRIPS,
    "online_depth": terms.ONLINE_DEPTHS,
    "level": terms.LEVELS,
    "requirement": terms.MATERIAL_REQUIREMENTS,
    "form": terms.MATERIAL_FORMS,
    "basis_level": terms.LEGAL_BASIS_LEVELS,
}


class Display:
    """Formats values for one request."""

    def __init__(self, request):
        self.request = request
        self.english = wants_english(request)

    def text(self, term_or_element) -> str:
        return term_title(term_or_element, self.request)

    def term(self, table_name, token) -> str:
        return self.term_in(TERM_TABLES[table_name], token)

    def term_in(self, table, token) -> str:
        return token_title(table, token, self.request)

    def terms(self, table_name, tokens) -> str:
        """Several terms in their vocabulary's order (unknown ones last)."""
        separator = ", " if self.english else "、"
        order = {term.token: i for i, term in enumerate(TERM_TABLES[table_name])}
        ordered = sorted(
            tokens, key=lambda token: (order.get(token, len(order)), token)
        )
        return separator.join(self.term(table_name, token) for token in ordered)

    def yes_no(self, value) -> str:
        if value is None:
            return ""
        if self.english:
            return "Yes" if value else "No"
        return "是" if value else "否"

    def days(self, value) -> str:
        if value is None:
            return "None set by law" if self.english else "法律未规定"
        if value == 0:
            return "Handled on the spot" if self.english else "即办"
        return f"{value} working days" if self.english else f"{value}个工作日"

    def percent(self, value: float | None) -> str:
        """An indicator's percent as the core rounded it (one decimal)."""
        return "—" if value is None else f"{value:.1f}%"

    def basis(self, entries) -> list[str]:
        return [describe(entry) for entry in entries or ()]
