"""Request values (query strings, JSON, form fields) read into rule inputs.

Every refusal is a RuleInputError with a Chinese and an English message, so
REST answers and form messages say the same thing.
"""

from datetime import date
from putian.policy.rules.common.errors import RuleInputError

import re


ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
COUNT = re.compile(r"^\d{1,4}$")


def parse_date(value, what_zh="日期", what_en="date") -> date:
    """A YYYY-MM-DD string as a date."""
    if not isinstance(value, str) or not ISO_DATE.match(value.strip()):
        if value in (None, ""):
            raise RuleInputError(
                "missing_date", f"缺少{what_zh}", f"The {what_en} is missing"
            )
        raise RuleInputError(
            "invalid_date",
            f"{what_zh}格式应为YYYY-MM-DD：{value!r}",
            f"The {what_en} must be YYYY-MM-DD: {value!r}",
        )
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise RuleInputError(
            "invalid_date",
            f"{what_zh}不存在：{value}",
            f"No such {what_en}: {value}",
        ) from None


def parse_year(value) -> int:
    """A four-digit year, from an int or a string."""
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if not isinstance(value, int) or isinstance(value, bool) or len(str(value)) != 4:
        raise RuleInputError(
            "invalid_year",
            f"年份应为四位数字：{value!r}",
            f"The year must have four digits: {value!r}",
        )
    return value


def parse_count(value, what_zh, what_en, default=None) -> int:
    """A whole number of working days (0 or more)."""
    if value in (None, "") and default is not None:
        return default
    if value in (None, ""):
        raise RuleInputError(
            "missing_days", f"缺少{what_zh}", f"The {what_en} is missing"
        )
    text = str(value).strip()
    if text.startswith("-") and COUNT.match(text[1:]):
        raise RuleInputError(
            "negative_days",
            f"{what_zh}不能为负数：{text}",
            f"The {what_en} cannot be negative: {text}",
        )
    if not COUNT.match(text):
        raise RuleInputError(
            "invalid_days",
            f"{what_zh}应为0到9999之间的整数：{value!r}",
            f"The {what_en} must be a whole number from 0 to 9999: {value!r}",
        )
    return int(text)


def parse_ranges(value) -> list[tuple[date, date]]:
    """Inclusive date ranges written ``A..B`` and separated by commas.

    A single date stands for a one-day range.  Order and overlaps are
    checked by the deadline rules, which own that law.
    """
    ranges = []
    for part in (value or "").split(","):
        part = part.strip()
        if not part:
            continue
        first, sep, last = part.partition("..")
        first_day = parse_date(first, "暂停计时开始日期", "suspension's first day")
        last_day = (
            parse_date(last, "暂停计时结束日期", "suspension's last day")
            if sep
            else first_day
        )
        ranges.append((first_day, last_day))
    return ranges
