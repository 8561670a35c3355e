"""The bad-input corpus (issue 19): values no field or parameter of the portal
may take, grouped by kind. Each is a (label, value) pair; the value is what
goes into the JSON body (or the query string). test_bad_input.py sends each
group to the fields and services it applies to.

Values here are wrong whatever the field of their kind: a rule that would
accept one of them somewhere is a finding of the corpus, not a reason to
drop it.
"""

import io
import zipfile


MIB = 1024 * 1024

# Not text: for every text field (TextLine, Text, the applicant's fields).
WRONG_TYPES_FOR_TEXT = [
    ("integer", 42),
    ("negative", -1),
    ("float", 3.5),
    ("true", True),
    ("false", False),
    ("empty list", []),
    ("list of text", ["a", "b"]),
    ("empty object", {}),
    ("object", {"a": "b"}),
    ("list of objects", [{"a": 1}]),
]

# Not a whole number: for Int fields (limits, days, copies).
WRONG_TYPES_FOR_INTEGER = [
    ("word", "abc"),
    ("decimal text", "1.5"),
    ("float", 1.5),
    ("empty text", ""),
    ("chinese numeral", "五"),
    ("list", [1]),
    ("object", {"days": 1}),
    ("exponent text", "1e3"),
    ("spaced", "1 0"),
    ("hex", "0x10"),
]

# Out of range for a count of days (no field counts negative or 10^9 days).
OUT_OF_RANGE_DAYS = [
    ("negative", -1),
    ("very negative", -(10**9)),
    ("beyond 32 bits", 2**31),
    ("trillion", 10**12),
    ("beyond 64 bits", 2**70),
]

# Not one of the vocabulary's tokens: for every Choice.
WRONG_CHOICES = [
    ("unknown token", "no_such_token"),
    ("integer", 7),
    ("list", ["XK"]),
    ("object", {"token": "nope"}),
    ("chinese title", "行政许可"),
    ("padded", " XK "),
    ("lowercase", "xk"),
    ("sql", "XK' OR '1'='1"),
]

