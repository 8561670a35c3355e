"""``GET @search``: plone.restapi's search; when a plain SearchableText finds
nothing, the same query again with its words one typo away (``shipn`` finds
食品经营许可 as ``shipin`` does). The answer keeps plone.restapi's shape."""

from copy import deepcopy
from plone import api
from plone.restapi.search.handler import SearchHandler
from plone.restapi.search.utils import unflatten_dotted_dict
from plone.restapi.services.search.get import SearchGet as StandardSearchGet
from Products.ZCTextIndex.ParseTree import ParseError
from putian.policy.catalogue.typos import any_of
from putian.policy.catalogue.typos import Corrector
from putian.policy.restapi.services.errors import refused
from putian.policy.rules.common.findings import ERROR
from putian.policy.rules.common.findings import Finding

import re


# A query using the text index's syntax is taken as written, not corrected.
_SYNTAX = re.compile(r"[\"()*?]")
_OPERATORS = {"AND", "OR", "NOT"}


def plain_words(text) -> list[str]:
    """The words of a plain SearchableText; [] for one using query syntax."""
    if not isinstance(text, str) or _SYNTAX.search(text):
        return []
    words = text.split()
    if any(word.upper() in _OPERATORS for word in words):
        return []
    return words


def _bad_query(request) -> dict:
    """400 for a query the catalogue cannot run (a text of stop words only,
    or a batch size that is not a number): plone.restapi answered 500."""
    finding = Finding(
        "API",
        ERROR,
        "invalid_search_query",
        "检索条件无效：请检查检索词和分页参数（b_start、b_size应为整数）",
        "The search query is invalid: check the words and the batching"
        " (b_start and b_size must be integers)",
    )
    return refused(request, [finding])


class SearchGet(StandardSearchGet):
    def reply(self):
        try:
            return self._search()
        except (ParseError, ValueError, TypeError):
            return _bad_query(self.request)

    def _search(self):
        query = unflatten_dotted_dict(self.request.form.copy())
        results = SearchHandler(self.context, self.request).search(deepcopy(query))
        if not isinstance(results, dict) or results.get("items_total"):
            return results
        words = plain_words(query.get("SearchableText"))
        if not words:
            return results
        catalog = api.portal.get_tool("portal_catalog")

        def finds(text):
            # What the visitor may see anywhere on the site.
            try:
                return bool(len(catalog.searchResults(SearchableText=text)))
            except ParseError:
                return False

        groups = Corrector(catalog).corrected(words, finds)
        if groups is None:
            return results
        query["SearchableText"] = any_of(groups)
        return SearchHandler(self.context, self.request).search(query)
