"""Provisional statutory holidays for years without a published arrangement.

Follows 全国年节及纪念日放假办法 as revised in 2024.  Only the statutory days
and the Article 6 make-up days off (补休) are predictable; the State
Council's make-up working days (调休上班) are not, so there are none here.
"""

from datetime import date
from datetime import timedelta
from lunar_python import Lunar
from lunar_python import Solar


NEW_YEAR = "元旦"
SPRING_FESTIVAL = "春节"
QINGMING = "清明节"
LABOUR_DAY = "劳动节"
DRAGON_BOAT = "端午节"
MID_AUTUMN = "中秋节"
NATIONAL_DAY = "国庆节"
MAKE_UP_REST_SUFFIX = "（补休）"

_ONE_DAY = timedelta(days=1)


def _from_solar(solar: Solar) -> date:
    return date(solar.getYear(), solar.getMonth(), solar.getDay())


def lunar_to_solar(year: int, month: int, day: int) -> date:
    """Gregorian date of a day in a (non-leap) lunar month of lunar ``year``."""
    return _from_solar(Lunar.fromYmd(year, month, day).getSolar())


def spring_festival_eve(year: int) -> date:
    """除夕: the last day of lunar month 12, i.e. the eve of lunar 1/1.

    Lunar New Year falls between Jan 21 and Feb 20, so the eve always lies
    in the same Gregorian year.
    """
    return lunar_to_solar(year, 1, 1) - _ONE_DAY


def qingming_day(year: int) -> date:
    """The day of the 清明 solar term in ``year`` (April 4, 5 or 6)."""
    # Mid-April always belongs to lunar year ``year``, whose table holds
    # that year's 清明 under its Chinese name.
    table = Solar.fromYmd(year, 4, 15).getLunar().getJieQiTable()
    return _from_solar(table["清明"])


def dragon_boat_day(year: int) -> date:
    """端午: lunar 5/5."""
    return lunar_to_solar(year, 5, 5)


def mid_autumn_day(year: int) -> date:
    """中秋: lunar 8/15."""
    return lunar_to_solar(year, 8, 15)


def statutory_days(year: int) -> dict[date, str]:
    """The statutory holidays (without make-up days off), date -> name."""
    days = {date(year, 1, 1): NEW_YEAR}
    eve = spring_festival_eve(year)
    for offset in range(4):
        days[eve + offset * _ONE_DAY] = SPRING_FESTIVAL
    days[qingming_day(year)] = QINGMING
    days[date(year, 5, 1)] = LABOUR_DAY
    days[date(year, 5, 2)] = LABOUR_DAY
    days[dragon_boat_day(year)] = DRAGON_BOAT
    # Mid-Autumn can coincide with National Day (e.g. 2020-10-01); the day
    # keeps the National Day name and no extra day off is invented, as the
    # regulation only grants make-up days for holidays on weekends.
    days.setdefault(mid_autumn_day(year), MID_AUTUMN)
    for day in (1, 2, 3):
        days[date(year, 10, day)] = NATIONAL_DAY
    return days


def provisional_holidays(year: int) -> dict[date, str]:
    """Statutory holidays plus Article 6 make-up days off, date -> name.

    A statutory holiday on a Saturday or Sunday gives a day off on the next
    day that is neither a weekend, a holiday nor already a make-up day.
    """
    days = statutory_days(year)
    result = dict(days)
    for day in sorted(days):
        if day.weekday() < 5:
            continue
        make_up = day + _ONE_DAY
        while make_up.weekday() >= 5 or make_up in result:
            make_up += _ONE_DAY
        result[make_up] = days[day] + MAKE_UP_REST_SUFFIX
    return result
