"""R21: a case's rating (好差评), given online or recorded by window staff,
and the rectification (整改) a bad rating opens, kept with the case."""

from plone import api
from putian.policy.applications.events import case_changed
from putian.policy.applications.state import case_state
from putian.policy.audit.recording import record
from putian.policy.rules.calendar.clock import today
from putian.policy.rules.cases.ratings import check_rating
from putian.policy.rules.cases.ratings import STAFF_CHANNELS
from putian.policy.rules.cases.ratings import WEB
from putian.policy.rules.cases.workflow import WINDOW_CLERK
from putian.policy.rules.common.findings import ERROR
from putian.policy.rules.common.findings import Finding
from putian.policy.rules.common.inputs import applicant_text
from putian.policy.rules.supervision.rectification import opens_rectification
from putian.policy.rules.supervision.rectification import rectification_deadlines
from putian.policy.rules.supervision.rectification import RECTIFICATION_RULE
from putian.policy.workcalendar.storage import working_calendar
from zope.annotation.interfaces import IAnnotations


RECTIFICATION_KEY = "putian.policy.rectification"
MAX_NOTE_LENGTH = 1000
# The steps of a rectification, in order: each is recorded once.
VISIT = "visit"
RESPONSE = "response"
APPLICANT_VIEW = "applicant_view"
_STEP_TITLES = {
    VISIT: ("回访核实情况", "follow-up visit"),
    RESPONSE: ("整改反馈", "rectification response"),
    APPLICANT_VIEW: ("申请人意见", "the applicant's view"),
}


def rating_channel(rating: dict) -> str:
    """The channel of a stored rating; those given before channels were
    kept were all given online."""
    return rating.get("channel", WEB)


def is_window_clerk(case) -> bool:
    """The case's department clerk (the role is local to the department)."""
    return WINDOW_CLERK in api.user.get_roles(obj=case)


def give_rating(case, level, comment=None, channel=WEB, actor=None) -> list:
    """Keep the rating (once per case) and open the rectification a bad
    one needs; the findings when refused.  ``channel`` web is the
    applicant's own (``actor`` "applicant"); use ``record_staff_rating``
    for the others."""
    return _keep_rating(case, level, comment, channel, frozenset({WEB}), actor)


def record_staff_rating(case, level, comment, channel) -> list:
    """The case's department clerk records a rating given off line (at the
    window, over the 12345 hotline, at a self-service terminal)."""
    if not is_window_clerk(case):
        return [
            Finding(
                RECTIFICATION_RULE,
                ERROR,
                "rating_not_authorized",
                "只有本部门窗口工作人员可以录入线下评价",
                "Only the department's window clerk records a rating given off line",
                "channel",
            )
        ]
    return _keep_rating(case, level, comment, channel, STAFF_CHANNELS, None)


def _keep_rating(case, level, comment, channel, channels, actor) -> list:
    findings = check_rating(
        case_state(case), case.rating is not None, level, comment, channel, channels
    )
    if findings:
        return findings
    rated_on = today()
    case.rating = {
        "level": level,
        "comment": (comment or "").strip(),
        "rated_on": rated_on,
        "channel": channel,
    }
    open_rectification(case, level, rated_on)
    case.reindexObject()
    case_changed(case)
    record(
        case,
        "rate",
        after={"level": level, "comment": case.rating["comment"], "channel": channel},
        actor=actor,
    )
    return []


def open_rectification(case, level, rated_on, calendar=None) -> bool:
    """A bad rating opens the case's rectification, its deadlines counted
    from the rating's day; whether it did."""
    if not opens_rectification(level) or RECTIFICATION_KEY in IAnnotations(case):
        return False
    deadlines = rectification_deadlines(calendar or working_calendar(), rated_on)
    IAnnotations(case)[RECTIFICATION_KEY] = {
        "opened_on": rated_on,
        "visit_due": deadlines.visit_due,
        "due": deadlines.rectification_due,
    }
    return True


def _iso(value):
    return value.isoformat() if value is not None else None


def rating_summary(case) -> dict:
    """The rating and its rectification as plain JSON values, for staff."""
    rating = case.rating
    stored = rectification(case)
    return {
        "rating": None
        if rating is None
        else {
            "level": rating["level"],
            "comment": rating["comment"],
            "rated_on": _iso(rating["rated_on"]),
            "channel": rating_channel(rating),
        },
        "rectification": None
        if stored is None
        else {
            "opened_on": _iso(stored["opened_on"]),
            "visit_due": _iso(stored["visit_due"]),
            "due": _iso(stored["due"]),
            "visit": stored.get(VISIT),
            "visit_on": _iso(stored.get(f"{VISIT}_on")),
            "response": stored.get(RESPONSE),
            "response_on": _iso(stored.get(f"{RESPONSE}_on")),
            "applicant_view": stored.get(APPLICANT_VIEW),
            "applicant_view_on": _iso(stored.get(f"{APPLICANT_VIEW}_on")),
        },
    }


def rectification(case) -> dict | None:
    """The case's rectification (a copy), None without a bad rating."""
    stored = IAnnotations(case).get(RECTIFICATION_KEY)
    return None if stored is None else dict(stored)


def record_rectification_step(case, step: str, text, actor=None) -> list:
    """Record the visit or the response (the department's clerk) or the
    applicant's view of it (``actor`` "applicant"), each once, in order."""
    stored = rectification(case)
    known = isinstance(step, str) and step in _STEP_TITLES
    title_zh, title_en = _STEP_TITLES[step] if known else ("", "")

    def refuse(code, zh, en):
        return [Finding(RECTIFICATION_RULE, ERROR, code, zh, en, "text")]

    if stored is None:
        return refuse(
            "rectification_missing",
            "该办件没有差评整改",
            "The case has no rectification",
        )
    if not known:
        return refuse(
            "rectification_step_unknown",
            "未知的整改环节（可选：visit、response、applicant_view）",
            "Unknown rectification step (visit, response, applicant_view)",
        )
    if step != APPLICANT_VIEW and not is_window_clerk(case):
        return refuse(
            "rectification_not_authorized",
            "只有本部门窗口工作人员可以记录回访和整改",
            "Only the department's window clerk records the visit and the response",
        )
    if f"{step}_on" in stored:
        return refuse(
            "rectification_step_recorded",
            f"{title_zh}已记录",
            f"The {title_en} is already recorded",
        )
    before = {VISIT: None, RESPONSE: VISIT, APPLICANT_VIEW: RESPONSE}[step]
    if before is not None and f"{before}_on" not in stored:
        return refuse(
            "rectification_step_early",
            f"请先记录{_STEP_TITLES[before][0]}",
            f"Record the {_STEP_TITLES[before][1]} first",
        )
    value, findings = applicant_text(
        text,
        "text",
        (title_zh, title_en),
        RECTIFICATION_RULE,
        MAX_NOTE_LENGTH,
        multiline=True,
        code_prefix="rectification_text",
    )
    if findings:
        return findings
    if value is None:
        return refuse(
            "rectification_text_missing",
            f"请填写{title_zh}",
            f"Write the {title_en}",
        )
    stored[step] = value
    stored[f"{step}_on"] = today()
    IAnnotations(case)[RECTIFICATION_KEY] = stored
    case.reindexObject()
    case_changed(case)
    record(case, f"rectification_{step}", after={step: value}, actor=actor)
    return []
