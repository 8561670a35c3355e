"""Sorting Chinese names the way readers look them up: by pinyin.

Code-point order puts 食品经营许可 (shí) before 建筑工程施工许可 (jiàn) at
random; a Chinese reader expects dictionary order: syllable, then tone.
Characters with the same reading keep a stable order by the text itself;
numbers sort by value (第2批 before 第10批), as Plone's own sort key does.
"""

from pypinyin import lazy_pinyin
from pypinyin import Style

import re


_NUMBER = re.compile(r"\d+")
_SPACES = re.compile(r"\s+")
# Long enough to tell any two catalogue names apart; the catalog stores it.
MAX_KEY_LENGTH = 300


def _pad_numbers(text: str) -> str:
    return _NUMBER.sub(lambda match: match.group().zfill(8), text)


def collation_key(text: str | None) -> str:
    """A key whose plain string order is pinyin dictionary order."""
    text = _SPACES.sub(" ", (text or "").strip())
    if not text:
        return ""
    # TONE3 gives "shi2": the tone digit sorts before any longer syllable
    # ("an1" before "ang1"), and tones in order (shī, shí, shǐ, shì).
    syllables = lazy_pinyin(text, style=Style.TONE3, neutral_tone_with_five=True)
    reading = " ".join(_pad_numbers(part.strip().lower()) for part in syllables)
    return f"{reading}\x00{text}"[:MAX_KEY_LENGTH]
