"""Putian's clock: Beijing time (UTC+8, no daylight saving since 1991),
whatever the server's zone.

Zope's DateTime takes the zone name "CST" of TZ=Asia/Shanghai for US
Central time: its instants are right, its wall-clock fields 14 hours off.
Whatever shows a moment converts it here first.
"""

from datetime import date
from datetime import datetime
from datetime import timedelta
from datetime import timezone


BEIJING = timezone(timedelta(hours=8), "CST")


def today() -> date:
    """Today in Putian."""
    return datetime.now(BEIJING).date()


def in_beijing(moment) -> datetime:
    """A Zope DateTime (anything with ``timeTime()``) or an aware datetime,
    as Beijing wall-clock time."""
    if hasattr(moment, "timeTime"):
        # The instant itself: DateTime.asdatetime() attaches a pytz zone
        # with replace(), which gives local mean time, minutes off.
        return datetime.fromtimestamp(moment.timeTime(), BEIJING)
    return moment.astimezone(BEIJING)
