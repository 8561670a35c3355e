"""When a full-text search finds nothing: search again with the terms one
typo away (rules/search_terms.py), the catalogue and ``@search`` alike.

The known terms come from the lexicon of the SearchableText index — the
words and bigrams of what is indexed, the items' title words, pinyin,
initials and aliases among them — so no object is woken.
"""

from itertools import islice
from itertools import product
from putian.policy.rules.catalogue import search_terms


# Combinations of corrected words searched for, at most.
MAX_COMBINATIONS = 16
# What the SearchableText lexicon may hold of Chinese: Plone's splitter's
# CJK range (it sorts between these keys).
_CJK_FIRST = "\u3040"
_CJK_LAST = "\ufaff"


def full_text_lexicon(catalog):
    return catalog.Indexes["SearchableText"].getLexicon()


class LexiconWords:
    """The whole words the lexicon knows, for ``in``."""

    def __init__(self, lexicon):
        self.lexicon = lexicon

    def __contains__(self, word) -> bool:
        return bool(self.lexicon.get_wid(word))


def known_bigrams(lexicon) -> set[str]:
    """The Chinese bigrams the lexicon knows."""
    # The lexicon's word -> id tree, read in its Chinese key range only (as
    # Lexicon.globToWordIds reads it by prefix).
    keys = lexicon._wids.keys(_CJK_FIRST, _CJK_LAST + "\uffff")
    return {
        key
        for key in keys
        if len(key) == 2 and search_terms.is_cjk(key[0]) and search_terms.is_cjk(key[1])
    }


def phrase(word: str) -> str:
    """A word as a quoted phrase: a Chinese word becomes the phrase of its
    bigrams; AND, OR and NOT stay words."""
    return f'"{word}"'


def any_of(groups: list[list[str]]) -> str:
    """A SearchableText query: one word of each group (all groups), as
    alternatives joined by OR, without parentheses (plone.restapi's search
    takes them out)."""
    combinations = islice(product(*groups), MAX_COMBINATIONS)
    return " OR ".join(
        " AND ".join(phrase(word) for word in words) for words in combinations
    )


class Corrector:
    """Corrections of query words from one catalog's lexicon."""

    def __init__(self, catalog):
        self.lexicon = full_text_lexicon(catalog)
        self._bigrams = None

    def corrections(self, word: str) -> list[list[str]]:
        """The known terms one typo from ``word``, by kind, best first."""
        if search_terms.is_latin_word(word):
            return search_terms.latin_corrections(word, LexiconWords(self.lexicon))
        if not (search_terms.forgives_typo(word) and search_terms.is_cjk_word(word)):
            return []
        if self._bigrams is None:
            self._bigrams = known_bigrams(self.lexicon)
        return search_terms.cjk_corrections(word, self._bigrams)

    def corrected(self, words: list[str], finds) -> list[list[str]] | None:
        """Each word, or those of its corrections that ``finds`` (a callable
        taking a SearchableText query) finds, the closest kind first; None if
        no word needed a correction or a word that did has none."""
        groups = []
        changed = False
        for word in words:
            if finds(phrase(word)):
                groups.append([word])
                continue
            chosen = None
            for tier in self.corrections(word):
                found = [candidate for candidate in tier if finds(phrase(candidate))]
                if found:
                    chosen = found
                    break
            if chosen is None:
                return None
            groups.append(chosen)
            changed = True
        return groups if changed else None
