"""Working-day calendar and time-limit rules; plain Python, no Zope/Plone.

The calendar is the State Council's arrangement (chinese_calendar), our
overrides on top, and a provisional statutory calendar for other years.
"""

from putian.policy.rules.calendar import DayInfo
from putian.policy.rules.calendar import DayOverride
from putian.policy.rules.calendar import WorkingCalendar
from putian.policy.rules.deadlines import compute_deadline
from putian.policy.rules.deadlines import DeadlineResult
from putian.policy.rules.deadlines import is_overdue
from putian.policy.rules.deadlines import remaining_working_days
from putian.policy.rules.deadlines import STATUTORY_EXTENSION_DAYS
from putian.policy.rules.deadlines import traffic_light
from putian.policy.rules.errors import RuleInputError
from putian.policy.rules.findings import Finding
from putian.policy.rules.limits import check_time_limits
from putian.policy.rules.limits import is_instant_item


__all__ = [
    "STATUTORY_EXTENSION_DAYS",
    "DayInfo",
    "DayOverride",
    "DeadlineResult",
    "Finding",
    "RuleInputError",
    "WorkingCalendar",
    "check_time_limits",
    "compute_deadline",
    "is_instant_item",
    "is_overdue",
    "remaining_working_days",
    "traffic_light",
]
