"""R21: a bad rating (差评) opens a rectification (整改) for the department.

A rating of 不满意 or 非常不满意 is visited back (回访核实) and rectified
(整改) within limits in working days; the department records the visit and
its response, and the applicant gives a view of it.  A rectification not
done by its deadline is a supervision line (``rectification_overdue``).

Source: 《国务院办公厅关于建立政务服务“好差评”制度提高政务服务水平的意见》
（国办发〔2019〕51号）: 差评 are verified (核实), rectified (整改) and
answered (反馈), and every named 差评 is visited back (实名差评回访整改率
100%).  The numbers below are those the provincial implementing rules of
that opinion use; see each constant.
"""

from dataclasses import dataclass
from datetime import date
from putian.policy.rules.calendar.deadlines import compute_deadline
from putian.policy.rules.calendar.deadlines import is_overdue
from putian.policy.rules.calendar.deadlines import RED
from putian.policy.rules.calendar.working_days import WorkingCalendar
from putian.policy.rules.supervision.lines import Judged
from putian.policy.rules.supervision.lines import register


RECTIFICATION_RULE = "R21"
RECTIFICATION_SOURCE = (
    "《国务院办公厅关于建立政务服务“好差评”制度提高政务服务水平的意见》"
    "（国办发〔2019〕51号）"
)

# The levels that count as 差评 and open a rectification.
BAD_LEVELS = frozenset({"dissatisfied", "very_dissatisfied"})

# 回访核实: the department visits the applicant back to verify the bad
# rating within 1 working day.  UNCERTAIN: 国办发〔2019〕51号 asks for the
# visit (实名差评回访率 100%) without a number in the text we hold; 1 working
# day is the common provincial practice (e.g. Fujian's 好差评 rules).
VISIT_WORKING_DAYS = 1

# 整改: verified and rectified within 15 working days of the rating.
# 国办发〔2019〕51号 as the platform's plan reads it (情况复杂的建立台账、
# 限期整改); the number is stated in provincial implementing rules
# (e.g. Sichuan: 对“不满意”“非常不满意”问题在15个工作日内整改到位).
# UNCERTAIN whether 51号 itself states 15; to confirm against the official
# text.
RECTIFICATION_WORKING_DAYS = 15


def opens_rectification(level: str) -> bool:
    """A rating of 不满意 or 非常不满意 opens a rectification."""
    return level in BAD_LEVELS


@dataclass(frozen=True)
class RectificationDeadlines:
    """The working-day deadlines of one rectification, from the rating's day.

    The rating's day itself is not counted (as every limit here).
    """

    rated_on: date
    visit_due: date
    rectification_due: date


def rectification_deadlines(
    calendar: WorkingCalendar, rated_on: date
) -> RectificationDeadlines:
    visit = compute_deadline(calendar, rated_on, VISIT_WORKING_DAYS).deadline
    due = compute_deadline(calendar, rated_on, RECTIFICATION_WORKING_DAYS).deadline
    return RectificationDeadlines(rated_on, visit, due)


def rectification_late(
    due: date, rectified_on: date | None, today: date
) -> tuple[str, str, str] | None:
    """None when in time; otherwise (RED, message_zh, message_en)."""
    if rectified_on is None:
        if not is_overdue(today, due):
            return None
        return (
            RED,
            f"差评整改期限（{due}）已过，尚未整改反馈",
            f"A bad rating not rectified by its deadline ({due})",
        )
    if rectified_on <= due:
        return None
    return (
        RED,
        f"于{rectified_on}整改反馈，超过差评整改期限（{due}）",
        f"Rectified on {rectified_on}, after the deadline ({due})",
    )


@register(
    "rectification_overdue",
    "差评整改逾期",
    "Bad rating not rectified in time",
    RECTIFICATION_RULE,
    RECTIFICATION_SOURCE,
)
def _rectification(judged: Judged):
    facts = judged.facts
    if facts.rectification_due is None:
        return None
    return rectification_late(facts.rectification_due, facts.rectified_on, judged.today)
