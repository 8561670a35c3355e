"""R21: the applicant's satisfaction rating (好差评), once per decided case."""

from collections.abc import Iterable
from putian.policy.rules.cases.workflow import case_state_term
from putian.policy.rules.cases.workflow import DECIDED_STATES
from putian.policy.rules.catalogue.terms import Term
from putian.policy.rules.catalogue.terms import tokens
from putian.policy.rules.common.errors import RuleInputError
from putian.policy.rules.common.errors import unknown_choice
from putian.policy.rules.common.findings import ERROR
from putian.policy.rules.common.findings import Finding
from putian.policy.rules.common.inputs import applicant_text
from types import MappingProxyType


RATING_RULE = "R21"

# 评价等级, best first.
SATISFACTION_LEVELS = (
    Term("very_satisfied", "非常满意", "Very satisfied"),
    Term("satisfied", "满意", "Satisfied"),
    Term("basically_satisfied", "基本满意", "Basically satisfied"),
    Term("dissatisfied", "不满意", "Dissatisfied"),
    Term("very_dissatisfied", "非常不满意", "Very dissatisfied"),
)
SATISFACTION_SCORES = MappingProxyType(
    {entry.token: 5 - index for index, entry in enumerate(SATISFACTION_LEVELS)}
)
# 评价渠道: where the rating was given.  The applicant rates online (web);
# window staff record a rating given on paper at the window, over the
# 12345 hotline or at a self-service terminal.
WEB = "web"
RATING_CHANNELS = (
    Term(WEB, "网上评价", "Online"),
    Term("window", "窗口评价", "At the window"),
    Term("phone_12345", "12345热线评价", "12345 hotline"),
    Term("terminal", "自助终端评价", "Self-service terminal"),
)
STAFF_CHANNELS = frozenset(tokens(RATING_CHANNELS)) - {WEB}

# The levels that count as satisfied (好评) in the satisfied share.
SATISFIED_LEVELS = frozenset({"very_satisfied", "satisfied", "basically_satisfied"})

# A rating is given once the applicant has the answer (一事一评): the
# application was decided (approved, even before the certificate is
# delivered; denied) or it was not accepted.  A withdrawn application was
# never answered and is not rated.
RATABLE_STATES = DECIDED_STATES | {"rejected_intake"}

MAX_COMMENT_LENGTH = 500
# Longer than any level's token; a longer answer is not worth repeating.
_MAX_LEVEL_LENGTH = 32


def _finding(code: str, zh: str, en: str, field: str) -> Finding:
    return Finding(RATING_RULE, ERROR, code, zh, en, field)


def check_rating(
    case_state: str,
    already_rated: bool,
    level: str | None,
    comment: str | None = None,
    channel: str = WEB,
    channels: frozenset = frozenset({WEB}),
) -> list[Finding]:
    """R21: a known level, on a decided case, once; comment ≤ 500 characters;
    a channel among ``channels`` (the applicant: web; staff: the others).

    Fields: "case_state", "level", "comment", "channel".
    """
    state = case_state_term(case_state)
    if not isinstance(already_rated, bool):
        raise RuleInputError(
            "invalid_flag",
            f"是否已评价必须是“是”或“否”：{already_rated!r}",
            f"Whether the case was rated must be true or false: {already_rated!r}",
        )
    findings = []
    if state.token not in RATABLE_STATES:
        findings.append(
            _finding(
                "rating_case_not_completed",
                f"办件状态为“{state.title_zh}”，作出决定后才能评价",
                f"The case is {state.title_en.lower()}; it can be rated once decided",
                "case_state",
            )
        )
    if already_rated:
        findings.append(
            _finding(
                "rating_already_given",
                "该办件已评价，每件只能评价一次",
                "The case has already been rated; each case is rated once",
                "level",
            )
        )
    chosen, level_findings = applicant_text(
        level,
        "level",
        ("评价等级", "satisfaction level"),
        RATING_RULE,
        _MAX_LEVEL_LENGTH,
        code_prefix="rating_level",
    )
    findings += level_findings
    if chosen is None and not level_findings:
        findings.append(
            _finding(
                "rating_level_missing",
                "请选择评价等级",
                "Choose a satisfaction level",
                "level",
            )
        )
    elif chosen is not None and chosen not in SATISFACTION_SCORES:
        known = "、".join(entry.title_zh for entry in SATISFACTION_LEVELS)
        findings.append(
            _finding(
                "rating_level_unknown",
                f"“{chosen}”不是评价等级（可选：{known}）",
                f"{chosen!r} is not a satisfaction level "
                f"({', '.join(tokens(SATISFACTION_LEVELS))})",
                "level",
            )
        )
    if not isinstance(channel, str) or channel not in channels:
        known = "、".join(
            entry.title_zh for entry in RATING_CHANNELS if entry.token in channels
        )
        findings.append(
            _finding(
                "rating_channel_unknown",
                f"“{channel}”不是可选的评价渠道（可选：{known}）",
                f"{channel!r} is not an allowed rating channel "
                f"({', '.join(sorted(channels))})",
                "channel",
            )
        )
    findings += applicant_text(
        comment,
        "comment",
        ("评价意见", "comment"),
        RATING_RULE,
        MAX_COMMENT_LENGTH,
        multiline=True,
        code_prefix="rating_comment",
    )[1]
    return findings


def satisfaction_summary(levels: Iterable[str]) -> dict:
    """Counts per level (best first), average score (5..1) and the share
    of satisfied ratings (非常满意 + 满意 + 基本满意); None without ratings.

    {"total": 4, "counts": {"very_satisfied": 2, ...}, "average_score": 4.25,
    "satisfied_share": 0.75}
    """
    counts = dict.fromkeys(tokens(SATISFACTION_LEVELS), 0)
    for level in levels:
        if not isinstance(level, str) or level not in counts:
            raise unknown_choice(
                "unknown_token", level, counts, "评价等级", "satisfaction level"
            )
        counts[level] += 1
    total = sum(counts.values())
    if not total:
        return {
            "total": 0,
            "counts": counts,
            "average_score": None,
            "satisfied_share": None,
        }
    score = sum(SATISFACTION_SCORES[level] * count for level, count in counts.items())
    satisfied = sum(counts[level] for level in SATISFIED_LEVELS)
    return {
        "total": total,
        "counts": counts,
        "average_score": score / total,
        "satisfied_share": satisfied / total,
    }
