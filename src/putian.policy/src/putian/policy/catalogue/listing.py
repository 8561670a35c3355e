"""The public catalogue: published items with facets, search and batching.

Everything shown comes from the catalog (indexes and metadata); no item is
woken. Facet counts are taken under the other active filters, so each count
says how many items a click on that value would list.
"""

from itertools import islice
from itertools import product
from plone import api
from Products.Five.browser import BrowserView
from Products.ZCTextIndex.ParseTree import ParseError
from putian.policy import _
from putian.policy.behaviors.english_name import department_title_in_language
from putian.policy.behaviors.english_name import title_in_language
from putian.policy.catalogue.published import published_items
from putian.policy.catalogue.typos import any_of
from putian.policy.catalogue.typos import Corrector
from putian.policy.display import Display
from putian.policy.portal.named_pages import INamedPage
from putian.policy.rules.catalogue import terms
from putian.policy.rules.common.collation import collation_key
from urllib.parse import urlencode
from zope.i18n import translate
from zope.interface import implementer

import re


DEFAULT_SIZE = 20
MAX_SIZE = 100
SORTS = ("title", "code", "department")
MAX_SUGGESTIONS = 5

# Request parameter (and catalog index/metadata column) -> term table.
# Departments and life events have no table: their titles come from the
# catalog (``department_title``, the life events' own titles).
FACETS = (
    ("department", "department_uid", None),
    ("life_event", "life_events", None),
    ("level", "level", terms.LEVELS),
    ("category", "category", terms.ITEM_CATEGORIES),
    ("trips", "trips", terms.TRIPS),
    ("online_depth", "online_depth", terms.ONLINE_DEPTHS),
    ("lifecycle_status", "lifecycle_status", terms.LIFECYCLE_STATUSES),
)


def facet_values(value) -> tuple:
    """A brain's values for a facet: one for most, several for life events."""
    if not value:  # None, "", or Missing.Value before an item is reindexed
        return ()
    if isinstance(value, (list, tuple, set, frozenset)):
        return tuple(dict.fromkeys(v for v in value if v))
    return (value,)


def life_event_titles() -> dict:
    return {
        brain.UID: title_in_language(brain)
        for brain in api.content.find(portal_type="LifeEvent")
    }


# CJK ideographs (the lexicon indexes them as bigrams).
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# Characters the text index's query parser gives a meaning to.
_SYNTAX = re.compile(r"[\"()*?\-]")


def search_terms(text):
    """The words of a visitor's query, without query syntax."""
    cleaned = _SYNTAX.sub(" ", text or "")
    return [word for word in cleaned.split() if word]


def text_query(words):
    """A SearchableText query: each word is a quoted phrase, all required.

    Quoting keeps AND/OR/NOT as words, and turns a Chinese word into the
    phrase of its bigrams, so 施工许可 finds 建筑工程施工许可证核发."""
    return " AND ".join(f'"{word}"' for word in words)


def too_short(words):
    """A lone Chinese character: the bigram index cannot find it."""
    return any(len(word) == 1 and _CJK.match(word) for word in words)


def _int(value, default, minimum, maximum):
    try:
        number = int(value)
    except (TypeError, ValueError):
        return default
    return max(minimum, min(maximum, number))


