"""Identifiers on items and forms: credit codes, ID numbers, phone numbers."""

from putian.policy.rules.calendar.clock import today
from putian.policy.rules.common.errors import RuleInputError
from putian.policy.rules.common.findings import ERROR
from putian.policy.rules.common.findings import Finding
from putian.policy.rules.common.inputs import text
from stdnum.cn import ric
from stdnum.cn import uscc
from stdnum.exceptions import ValidationError

import phonenumbers
import re
import unicodedata


USCC_RULE = "R2"
RESIDENT_ID_RULE = "R12"
PHONE_RULE = "R4"

# 12345 (政务服务便民热线), 12315, 12369...: the government's 5-digit lines.
_SERVICE_NUMBER = re.compile(r"123[0-9]{2}")
# Refusing letters up front matters: phonenumbers reads "1-800-FLOWERS"
# as a keypad number, and "x"/"ext" as an extension.
_PHONE_CHARACTERS = re.compile(r"[0-9+()\-\s]+")
_PHONE_SEPARATORS = re.compile(r"[()\-\s]")
_LOCAL_NUMBER = re.compile(r"[0-9]{7,8}")

# GB 32100-2015 and its amendments: the first character names the authority
# that registered the organisation (1 机构编制, 5 民政, 9 市场监管/工商,
# Y 其他, and 2-4, 6-8, A, N for the authorities added since). python-stdnum
# takes only a digit there; what is left to refuse is 0.
USCC_AUTHORITIES = "123456789ANY"

_USCC_PROBLEMS = {
    "InvalidLength": (
        "uscc_invalid_length",
        "应为18位，实际为{length}位",
        "must have 18 characters, not {length}",
    ),
    "InvalidFormat": (
        "uscc_invalid_format",
        "含有不允许的字符（前8位为数字，其余为数字或除I、O、Z、S、V以外的大写字母）",
        "has characters that are not allowed (8 digits, then digits or capital "
        "letters other than I, O, Z, S, V)",
    ),
    "InvalidChecksum": (
        "uscc_invalid_checksum",
        "校验位错误",
        "has a wrong check digit",
    ),
}


def _error(rule: str, field: str, error: RuleInputError) -> Finding:
    return Finding(rule, ERROR, error.code, error.message_zh, error.message_en, field)


def _missing(
    rule: str, field: str, code: str, what_zh: str, what_en: str
) -> list[Finding]:
    return [
        Finding(rule, ERROR, code, f"缺少{what_zh}", f"The {what_en} is missing", field)
    ]


def normalize_uscc(value: str) -> str:
    """The unified social credit code (统一社会信用代码) in canonical form."""
    number = text(value, "统一社会信用代码", "unified social credit code") or ""
    try:
        # NFKC: what a Chinese input method types full-width is the same code.
        code = uscc.validate(unicodedata.normalize("NFKC", number))
    except ValidationError as error:
        code, zh, en = _USCC_PROBLEMS.get(
            type(error).__name__, _USCC_PROBLEMS["InvalidFormat"]
        )
        length = len(uscc.compact(number))
        raise RuleInputError(
            code,
            f"统一社会信用代码“{number}”{zh.format(length=length)}",
            f"The unified social credit code {number!r} {en.format(length=length)}",
        ) from None
    if code[0] not in USCC_AUTHORITIES:
        raise RuleInputError(
            "uscc_invalid_authority",
            f"统一社会信用代码“{number}”的第1位（登记管理部门代码）应为"
            f"{'、'.join(USCC_AUTHORITIES)}之一",
            f"The unified social credit code {number!r} must begin with the code "
            f"of a registration authority ({', '.join(USCC_AUTHORITIES)})",
        )
    return code


def check_uscc(value: str | None, field: str = "uscc") -> list[Finding]:
    """R2: a valid unified social credit code (format and check digit)."""
    if text(value, "统一社会信用代码", "unified social credit code") is None:
        return _missing(
            USCC_RULE,
            field,
            "uscc_missing",
            "统一社会信用代码",
            "unified social credit code",
        )
    try:
        normalize_uscc(value)
    except RuleInputError as error:
        return [_error(USCC_RULE, field, error)]
    return []


def _masked(number: str) -> str:
    # Findings end up in logs and reports; an ID number is personal data, so
    # only the region (first 6) and the last 4 characters are shown.
    if len(number) <= 10:
        return "*" * len(number)
    return number[:6] + "*" * (len(number) - 10) + number[-4:]


def _resident_id_error(code: str, number: str, zh: str, en: str) -> RuleInputError:
    masked = _masked(number)
    return RuleInputError(
        code,
        f"居民身份证号码“{masked}”{zh}",
        f"The resident ID number {masked!r} {en}",
    )


