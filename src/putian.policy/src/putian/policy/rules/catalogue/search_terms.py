"""Finding an item the way people type its name: pinyin, initials, aliases,
and one slip of the finger.

The site's full-text index (ZCTextIndex with Plone's splitter) cuts Chinese
into bigrams and keeps Latin words whole, lower-cased. So that pinyin is
found by that same index, an item's searchable text carries, for every run
of Chinese characters in its title and its aliases (俗称), the joined pinyin
and the joined initials of each span of 2 to ``MAX_SPAN`` syllables, and of
the whole run: 食品经营许可 gives ``shipin``, ``pinjing`` … ``shipinjingyingxuke``
and ``sp``, ``spjy`` … ``spjyxk``. A single syllable is not indexed, as a
single character is not found by the bigram index either.

Polyphonic characters (多音字): the readings pypinyin gives with
``heteronym=True``. Where its phrase dictionary knows the word it gives
that word's reading only (重大 zhongda, 银行 yinhang, 重庆 chongqing);
elsewhere every reading it lists for the character (重 zhong, chong, tong),
at most ``MAX_READINGS`` per character. The reading in context comes first;
the others are indexed one character at a time, at most ``MAX_SPELLINGS``
spellings per span, so that a reader unsure of a character still finds the
item without the combinations exploding.

Digits, Latin letters and punctuation end a run: they are in the title as
they are, and the index finds them as words.

One typo (Damerau–Levenshtein distance 1: a character wrong, missing,
extra, or two neighbours swapped) is forgiven per word of at least
``MIN_FUZZY_LENGTH`` characters, each word of a query on its own: a query
word that is all Chinese is matched against the bigrams the index knows, a
word of Latin letters and digits against its whole words. A word that mixes
both is not corrected.
"""

from collections.abc import Callable
from collections.abc import Container
from collections.abc import Iterable
from pypinyin import lazy_pinyin
from pypinyin import pinyin
from pypinyin import Style

import re
import string
import unicodedata


# Spans longer than this are indexed only as the whole run.
MAX_SPAN = 6
# Readings of one character considered: the one in context and others.
MAX_READINGS = 3
# Spellings of one span: the one in context, then one changed reading each.
MAX_SPELLINGS = 4
MIN_FUZZY_LENGTH = 3
# Corrections of one word searched for, at most.
MAX_CORRECTIONS = 8

MAX_ALIASES = 20
MAX_ALIAS_LENGTH = 30

# The ideographs Plone's splitter cuts into bigrams (its "cj" range without
# kana, which pinyin cannot read).
_CJK_RANGES = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK = re.compile(f"[{_CJK_RANGES}]")
_CJK_RUN = re.compile(f"[{_CJK_RANGES}]+")
_CJK_WORD = re.compile(f"[{_CJK_RANGES}]+$")
_LATIN_WORD = re.compile(r"[a-z0-9]+$")
_SYLLABLE = re.compile(r"[a-z]+$")
_SPACES = re.compile(r"\s+")
LATIN_ALPHABET = string.ascii_lowercase + string.digits


def is_cjk(char: str) -> bool:
    return bool(_CJK.fullmatch(char))


def _readings(run: str) -> list[list[str]]:
    """Each character's readings, the one in context first; a character
    pypinyin cannot read has none."""
    in_context = lazy_pinyin(run, style=Style.NORMAL)
    listed = pinyin(run, style=Style.NORMAL, heteronym=True)
    if len(in_context) != len(run) or len(listed) != len(run):
        # pypinyin keeps unknown characters together: read one by one.
        in_context = [lazy_pinyin(char, style=Style.NORMAL)[0] for char in run]
        listed = [pinyin(char, style=Style.NORMAL, heteronym=True)[0] for char in run]
    readings = []
    for first, others in zip(in_context, listed, strict=True):
        candidates = [first, *others]
        known = [r for r in dict.fromkeys(candidates) if _SYLLABLE.match(r)]
        readings.append(known[:MAX_READINGS])
    return readings


def _spellings(readings: list[list[str]]) -> list[list[str]]:
    """A span's spellings (syllable lists): in context, then one character
    at a time in another of its readings."""
    in_context = [options[0] for options in readings]
    spellings = [in_context]
    for position, options in enumerate(readings):
        for other in options[1:]:
            if len(spellings) >= MAX_SPELLINGS:
                return spellings
            spellings.append(
                [*in_context[:position], other, *in_context[position + 1 :]]
            )
    return spellings


