"""The State Council's published arrangements, as shipped by chinese_calendar."""

from chinese_calendar import get_holiday_detail
from chinese_calendar.constants import holidays as _published_holidays
from datetime import date


# Derived from the library's own data so that an upgrade covering more
# years widens the official range without a code change.
OFFICIAL_FIRST_YEAR = min(_published_holidays).year
OFFICIAL_LAST_YEAR = max(_published_holidays).year

# chinese_calendar names holidays by English enum values; people read Chinese.
HOLIDAY_NAMES_ZH = {
    "New Year's Day": "元旦",
    "Spring Festival": "春节",
    "Tomb-sweeping Day": "清明节",
    "Labour Day": "劳动节",
    "Dragon Boat Festival": "端午节",
    "Mid-autumn Festival": "中秋节",
    "National Day": "国庆节",
    "Anti-Fascist 70th Day": "抗战胜利纪念日",
}

MAKE_UP_WORKING_SUFFIX = "调休上班"


def is_official_year(year: int) -> bool:
    """True when chinese_calendar ships the arrangement for ``year``."""
    return OFFICIAL_FIRST_YEAR <= year <= OFFICIAL_LAST_YEAR


def holiday_name_zh(name: str) -> str:
    """Chinese display name of a chinese_calendar holiday name."""
    return HOLIDAY_NAMES_ZH.get(name, name)


def special_days(year: int) -> dict[date, tuple[bool, str]]:
    """Days of an official year that differ from a plain Mon-Fri week.

    Maps each holiday to ``(False, name)`` and each make-up working day to
    ``(True, "<holiday>调休上班")``; plain weekdays and weekends are left out.
    The caller must check ``is_official_year`` first.
    """
    result = {}
    first = date(year, 1, 1).toordinal()
    last = date(year, 12, 31).toordinal()
    for ordinal in range(first, last + 1):
        day = date.fromordinal(ordinal)
        resting, name = get_holiday_detail(day)
        if name is None:
            continue
        name_zh = holiday_name_zh(name)
        if resting:
            result[day] = (False, name_zh)
        else:
            result[day] = (True, name_zh + MAKE_UP_WORKING_SUFFIX)
    return result