# 1 MB and more of text, in one field.
LONG_STRINGS = [
    ("1 MB ascii", "x" * MIB),
    ("1 MB chinese", "办" * (MIB // 3 + 1)),
    ("just over the text limit", "y" * 100_001),
]

# Control characters no page, export or SVG can show.
CONTROL_CHARACTERS = [
    ("nul alone", "\x00"),
    ("nul inside", "食品\x00经营"),
    ("nul at end", "许可\x00"),
    ("bell", "a\x07b"),
    ("escape sequence", "\x1b[31mred\x1b[0m"),
    ("backspace", "ab\x08c"),
    ("vertical tab", "a\x0bb"),
    ("form feed", "a\x0cb"),
    ("shift out", "a\x0eb"),
    ("unit separator", "a\x1fb"),
    ("delete", "a\x7fb"),
]


def nested_lists(depth: int):
    value = 1
    for _level in range(depth):
        value = [value]
    return value


def nested_objects(depth: int):
    value = 1
    for _level in range(depth):
        value = {"a": value}
    return value


# Nested far deeper than any field's value (bodies are 16 levels at most).
DEEP_NESTING = [
    ("lists 20 deep", nested_lists(20)),
    ("objects 20 deep", nested_objects(20)),
    ("lists 500 deep", nested_lists(500)),
]

# Dates that are not dates (YYYY-MM-DD expected).
INVALID_DATES = [
    ("february 30", "2026-02-30"),
    ("month 13", "2026-13-01"),
    ("day 32", "2026-01-32"),
    ("zeros", "0000-00-00"),
    ("not a leap year", "2025-02-29"),
    ("slashes", "2026/01/05"),
    ("two-digit year", "26-01-05"),
    ("chinese", "2026年1月5日"),
    ("word", "yesterday"),
    ("empty", ""),
    ("full-width digits", "２０２６-０１-０５"),
    ("hour 25", "2026-01-05T25:00:00"),
    ("integer", 20260105),
    ("year 99999", "99999-01-01"),
]

# Resident identity numbers (居民身份证号码) that are not valid.
INVALID_RESIDENT_IDS = [
    ("wrong check digit", "350302199001011230"),
    ("17 digits", "35030219900101123"),
    ("19 digits", "3503021990010112399"),
    ("month 13", "350302199013011235"),
    ("letters", "ABCDEFGHIJKLMNOPQR"),
    ("x in the middle", "3503021990X1011239"),
    ("spaces", "350302 19900101 1239"),
    # Full-width digits from a Chinese input method are read as digits:
    # only a wrong number written so is wrong.
    ("full-width, wrong check digit", "３５０３０２１９９００１０１１２３０"),
    ("all zeros", "000000000000000000"),
    ("born in the future", "350302209901011235"),
]

# Unified social credit codes (统一社会信用代码) that are not valid.
INVALID_CREDIT_CODES = [
    ("wrong check character", "11350300003632104Y"),
    ("short", "123"),
    ("19 characters", "11350300003632104X1"),
    ("letter I", "I1350300003632104X"),
    ("letter O", "11350300003632104O"),
    # Full-width is read as half-width: only a wrong code written so is wrong.
    ("full-width, wrong check character", "１１３５０３０００３６３２１０４Ｙ"),
    ("empty", ""),
    ("chinese", "统一社会信用代码"),
]

# Telephone numbers that are not numbers one can call in China.
INVALID_PHONES = [
    ("letters", "abc"),
    ("ten digit mobile", "1390594000"),
    ("twelve digit mobile", "139059400001"),
    ("mobile prefix 12", "12905940000"),
    ("too short", "123"),
    ("chinese", "电话号码"),
    ("script", "<script>1</script>"),
    ("only dashes", "----"),
    ("extension word", "0594-2695000转"),
    ("thirty digits", "1" * 30),
]

# e-mail addresses that are not addresses.
INVALID_EMAILS = [
    ("no at", "lin.example.cn"),
    ("two ats", "lin@@example.cn"),
    ("no domain", "lin@"),
    ("spaces", "lin @example.cn"),
    ("header injection", "lin@example.cn\r\nBcc: all@example.cn"),
]

# A file's content in plone.restapi's shape with data that is not base64.
INVALID_BASE64 = [
    ("punctuation", "!!!"),
    ("bad padding", "abc"),
    ("only padding", "===="),
    ("data url", "data:application/pdf;base64,JVBERi0xLjQ="),
    ("chinese", "申请书"),
    ("url-safe alphabet", "JVBERi0xLjQ-_w=="),
    ("padding inside", "JV==BERi0xLjQ="),
]

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _zip(entries: dict) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


# Files whose name says document and whose content says otherwise (or the
# reverse): the content decides (R17).
DISGUISED_FILES = [
    ("windows executable named pdf", "申请书.pdf", b"MZ\x90\x00\x03" + b"\x00" * 64),
    ("elf named pdf", "申请书.pdf", b"\x7fELF\x02\x01\x01" + b"\x00" * 64),
    ("shell script named pdf", "申请书.pdf", b"#!/bin/sh\nrm -rf /\n"),
    ("html named pdf", "申请书.pdf", b"<html><script>alert(1)</script></html>"),
    ("svg named png", "照片.png", b'<svg xmlns="http://www.w3.org/2000/svg"/>'),
    ("zip named docx", "申请书.docx", _zip({"payload.exe": b"MZ"})),
    ("pdf named exe", "申请书.exe", PDF),
    ("pdf with two extensions", "申请书.pdf.exe", PDF),
    ("pdf named with rtl override", "申请书\u202efdp.exe", PDF),
    ("empty file", "申请书.pdf", b""),
]


def oversize_pdf(limit_bytes: int) -> bytes:
    """A real PDF signature, one byte over the limit."""
    return PDF + b"0" * (limit_bytes + 1 - len(PDF))


# Shapes a datagrid (a list of rows) cannot take.
WRONG_ROWS = [
    ("text", "x"),
    ("number", 42),
    ("list of text", ["a"]),
    ("list of numbers", [1, 2]),
    ("list of lists", [[1]]),
    ("list of null", [None]),
    ("deep", [[[[[[[[1]]]]]]]]),
]

# Bodies that are not a JSON object (sent as raw bytes, for plone.restapi's
# own endpoints; our services' are in tests/http/test_bad_bodies.py).
BAD_BODIES = [
    ("not json", b"{this is not json"),
    ("array", b"[]"),
    ("string", b'"x"'),
    ("null", b"null"),
    ("truncated", b'{"title": "'),
    ("gbk", '{"title": "中文"}'.encode("gbk")),
    ("nested 100000 deep", b"[" * 100_000 + b"]" * 100_000),
    ("nan", b'{"title": NaN}'),
    ("lone surrogate", b'{"title": "\\ud800"}'),
]

# Query-string values for GET parameters (sent as text).
BAD_QUERY_TEXT = [
    ("nul", "\x00"),
    ("1 MB", "q" * MIB),
    ("control", "a\x1bb"),
    ("script", "<script>alert(1)</script>"),
    ("sql", "' OR '1'='1"),
    ("path", "../../etc/passwd"),
]


def text_values():
    """Everything wrong for a text field."""
    return WRONG_TYPES_FOR_TEXT + LONG_STRINGS + CONTROL_CHARACTERS + DEEP_NESTING[:2]


def groups() -> dict:
    """Every group by name, for counting and for the test of the corpus."""
    return {
        "wrong types for text": WRONG_TYPES_FOR_TEXT,
        "wrong types for integers": WRONG_TYPES_FOR_INTEGER,
        "days out of range": OUT_OF_RANGE_DAYS,
        "wrong choices": WRONG_CHOICES,
        "1 MB strings": LONG_STRINGS,
        "control characters": CONTROL_CHARACTERS,
        "deep nesting": DEEP_NESTING,
        "invalid dates": INVALID_DATES,
        "invalid resident ids": INVALID_RESIDENT_IDS,
        "invalid credit codes": INVALID_CREDIT_CODES,
        "invalid phones": INVALID_PHONES,
        "invalid emails": INVALID_EMAILS,
        "invalid base64": INVALID_BASE64,
        "disguised files": [
            (label, (name, data)) for label, name, data in DISGUISED_FILES
        ],
        "wrong rows": WRONG_ROWS,
        "bad bodies": BAD_BODIES,
        "bad query text": BAD_QUERY_TEXT,
    }