def normalize_resident_id(value: str) -> str:
    """The 18-character resident ID number (居民身份证号码), upper-case X."""
    number = ric.compact(text(value, "居民身份证号码", "resident ID number") or "")
    if len(number) != 18:
        # First-generation 15-digit cards stopped being valid in 2013.
        raise _resident_id_error(
            "resident_id_invalid_length",
            number,
            f"应为18位，实际为{len(number)}位",
            f"must have 18 characters, not {len(number)}",
        )
    if (
        not number[:17].isascii()
        or not number[:17].isdigit()
        or (number[17] not in "0123456789X")
    ):
        raise _resident_id_error(
            "resident_id_invalid_format",
            number,
            "格式不正确（前17位为数字，最后一位为数字或X）",
            "is malformed (17 digits, then a digit or X)",
        )
    if number[17] != ric.calc_check_digit(number):
        raise _resident_id_error(
            "resident_id_invalid_checksum",
            number,
            "校验位错误",
            "has a wrong check digit",
        )
    try:
        born = ric.get_birth_date(number)
    except ValidationError:
        raise _resident_id_error(
            "resident_id_invalid_birth_date",
            number,
            "中的出生日期无效",
            "has an impossible date of birth",
        ) from None
    # Nobody is born after today in Putian (nor applies before birth).
    if born > today():
        raise _resident_id_error(
            "resident_id_birth_date_in_future",
            number,
            "中的出生日期晚于今天",
            "has a date of birth after today",
        )
    try:
        ric.get_birth_place(number)
    except ValidationError:
        raise _resident_id_error(
            "resident_id_invalid_region",
            number,
            "中的行政区划代码不存在",
            "has an unknown region code",
        ) from None
    return number


def check_resident_id(value: str | None, field: str) -> list[Finding]:
    """R12: a valid resident ID number; messages show it masked."""
    if text(value, "居民身份证号码", "resident ID number") is None:
        return _missing(
            RESIDENT_ID_RULE,
            field,
            "resident_id_missing",
            "居民身份证号码",
            "resident ID number",
        )
    try:
        normalize_resident_id(value)
    except RuleInputError as error:
        return [_error(RESIDENT_ID_RULE, field, error)]
    return []


def _phone_error(code: str, raw: str, zh: str, en: str) -> RuleInputError:
    return RuleInputError(
        code, f"电话号码“{raw}”{zh}", f"The phone number {raw!r} {en}"
    )


def normalize_phone(value: str) -> str:
    """A Chinese phone number as printed in guides.

    Mobiles as 13812345678, landlines as 0594-2345678, service lines as
    12345; anything else raises RuleInputError.
    """
    raw = text(value, "电话号码", "phone number") or ""
    # NFKC turns full-width digits and brackets (（０５９４）) into ASCII.
    number = unicodedata.normalize("NFKC", raw)
    if not _PHONE_CHARACTERS.fullmatch(number):
        raise _phone_error(
            "phone_invalid_characters",
            raw,
            "只能包含数字、空格、“-”、“+”和括号（不含分机号）",
            "may only contain digits, spaces, '-', '+' and brackets (no extension)",
        )
    compact = _PHONE_SEPARATORS.sub("", number)
    if _SERVICE_NUMBER.fullmatch(compact):
        return compact
    if _LOCAL_NUMBER.fullmatch(compact):
        raise _phone_error(
            "phone_area_code_missing",
            raw,
            "缺少区号（莆田为0594），如0594-2345678",
            "lacks the area code (0594 for Putian), e.g. 0594-2345678",
        )
    try:
        parsed = phonenumbers.parse(number, "CN")
    except phonenumbers.NumberParseException:
        parsed = None
    if parsed is not None and parsed.country_code != 86:
        raise _phone_error(
            "phone_not_chinese",
            raw,
            "不是中国大陆号码",
            "is not a mainland China number",
        )
    if parsed is None or not phonenumbers.is_valid_number_for_region(parsed, "CN"):
        raise _phone_error(
            "phone_invalid",
            raw,
            "无效：应为11位手机号码、带区号的固定电话（如0594-2345678）"
            "或123开头的5位服务热线（如12345）",
            "is not valid: use an 11-digit mobile, a landline with its area code "
            "(e.g. 0594-2345678) or a 5-digit service line starting 123 (e.g. 12345)",
        )
    national = str(parsed.national_number)
    kind = phonenumbers.number_type(parsed)
    if kind == phonenumbers.PhoneNumberType.MOBILE:
        return national
    if kind == phonenumbers.PhoneNumberType.FIXED_LINE:
        area = phonenumbers.length_of_geographical_area_code(parsed)
        return f"0{national[:area]}-{national[area:]}"
    # 400/800 numbers and the like are paid or company lines, not a service
    # desk the public can hold to account.
    raise _phone_error(
        "phone_type_not_accepted",
        raw,
        "不是手机号码、固定电话或12345等政务服务热线",
        "is not a mobile, a landline or a government service line such as 12345",
    )


def check_phone(value: str | None, field: str) -> list[Finding]:
    """R4: a phone number the public can call (see ``normalize_phone``)."""
    if text(value, "电话号码", "phone number") is None:
        return _missing(PHONE_RULE, field, "phone_missing", "电话号码", "phone number")
    try:
        normalize_phone(value)
    except RuleInputError as error:
        return [_error(PHONE_RULE, field, error)]
    return []
