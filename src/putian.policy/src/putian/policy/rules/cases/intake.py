"""Whether an item takes applications at all: the one gate of intake.

Every channel (the online form, ``POST <item>/@apply``, a window clerk's
entry, a life-event bundle) passes this check before anything about the
applicant is looked at: an application is filed only for a published item
that has not been cancelled, and, unless window staff enter it for an
applicant standing at the window, only when the item's guide offers online
acceptance (R17: 网上受理, level 3, or more).  The channel the applicant
names does not open the gate: anyone may type "window".
"""

from putian.policy.rules.catalogue.terms import is_online_handling_open
from putian.policy.rules.catalogue.terms import LIFECYCLE_STATUSES
from putian.policy.rules.catalogue.terms import ONLINE_DEPTHS
from putian.policy.rules.catalogue.terms import term
from putian.policy.rules.common.errors import RuleInputError
from putian.policy.rules.common.findings import ERROR
from putian.policy.rules.common.findings import Finding


# The states of putian_catalogue_workflow; only a published item is public.
CATALOGUE_STATES = (
    "draft",
    "pending_department",
    "pending_office",
    "published",
    "retired",
)
OPEN_STATE = "published"
# An item the reform cancelled (取消) is history, whatever its workflow state.
CLOSED_LIFECYCLE_STATUSES = frozenset({"cancelled"})
# An item saved before online depth was recorded offers nothing online.
NOT_ONLINE = ONLINE_DEPTHS[0].token


def _closed(rule: str, code: str, zh: str, en: str) -> Finding:
    # No field: the item, not an answer of the applicant, is what is wrong.
    return Finding(rule, ERROR, code, zh, en, None)


def check_intake_open(
    state: str | None,
    online_depth: str | None,
    lifecycle_status: str | None = None,
    at_window: bool = False,
) -> list[Finding]:
    """Findings when an item takes no application; [] when it does.

    ``state`` is the item's catalogue workflow state (None: none),
    ``online_depth`` a token of ONLINE_DEPTHS (None: not recorded),
    ``lifecycle_status`` a token of LIFECYCLE_STATUSES (None: retained) and
    ``at_window`` whether window staff of the item's department enter the
    application for an applicant in person.
    """
    if state is not None and state not in CATALOGUE_STATES:
        raise RuleInputError(
            "unknown_catalogue_state",
            f"未知的事项状态“{state}”",
            f"Unknown catalogue state {state!r}",
        )
    if not isinstance(at_window, bool):
        raise RuleInputError(
            "invalid_flag",
            f"是否窗口录入必须是“是”或“否”：{at_window!r}",
            f"Whether staff enter it at the window must be true or false: "
            f"{at_window!r}",
        )
    depth = term(
        ONLINE_DEPTHS, online_depth if online_depth is not None else NOT_ONLINE
    )
    status = term(
        LIFECYCLE_STATUSES,
        lifecycle_status if lifecycle_status is not None else "retained",
    )
    findings = []
    if state == "retired":
        findings.append(
            _closed(
                "R1",
                "intake_item_retired",
                "该事项已停止实施（已下线），不再受理申请",
                "This item has been retired; applications are no longer accepted",
            )
        )
    elif state != OPEN_STATE:
        findings.append(
            _closed(
                "R1",
                "intake_item_not_published",
                "该事项尚未发布，暂不受理申请",
                "This item is not published; applications are not accepted yet",
            )
        )
    if status.token in CLOSED_LIFECYCLE_STATUSES:
        findings.append(
            _closed(
                "R1",
                "intake_item_cancelled",
                f"该事项已{status.title_zh}，不再受理申请",
                "This item has been cancelled; applications are no longer accepted",
            )
        )
    if not at_window and not is_online_handling_open(depth.token):
        findings.append(
            _closed(
                "R17",
                "intake_online_not_offered",
                f"该事项的网上办理深度为“{depth.title_zh}”，不提供网上申报，"
                "请到办理窗口提出申请",
                f"This item is not accepted online ({depth.title_en}); apply at "
                "the service window",
            )
        )
    return findings
