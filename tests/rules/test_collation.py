"""Chinese names sort by pinyin, then tone; numbers by value."""

from hypothesis import given
from hypothesis import strategies as st
from putian.policy.rules.common.collation import collation_key
from putian.policy.rules.common.collation import MAX_KEY_LENGTH


def ordered(*names):
    return sorted(names, key=collation_key)


def test_items_sort_by_their_reading_not_by_code_point():
    names = ["食品经营许可", "建筑工程施工许可证核发", "安全生产许可", "不动产登记"]
    assert ordered(*names) == [
        "安全生产许可",
        "不动产登记",
        "建筑工程施工许可证核发",
        "食品经营许可",
    ]
    # Code-point order would put 安 (U+5B89) after 不 (U+4E0D).
    assert sorted(names)[0] == "不动产登记"


def test_shorter_syllables_come_first_and_tones_in_order():
    assert ordered("昂扬", "安全") == ["安全", "昂扬"]  # an before ang
    assert ordered("是", "十", "诗", "使") == ["诗", "十", "使", "是"]


def test_a_polyphonic_character_is_read_in_its_word():
    # 重 is chóng in 重庆, zhòng in 重量.
    assert ordered("重量检测", "重庆", "长沙") == ["长沙", "重庆", "重量检测"]


def test_numbers_sort_by_value():
    assert ordered("第10批", "第2批", "第1批") == ["第1批", "第2批", "第10批"]


def test_latin_and_spaces():
    assert collation_key("  ABC  许可 ") == collation_key("abc 许可").replace(
        "\x00abc", "\x00ABC"
    )
    assert ordered("b类", "A类") == ["A类", "b类"]


def test_same_reading_different_characters_still_have_a_stable_order():
    assert collation_key("市场") != collation_key("事场")
    assert ordered("事场", "市场") == ordered("市场", "事场")


def test_empty():
    assert collation_key(None) == ""
    assert collation_key("   ") == ""


@given(st.text(max_size=200))
def test_keys_are_bounded_strings(text):
    key = collation_key(text)
    assert isinstance(key, str)
    assert len(key) <= MAX_KEY_LENGTH
