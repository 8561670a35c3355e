"""Putian's clock: Beijing time, whatever the server's zone.

Zope's DateTime reads the server's zone name, and under TZ=Asia/Shanghai
that name is "CST", which DateTime takes for US Central time (UTC-6): its
instants are right but its wall-clock fields are 14 hours off. Whatever
shows a DateTime converts it here first.
"""

from datetime import datetime
from zoneinfo import ZoneInfo


BEIJING = ZoneInfo("Asia/Shanghai")


def in_beijing(moment) -> datetime:
    """A Zope DateTime or an aware datetime, as Beijing wall-clock time."""
    if hasattr(moment, "timeTime"):
        # The instant itself: DateTime.asdatetime() attaches a pytz zone
        # with replace(), which gives local mean time, minutes off.
        return datetime.fromtimestamp(moment.timeTime(), BEIJING)
    return moment.astimezone(BEIJING)
