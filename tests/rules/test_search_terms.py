"""Pinyin, initials, aliases and one typo (rules/search_terms.py)."""

from hypothesis import example
from hypothesis import given
from hypothesis import strategies as st
from putian.policy.rules.catalogue import search_terms
from putian.policy.rules.catalogue.search_terms import bigrams
from putian.policy.rules.catalogue.search_terms import cjk_corrections
from putian.policy.rules.catalogue.search_terms import edit_distance
from putian.policy.rules.catalogue.search_terms import forgives_typo
from putian.policy.rules.catalogue.search_terms import latin_corrections
from putian.policy.rules.catalogue.search_terms import normalize_aliases
from putian.policy.rules.catalogue.search_terms import pinyin_of
from putian.policy.rules.catalogue.search_terms import pinyin_terms
from putian.policy.rules.catalogue.search_terms import searchable_words

import pytest


FOOD = "食品经营许可"


# Pinyin and initials


def test_full_pinyin_and_initials_of_every_span_and_the_whole_name():
    terms = pinyin_terms(FOOD)
    for word in ("shipin", "jingying", "xuke", "shipinjingyingxuke"):
        assert word in terms
    for word in ("sp", "spjy", "jyxk", "spjyxk"):
        assert word in terms
    # A single syllable is not a term, as a single character is no bigram.
    assert "shi" not in terms
    assert "s" not in terms
    # Only spans on syllable boundaries.
    assert "hipin" not in terms


def test_spans_are_limited_but_the_whole_run_is_always_there():
    name = "建筑工程施工许可证核发"
    terms = pinyin_terms(name)
    assert "jianzhugongchengshigongxukezhenghefa" in terms
    assert "jzgcsgxkzhf" in terms
    assert "jianzhugongcheng" in terms
    # Seven syllables from the second: longer than a span, not the whole.
    assert "zhugongchengshigongxuke" not in terms
    spans = sum(len(name) - n + 1 for n in range(2, search_terms.MAX_SPAN + 1)) + 1
    # Each span at most MAX_SPELLINGS spellings, full and initials.
    assert len(terms) <= spans * search_terms.MAX_SPELLINGS * 2


def test_the_reading_in_context_comes_first():
    assert pinyin_of("银行业务") == "yinhangyewu"
    assert pinyin_of("重庆") == "chongqing"
    assert pinyin_of("重大行政决策") == "zhongdaxingzhengjuece"
    assert pinyin_of(FOOD) == "shipinjingyingxuke"


def test_a_word_pypinyin_knows_has_its_reading_only():
    # 重大 is zhòngdà, 银行 yínháng: no chongda, no yinxing.
    assert pinyin_terms("重大") == ["zhongda", "zd"]
    assert "yinxing" not in pinyin_terms("银行")


def test_other_readings_of_a_polyphonic_character_are_found_too():
    # Outside a known word each reading of 重 (zhòng, chóng, tóng) is a term.
    terms = pinyin_terms("茶重")
    assert terms[:2] == ["chazhong", "cz"]
    assert {"chachong", "cc", "chatong", "ct"} <= set(terms)


def test_readings_are_limited_per_character_and_per_span():
    # 行 is listed with five readings (xíng, háng, héng, xìng, hàng).
    assert search_terms._readings("行茶")[0] == ["xing", "hang", "heng"]
    assert len(search_terms._readings("行茶")[0]) == search_terms.MAX_READINGS
    # Six characters of three readings each: four spellings of the run.
    readings = search_terms._readings("茶重茶重茶重")
    spellings = search_terms._spellings(readings)
    assert len(spellings) == search_terms.MAX_SPELLINGS
    assert spellings[0] == ["cha", "zhong"] * 3
    # Each other spelling changes one character's reading.
    for spelling in spellings[1:]:
        assert sum(a != b for a, b in zip(spelling, spellings[0], strict=True)) == 1


def test_latin_digits_and_punctuation_end_a_run():
    assert pinyin_terms("B类3D打印服务") == [
        "dayin",
        "dy",
        "yinfu",
        "yf",
        "fuwu",
        "fw",
        "dayinfu",
        "dyf",
        "yinfuwu",
        "yfw",
        "dayinfuwu",
        "dyfw",
    ]
    # 类 stands alone between B and 3D: one syllable, no term.
    assert not [t for t in pinyin_terms("B类3D打印服务") if t.startswith("lei")]
    assert pinyin_terms("食品（餐饮）") == [
        "shipin",
        "sp",
        "canyin",
        "cy",
        # 餐 is also listed as sūn.
        "sunyin",
        "sy",
    ]


@pytest.mark.parametrize("text", ["", None, "   ", "ABC 123", "、。！", "食", "〇"])
def test_no_pinyin_for_nothing_to_read(text):
    assert pinyin_terms(text) == []


def test_u_with_umlaut_is_typed_v():
    assert "lvse" in pinyin_terms("绿色")


# Aliases


def test_aliases_are_trimmed_folded_and_kept_once_in_order():
    assert normalize_aliases(
        [
            "  办餐饮证 ",
            "开饭店",
            "办餐饮证",
            "",
            "   ",
            "开  饭店",
            "ＫＴＶ许可",
            "ktv许可",
        ]
    ) == ["办餐饮证", "开饭店", "开 饭店", "KTV许可"]
    assert normalize_aliases(None) == []
    assert normalize_aliases(()) == []