def _readable_runs(text: str) -> list[list[list[str]]]:
    """The readings of each run of Chinese characters pypinyin can read."""
    runs = []
    for match in _CJK_RUN.finditer(text or ""):
        current: list[list[str]] = []
        for options in _readings(match.group()):
            if options:
                current.append(options)
            else:
                runs.append(current)
                current = []
        runs.append(current)
    return [run for run in runs if run]


def pinyin_terms(text: str | None) -> list[str]:
    """The pinyin and initials words under which ``text`` is found."""
    terms: dict[str, None] = {}
    for run in _readable_runs(text or ""):
        spans = [
            (start, start + length)
            for length in range(2, min(MAX_SPAN, len(run)) + 1)
            for start in range(len(run) - length + 1)
        ]
        if len(run) > MAX_SPAN:
            spans.append((0, len(run)))
        for start, end in spans:
            for syllables in _spellings(run[start:end]):
                terms["".join(syllables)] = None
                terms["".join(s[0] for s in syllables)] = None
    return list(terms)


def pinyin_of(text: str | None) -> str:
    """The pinyin of a name in context, syllables joined: 食品 -> shipin."""
    runs = _readable_runs(text or "")
    return " ".join("".join(options[0] for options in run) for run in runs)


def normalize_alias(text: str | None) -> str:
    """One alias as it is kept: full-width forms folded (NFKC), spaces
    trimmed and collapsed."""
    folded = unicodedata.normalize("NFKC", text or "")
    return _SPACES.sub(" ", folded).strip()


def normalize_aliases(values: Iterable[str] | None) -> list[str]:
    """Aliases as they are kept: each normalized, empty ones dropped, a
    repeat (ignoring case) kept once, in the editor's order."""
    kept: dict[str, str] = {}
    for value in values or ():
        alias = normalize_alias(value)
        if alias:
            kept.setdefault(alias.casefold(), alias)
    return list(kept.values())


def searchable_words(title: str | None, aliases: Iterable[str] | None) -> list[str]:
    """What an item's searchable text adds to its title and description:
    its aliases, and the pinyin and initials of its title and aliases."""
    aliases = normalize_aliases(aliases)
    words: dict[str, None] = dict.fromkeys(aliases)
    for text in (title, *aliases):
        words.update(dict.fromkeys(pinyin_terms(text)))
    return list(words)


# One typo


def edit_distance(first: str, second: str) -> int:
    """Damerau–Levenshtein distance (optimal string alignment): the edits —
    substitute, delete, insert, swap two neighbours — from one to the other."""
    previous_row = None
    row = list(range(len(second) + 1))
    for i, a in enumerate(first, start=1):
        before, previous_row = previous_row, row
        row = [i] + [0] * len(second)
        for j, b in enumerate(second, start=1):
            cost = 0 if a == b else 1
            row[j] = min(
                previous_row[j] + 1,
                row[j - 1] + 1,
                previous_row[j - 1] + cost,
            )
            if (
                before is not None
                and i > 1
                and j > 1
                and a == second[j - 2]
                and first[i - 2] == b
            ):
                row[j] = min(row[j], before[j - 2] + 1)
    return row[len(second)]


def query_word(word: str) -> str:
    """A query word as the index compares it: NFKC-folded, lower-case."""
    return unicodedata.normalize("NFKC", word or "").strip().lower()


def is_cjk_word(word: str) -> bool:
    return bool(_CJK_WORD.match(query_word(word)))


def is_latin_word(word: str) -> bool:
    return bool(_LATIN_WORD.match(query_word(word)))


def forgives_typo(word: str) -> bool:
    """Whether one typo in ``word`` is forgiven: long enough, and all
    Chinese or all Latin letters and digits."""
    word = query_word(word)
    return len(word) >= MIN_FUZZY_LENGTH and (is_cjk_word(word) or is_latin_word(word))


