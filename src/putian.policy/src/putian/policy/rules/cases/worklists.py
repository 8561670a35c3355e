"""What waits for whom: the work list of each role (issue 13).

Derived from the case workflow's own table (``cases.CASE_TRANSITIONS``):
a case waits for a role when a step that role performs may start from
the case's state.  The traffic light is ``case_deadlines``'s; this module
only orders by it, overdue first.
"""

from datetime import date
from putian.policy.rules.calendar.deadlines import GREEN
from putian.policy.rules.calendar.deadlines import RED
from putian.policy.rules.calendar.deadlines import traffic_light
from putian.policy.rules.calendar.deadlines import YELLOW
from putian.policy.rules.calendar.working_days import WorkingCalendar
from putian.policy.rules.cases.deadlines import case_deadlines
from putian.policy.rules.cases.deadlines import case_traffic_light
from putian.policy.rules.cases.deadlines import CERTIFICATE_DAYS
from putian.policy.rules.cases.workflow import allowed_transitions
from putian.policy.rules.cases.workflow import CASE_DECIDER
from putian.policy.rules.cases.workflow import CASE_REVIEWER
from putian.policy.rules.cases.workflow import CASE_TRANSITIONS
from putian.policy.rules.cases.workflow import WINDOW_CLERK
from putian.policy.rules.common.errors import RuleInputError
from types import MappingProxyType
from typing import NamedTuple


CASE_ROLES = (WINDOW_CLERK, CASE_REVIEWER, CASE_DECIDER)

# The catalogue workflow state each role acts on.
CATALOGUE_TASKS = MappingProxyType(
    {
        "DepartmentEditor": "draft",
        "DepartmentReviewer": "pending_department",
        "ReformOffice": "pending_office",
    }
)
# The catalogue transition that sends content back to its editors.
SENT_BACK_TRANSITION = "reject"

_LIGHT_RANK = {RED: 0, YELLOW: 1, GREEN: 2}


def _check_role(role: object) -> str:
    if role not in CASE_ROLES:
        raise RuleInputError(
            "unknown_case_role",
            f"未知的办件角色“{role}”",
            f"Unknown case role {role!r}",
        )
    return role


def case_states_for(role: str) -> frozenset[str]:
    """Every state from which ``role`` may take a step (to query by)."""
    role = _check_role(role)
    return frozenset(
        state
        for rule in CASE_TRANSITIONS.values()
        if rule.role == role
        for state in rule.sources
    )


def waits_for(role: str, state: str, is_instant_item: bool = False) -> bool:
    """Whether a case in ``state`` waits for a step of ``role``."""
    role = _check_role(role)
    return any(
        CASE_TRANSITIONS[transition].role == role
        for transition in allowed_transitions(state, is_instant_item)
    )


def is_sent_back(last_action: str | None) -> bool:
    """A draft whose last step was a send-back (退回修改)."""
    return last_action == SENT_BACK_TRANSITION


def deadline_order(light: str | None, deadline: date | None) -> tuple:
    """Sort key: red, yellow, green, then no light; earliest deadline first
    within each; no deadline last."""
    rank = _LIGHT_RANK.get(light, len(_LIGHT_RANK))
    return (rank, deadline is None, deadline or date.max)


class CaseClock(NamedTuple):
    """What a case's deadlines are computed from, as a catalog keeps it."""

    accepted_on: date | None
    statutory_days: int | None
    committed_days: int | None
    # Inclusive (first, last) suspended days; the open one as (first, None).
    suspensions: tuple = ()
    extension_days: int = 0
    certificate_due: date | None = None


# The state in which a case waits for its certificate to be delivered.
_AWAITING_DELIVERY = "approved"


def case_timing(
    calendar: WorkingCalendar, today: date, state: str, clock: CaseClock
) -> tuple[date | None, str | None]:
    """(deadline, traffic light) of a case in a work list.

    A granted case waits for delivery: its deadline is the certificate's
    (Art. 44, ``CERTIFICATE_DAYS``).  A running case is held to its
    governing deadline, an open suspension moving it day by day, as the
    case page shows it.  Not accepted yet, or without a limit: (None, None).
    """
    if state == _AWAITING_DELIVERY:
        due = clock.certificate_due
        if due is None:
            return None, None
        return due, traffic_light(calendar, today, due, CERTIFICATE_DAYS)
    if clock.accepted_on is None or (
        clock.statutory_days is None and clock.committed_days is None
    ):
        return None, None
    deadlines = case_deadlines(
        calendar,
        clock.accepted_on,
        clock.statutory_days,
        clock.committed_days,
        clock.suspensions,
        clock.extension_days,
        today,
    )
    return deadlines.governing.deadline, case_traffic_light(calendar, today, deadlines)
