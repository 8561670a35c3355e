"""Text the public sends: type, length and characters, as findings."""

from hypothesis import given
from hypothesis import strategies as st
from putian.policy.rules.common.inputs import applicant_text
from putian.policy.rules.common.inputs import character_problem

import pytest


WHAT = ("申请人名称", "applicant's name")
# Controls of C0 and C1 and DEL; lone surrogates; bidi controls; separators.
CONTROL = st.one_of(
    st.characters(min_codepoint=0x00, max_codepoint=0x1F),
    st.characters(min_codepoint=0x7F, max_codepoint=0x9F),
)
SURROGATE = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)
BIDI = st.sampled_from("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
REFUSED = st.one_of(CONTROL, SURROGATE, BIDI, st.sampled_from("\u2028\u2029\ufffe"))


def read(value, max_length=100, multiline=False):
    return applicant_text(value, "applicant_name", WHAT, "R12", max_length, multiline)


def test_text_is_stripped_and_blank_is_missing():
    assert read("  林小梅 ") == ("林小梅", [])
    assert read("   ") == (None, [])
    assert read(None) == (None, [])


@pytest.mark.parametrize("value", [5, 0, 1.5, True, False, ["林小梅"], {"a": 1}, b"x"])
def test_a_value_that_is_not_text_is_a_finding(value):
    value_read, (finding,) = read(value)
    assert value_read is None
    assert finding.code == "applicant_name_not_text"
    assert finding.field == "applicant_name"
    assert finding.rule == "R12"
    assert finding.message_zh == "申请人名称必须是文本"
    assert type(value).__name__ in finding.message_en


def test_the_length_limit_counts_characters_after_stripping():
    assert read("林" * 100) == ("林" * 100, [])
    assert read(" " * 500 + "林" * 100 + "\n")[1] == []
    _value, (finding,) = read("林" * 101)
    assert finding.code == "applicant_name_too_long"
    assert finding.message_zh == "申请人名称为101字，不能超过100字"
    assert "101 characters" in finding.message_en


def test_a_megabyte_is_refused_without_being_repeated():
    huge = "a" * (1024 * 1024) + "@example.cn"
    _value, (finding,) = read(huge, max_length=254)
    assert finding.code == "applicant_name_too_long"
    assert len(finding.message_zh) < 100
    assert len(finding.message_en) < 100


@pytest.mark.parametrize(
    ("value", "shown_zh", "shown_en"),
    [
        ("林小\x00梅", "控制字符 U+0000", "control character U+0000"),
        ("林小梅\x1b[31m", "控制字符 U+001B", "control character U+001B"),
        ("林小\r\n梅", "换行符 U+000D", "line break U+000D"),
        ("林小\n梅", "换行符 U+000A", "line break U+000A"),
        ("林小\t梅", "控制字符 U+0009", "control character U+0009"),
        ("林小\x7f梅", "控制字符 U+007F", "control character U+007F"),
        ("林小\x9b梅", "控制字符 U+009B", "control character U+009B"),
        ("林小\ud800梅", "无效的代理码位 U+D800", "lone surrogate U+D800"),
        ("林\u202e梅小", "双向文本控制符 U+202E", "bidirectional control U+202E"),
        ("林小\u2028梅", "换行符 U+2028", "line break U+2028"),
        ("林小\uffff梅", "非字符码位 U+FFFF", "noncharacter U+FFFF"),
    ],
)
def test_refused_characters_are_named_by_code_point(value, shown_zh, shown_en):
    value_read, (finding,) = read(value)
    assert value_read is None
    assert finding.code == "applicant_name_invalid_characters"
    assert shown_zh in finding.message_zh
    assert shown_en in finding.message_en
    # The message never carries the character itself.
    bad = shown_en.rsplit("U+", 1)[1]
    assert chr(int(bad, 16)) not in finding.message_zh + finding.message_en


@pytest.mark.parametrize(
    "value",
    [
        "林小梅",
        "阿依古丽·买买提",
        "O'Brien-Smith Jr.",
        "莆田某食品有限公司（分公司）",
        "𠀀𪚥",  # CJK Extension B: rare characters in names
        "\ue000",  # private use: some systems map rare name characters here
        "林\u200d梅",  # zero width joiner: part of emoji and some scripts
        "😀",
    ],
)
def test_ordinary_names_pass(value):
    assert read(value) == (value, [])


def test_several_lines_may_hold_line_breaks_and_tabs_but_nothing_else():
    assert read("第一行\r\n第二行\t完", multiline=True) == ("第一行\r\n第二行\t完", [])
    assert read("第一行\x00", multiline=True)[1][0].code == (
        "applicant_name_invalid_characters"
    )
    assert read("第一行\u2029第二行", multiline=True)[1] != []


def test_a_code_prefix_of_its_own():
    _value, (finding,) = applicant_text(
        7,
        "material_1",
        ("文件名", "file name"),
        "R17",
        255,
        code_prefix="upload_filename",
    )
    assert (finding.code, finding.field) == ("upload_filename_not_text", "material_1")


@given(st.text(max_size=20), REFUSED, st.text(max_size=20))
def test_any_text_with_a_refused_character_is_refused(before, bad, after):
    value = f"林{before}{bad}{after}梅"
    _value, findings = read(value, max_length=1000)
    assert [finding.code for finding in findings] == [
        "applicant_name_invalid_characters"
    ]
    assert character_problem(value) is not None


@given(
    st.text(
        alphabet=st.characters(
            blacklist_categories=("Cc", "Cs", "Zl", "Zp"),
            blacklist_characters="\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069",
        ).filter(
            lambda c: ord(c) & 0xFFFE != 0xFFFE and not 0xFDD0 <= ord(c) <= 0xFDEF
        ),
        max_size=50,
    )
)
def test_any_text_without_one_passes_and_comes_back_stripped(value):
    value_read, findings = read(value, max_length=50)
    assert findings == []
    assert value_read == (value.strip() or None)


@given(st.one_of(st.integers(), st.floats(), st.booleans(), st.lists(st.text())))
def test_any_value_that_is_not_text_is_a_finding(value):
    _value, findings = read(value)
    assert [finding.code for finding in findings] == ["applicant_name_not_text"]