def test_searchable_words_hold_aliases_and_the_pinyin_of_title_and_aliases():
    words = searchable_words(FOOD, [" 办餐饮证", "开饭店", "开饭店"])
    assert words[:2] == ["办餐饮证", "开饭店"]
    for word in ("spjy", "shipin", "bancanyinzheng", "bcyz", "kaifandian", "kfd"):
        assert word in words
    assert len(words) == len(set(words))
    assert searchable_words("", []) == []
    assert searchable_words(None, None) == []


# One typo


@pytest.mark.parametrize(
    ("first", "second", "distance"),
    [
        ("", "", 0),
        ("abc", "abc", 0),
        ("shipn", "shipin", 1),
        ("spjyy", "spjy", 1),
        ("spjy", "sjpy", 1),  # two neighbours swapped: one edit
        ("食品经营许科", FOOD, 1),
        ("食品经营", FOOD, 2),
        ("", "abc", 3),
        ("ca", "abc", 3),  # optimal string alignment, not unrestricted
    ],
)
def test_edit_distance(first, second, distance):
    assert edit_distance(first, second) == distance
    assert edit_distance(second, first) == distance


@pytest.mark.parametrize(
    ("word", "forgiven"),
    [
        ("spj", True),
        ("sp", False),
        ("食品经", True),
        ("食品", False),
        ("SHIPN", True),
        ("b2b", True),
        ("3d打印", False),  # mixed: not corrected
        ("", False),
        ("许可-证", False),
    ],
)
def test_which_words_forgive_a_typo(word, forgiven):
    assert forgives_typo(word) is forgiven


LEXICON = set(pinyin_terms(FOOD)) | set(pinyin_terms("开饭店")) | {"food", "licence"}


def test_pinyin_typos_find_the_known_words_closest_kind_first():
    assert latin_corrections("shipn", LEXICON) == [["shipin"]]
    # spjyy: a wrong last letter (spjyx) is closer in kind than one too many.
    assert latin_corrections("spjyy", LEXICON) == [["spjyx"], ["spjy"]]
    assert latin_corrections("SPJYY", LEXICON) == [["spjyx"], ["spjy"]]
    assert latin_corrections("sjpy", LEXICON) == [["spjy"]]
    assert latin_corrections("kaifandain", LEXICON) == [["kaifandian"]]
    assert latin_corrections("lisence", LEXICON) == [["licence"]]


def test_no_pinyin_correction_when_too_short_mixed_or_too_far():
    assert latin_corrections("sq", LEXICON) == []
    assert latin_corrections("shpn", LEXICON) == []  # two edits
    assert latin_corrections("食品经营", LEXICON) == []
    assert latin_corrections("", LEXICON) == []


BIGRAMS = set(bigrams(FOOD)) | set(bigrams("开饭店")) | set(bigrams("餐饮服务许可"))


def test_chinese_typos_find_known_phrases_closest_kind_first():
    # 科 for 可: the wrong character; or, found more widely, 许科 left out.
    assert cjk_corrections("食品经营许科", BIGRAMS) == [[FOOD], ["食品经营许"]]
    assert cjk_corrections("开饭馆", BIGRAMS) == [["开饭店"], ["开饭"]]
    # A character missing between two (食经 -> 食品经) or swapped.
    assert cjk_corrections("食经营许可", BIGRAMS)[:2] == [["品经营许可"], [FOOD]]
    assert [FOOD] in cjk_corrections("食品营经许可", BIGRAMS)


def test_no_chinese_correction_when_too_short_or_nothing_fits():
    assert cjk_corrections("食科", BIGRAMS) == []
    assert cjk_corrections("天气预报", BIGRAMS) == []
    assert cjk_corrections("shipin", BIGRAMS) == []
    assert cjk_corrections("", BIGRAMS) == []


def test_corrections_are_limited():
    lexicon = {f"abc{c}" for c in "abcdefghijklmnopqrstuvwxyz"}
    (same,) = latin_corrections("abc0", lexicon)
    assert len(same) == search_terms.MAX_CORRECTIONS


WORDS = st.text(alphabet="abcd食品", min_size=0, max_size=7)


@given(WORDS, WORDS)
def test_distance_is_a_metric_like_count(first, second):
    distance = edit_distance(first, second)
    assert distance == edit_distance(second, first)
    assert (distance == 0) == (first == second)
    assert abs(len(first) - len(second)) <= distance <= max(len(first), len(second))


@given(st.text(alphabet="abcxyz", min_size=3, max_size=7), st.sets(WORDS))
@example("aaa", {"aa品"})
def test_every_latin_correction_is_one_edit_away_and_known(word, lexicon):
    tiers = latin_corrections(word, lexicon)
    found = [c for tier in tiers for c in tier]
    assert all(c in lexicon and edit_distance(word, c) == 1 for c in found)
    # Nothing Latin known one edit away is missed (but single letters, and
    # beyond the limit): a pinyin query is corrected to pinyin, never to a
    # word with a Chinese character in it ("aaa" is not "aa品").
    expected = {
        c
        for c in lexicon
        if len(c) >= 2
        and set(c) <= set(search_terms.LATIN_ALPHABET)
        and edit_distance(word, c) == 1
    }
    if all(len(tier) < search_terms.MAX_CORRECTIONS for tier in tiers):
        assert set(found) == expected


@given(st.text(alphabet="食品经营许可证开饭店", min_size=3, max_size=7))
def test_every_chinese_correction_is_one_edit_away_with_known_bigrams(word):
    for tier in cjk_corrections(word, BIGRAMS):
        for candidate in tier:
            assert edit_distance(word, candidate) == 1
            assert all(pair in BIGRAMS for pair in bigrams(candidate))