class CatalogueView(BrowserView):
    """@@catalogue on the site root."""

    def __call__(self):
        self.update(self.request.form)
        return self.index()

    def update(self, form):
        """Read the search, filters, sort and batch from ``form``; compute."""
        self.display = Display(self.request)
        self.query_text = str(form.get("q") or "").strip()
        self.words = search_terms(self.query_text)
        self.query_too_short = too_short(self.words)
        self.filters = {}
        for name, _column, _table in FACETS:
            value = form.get(name)
            if isinstance(value, str) and value.strip():
                self.filters[name] = value.strip()
        sort = form.get("sort")
        self.sort = sort if sort in SORTS else "title"
        self.b_size = _int(form.get("b_size"), DEFAULT_SIZE, 1, MAX_SIZE)
        self.b_start = _int(form.get("b_start"), 0, 0, 10**9)
        self._compute()

    # Query and counts

    def _candidates(self):
        """Published items matching the text; not yet filtered by facet.
        Nothing found: the items found by the words one typo away."""
        self.corrected_groups = None
        if self.query_too_short:
            return []
        if not self.words:
            return published_items()
        found = self._search(text_query(self.words))
        if found:
            return found
        catalog = api.portal.get_tool("portal_catalog")
        groups = Corrector(catalog).corrected(self.words, self._search)
        if groups is None:
            return []
        self.corrected_groups = groups
        return self._search(any_of(groups))

    def _search(self, text):
        try:
            return published_items(SearchableText=text)
        except ParseError:
            return []

    def _compute(self):
        candidates = self._candidates()
        columns = {name: column for name, column, _table in FACETS}
        counts = {name: {} for name in columns}
        department_titles = {}
        results = []
        for brain in candidates:
            values = {
                name: facet_values(getattr(brain, column, None))
                for name, column in columns.items()
            }
            misses = [
                name
                for name, value in self.filters.items()
                if value not in values[name]
            ]
            if not misses:
                results.append(brain)
            for name, brain_values in values.items():
                # Counted under the other filters: at most this one may miss.
                if misses not in ([], [name]):
                    continue
                for value in brain_values:
                    counts[name][value] = counts[name].get(value, 0) + 1
            for uid in values["department"]:
                department_titles[uid] = department_title_in_language(
                    brain, self.request
                )
        self._counts = counts
        self._titles = {
            "department": department_titles,
            "life_event": life_event_titles(),
        }
        self._results = self._sorted(results)

    def _sorted(self, brains):
        if self.sort == "code":
            return sorted(brains, key=lambda b: (b.base_code or "", b.Title or ""))
        if self.sort == "department":
            return sorted(
                brains,
                key=lambda b: (collation_key(b.department_title), b.base_code or ""),
            )
        return brains  # the catalog sorted them by title

    # Links

    def _params(self, **changes):
        params = {}
        if self.query_text:
            params["q"] = self.query_text
        params.update(self.filters)
        if self.sort != "title":
            params["sort"] = self.sort
        if self.b_size != DEFAULT_SIZE:
            params["b_size"] = self.b_size
        for key, value in changes.items():
            if value is None:
                params.pop(key, None)
            else:
                params[key] = value
        return params

    def url(self, **changes):
        base = f"{self.context.absolute_url()}/@@catalogue"
        params = self._params(**changes)
        return f"{base}?{urlencode(params)}" if params else base

    # For the template

    def _tokens(self, name, table) -> list[str]:
        """A facet's values: those with items, and the active one."""
        tokens = set(self._counts[name])
        active = self.filters.get(name)
        if active:
            tokens.add(active)
        if table is None:
            titles = self._titles[name]
            # A department or life event the catalog no longer knows.
            tokens = {token for token in tokens if token in titles}
            return sorted(
                tokens, key=lambda uid: (collation_key(titles.get(uid, uid)), uid)
            )
        known = [term.token for term in table]
        return [t for t in known if t in tokens] + sorted(tokens - set(known))

    def _value_title(self, name, table, token) -> str:
        if table is None:
            return self._titles[name].get(token, token)
        return self.display.term_in(table, token)

    def facets(self) -> list[dict]:
        facets = []
        for name, _column, table in FACETS:
            counts = self._counts[name]
            active = self.filters.get(name)
            options = [
                {
                    "token": token,
                    "title": self._value_title(name, table, token),
                    "count": counts.get(token, 0),
                    "active": token == active,
                    # A click on the active value removes the filter.
                    "url": self.url(
                        b_start=None, **{name: None if token == active else token}
                    ),
                }
                for token in self._tokens(name, table)
            ]
            facets.append(
                {
                    "name": name,
                    "options": options,
                    "active": active,
                    "clear_url": self.url(b_start=None, **{name: None}),
                }
            )
        return facets

    def facet_titles(self) -> dict:
        messages = {
            "department": _("label_department", default="Department"),
            "life_event": _("label_life_events", default="Life events"),
            "level": _("label_level", default="Level"),
            "category": _("label_category", default="Category"),
            "trips": _("label_trips", default="Trips needed"),
            "online_depth": _("label_online_depth", default="Online handling depth"),
            "lifecycle_status": _(
                "label_lifecycle_status", default="Status in the catalogue"
            ),
        }
        return {
            name: translate(message, context=self.request)
            for name, message in messages.items()
        }

    @property
    def total(self) -> int:
        return len(self._results)

    def results(self) -> list[dict]:
        term = self.display.term
        page = self._results[self.b_start : self.b_start + self.b_size]
        return [
            {
                "title": title_in_language(brain, self.request),
                "url": brain.getURL(),
                "base_code": brain.base_code or "",
                "department": department_title_in_language(brain, self.request),
                "category": term("category", brain.category),
                "trips": term("trips", brain.trips),
                "online_depth": term("online_depth", brain.online_depth),
                "lifecycle_status": term("lifecycle_status", brain.lifecycle_status),
            }
            for brain in page
        ]

    def batch(self) -> dict:
        total, start, size = self.total, self.b_start, self.b_size
        pages = []
        for number, page_start in enumerate(range(0, total, size), start=1):
            pages.append(
                {
                    "number": number,
                    "url": self.url(b_start=page_start or None),
                    "current": page_start <= start < page_start + size,
                }
            )
        return {
            "first": min(start + 1, total),
            "last": min(start + size, total),
            "total": total,
            "previous": (
                self.url(b_start=max(start - size, 0) or None) if start > 0 else None
            ),
            "next": self.url(b_start=start + size) if start + size < total else None,
            "pages": pages if len(pages) > 1 else [],
        }

    def sort_options(self) -> list[dict]:
        titles = {
            "title": _("sort_by_title", default="Name"),
            "code": _("sort_by_code", default="Base code"),
            "department": _("sort_by_department", default="Department"),
        }
        return [
            {
                "token": sort,
                "title": translate(titles[sort], context=self.request),
                "active": sort == self.sort,
                "url": self.url(sort=None if sort == "title" else sort, b_start=None),
            }
            for sort in SORTS
        ]

    def suggestions(self) -> list[dict]:
        """The corrected queries whose items are listed ("did you mean")."""
        if not self.corrected_groups:
            return []
        queries = islice(product(*self.corrected_groups), MAX_SUGGESTIONS)
        return [
            {"text": " ".join(words), "url": self.url(q=" ".join(words), b_start=None)}
            for words in queries
        ]

    def hidden_filters(self) -> list[dict]:
        """The filters and settings a new search keeps."""
        params = self._params(q=None)
        return [{"name": key, "value": value} for key, value in params.items()]


@implementer(INamedPage)
class CataloguePage(CatalogueView):
    """@@catalogue: the listing as a page named 事项目录 (the front page is a
    listing too, named by the site alone)."""

    def page_title(self):
        return _("heading_catalogue", default="Catalogue of approval items")