def _one_edit(
    word: str,
    substitutes: Callable[[int], Iterable[str]],
    inserts: Callable[[int], Iterable[str]],
):
    """The strings one edit away, by kind, best first: the same length
    (a wrong character, two swapped), one longer (a character missing),
    one shorter (a character too many). ``substitutes(i)`` gives the
    characters worth trying in place of ``word[i]``, ``inserts(i)`` those
    worth trying before ``word[i]`` (``i == len(word)``: at the end)."""
    same: dict[str, None] = {}
    longer: dict[str, None] = {}
    shorter: dict[str, None] = {}
    for i in range(len(word)):
        for char in substitutes(i):
            if char != word[i]:
                same[word[:i] + char + word[i + 1 :]] = None
    for i in range(len(word) - 1):
        if word[i] != word[i + 1]:
            same[word[:i] + word[i + 1] + word[i] + word[i + 2 :]] = None
    for i in range(len(word) + 1):
        for char in inserts(i):
            longer[word[:i] + char + word[i:]] = None
    for i in range(len(word)):
        shorter[word[:i] + word[i + 1 :]] = None
    return same, longer, shorter


def latin_corrections(word: str, known_words: Container[str]) -> list[list[str]]:
    """The Latin words ``known_words`` holds one edit away from a Latin
    ``word`` (pinyin is corrected to pinyin), by kind, best first (see
    :func:`_one_edit`); [] if none or the word is not corrected."""
    word = query_word(word)
    if not (forgives_typo(word) and _LATIN_WORD.match(word)):
        return []
    tiers = _one_edit(word, lambda _i: LATIN_ALPHABET, lambda _i: LATIN_ALPHABET)
    found = [
        sorted(c for c in tier if len(c) >= 2 and c in known_words) for tier in tiers
    ]
    return [tier[:MAX_CORRECTIONS] for tier in found if tier]


def bigrams(text: str) -> list[str]:
    return [text[i : i + 2] for i in range(len(text) - 1)]


def cjk_corrections(word: str, known_bigrams: Iterable[str]) -> list[list[str]]:
    """Chinese strings one edit away from ``word`` whose every bigram the
    index knows, by kind, best first; [] if none or the word is not
    corrected.

    The index finds a Chinese word as the phrase of its bigrams, so a
    correction is only worth searching if all its bigrams are known; a
    character added at either end could only narrow what the shorter word
    finds, so additions are tried between characters only."""
    word = query_word(word)
    if not (forgives_typo(word) and _CJK_WORD.match(word)):
        return []
    index = _BigramIndex(known_bigrams)
    same, longer, shorter = _one_edit(
        word,
        lambda i: index.substitutes(word, i),
        lambda i: index.inserts(word, i),
    )
    tiers = []
    for tier in (same, longer, shorter):
        fitting_all = sorted(
            candidate
            for candidate in tier
            if len(candidate) >= 2 and index.knows(candidate)
        )
        if fitting_all:
            tiers.append(fitting_all[:MAX_CORRECTIONS])
    return tiers


class _BigramIndex:
    """The index's Chinese bigrams: which characters it knows after and
    before each character."""

    def __init__(self, known_bigrams: Iterable[str]):
        self.known = {pair for pair in known_bigrams if len(pair) == 2}
        self.after: dict[str, set[str]] = {}
        self.before: dict[str, set[str]] = {}
        for first, second in self.known:
            self.after.setdefault(first, set()).add(second)
            self.before.setdefault(second, set()).add(first)

    def between(self, left: str | None, right: str | None) -> list[str]:
        """Characters the index knows after ``left`` and before ``right``."""
        options = None
        if left is not None:
            options = set(self.after.get(left, ()))
        if right is not None:
            fits = self.before.get(right, set())
            options = fits if options is None else options & fits
        return sorted(options or ())

    def substitutes(self, word: str, i: int) -> list[str]:
        """Characters that may replace the ``i``-th of ``word``."""
        left = word[i - 1] if i > 0 else None
        right = word[i + 1] if i + 1 < len(word) else None
        return self.between(left, right)

    def inserts(self, word: str, i: int) -> list[str]:
        """Characters that may go before the ``i``-th of ``word``, between
        two of its characters only."""
        if i == 0 or i == len(word):
            return []
        return self.between(word[i - 1], word[i])

    def knows(self, candidate: str) -> bool:
        """Every bigram of ``candidate`` is in the index."""
        return all(pair in self.known for pair in bigrams(candidate))


def is_known_cjk(word: str, known_bigrams: Container[str]) -> bool:
    """Every bigram of a Chinese word is in the index (it may be found)."""
    return all(pair in known_bigrams for pair in bigrams(query_word(word)))
