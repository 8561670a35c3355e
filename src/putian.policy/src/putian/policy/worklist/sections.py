"""The sections of a person's work list, read from the catalog alone.

Which states wait for which role is the core's (``rules.cases.worklists``);
a case's deadline and light come from its ``case_clock`` metadata through
the core's ``case_timing``, so no content object is woken.
"""

from collections.abc import Callable
from dataclasses import dataclass
from plone import api
from putian.policy import _
from putian.policy.rules.calendar.clock import in_beijing
from putian.policy.rules.calendar.clock import today as beijing_today
from putian.policy.rules.cases.workflow import CASE_DECIDER
from putian.policy.rules.cases.workflow import CASE_REVIEWER
from putian.policy.rules.cases.workflow import CASE_STATES
from putian.policy.rules.cases.workflow import WINDOW_CLERK
from putian.policy.rules.cases.worklists import case_states_for
from putian.policy.rules.cases.worklists import case_timing
from putian.policy.rules.cases.worklists import CaseClock
from putian.policy.rules.cases.worklists import CATALOGUE_TASKS
from putian.policy.rules.cases.worklists import deadline_order
from putian.policy.rules.cases.worklists import is_sent_back
from putian.policy.rules.cases.worklists import waits_for
from putian.policy.rules.catalogue.limits import is_instant_item
from putian.policy.rules.catalogue.terms import term
from putian.policy.rules.common.errors import RuleInputError
from putian.policy.vocabularies.terms import term_title
from putian.policy.workcalendar.storage import working_calendar
from putian.policy.worklist.roles import EVERYWHERE
from zope.i18n import translate


CATALOGUE_WORKFLOW = "putian_catalogue_workflow"
# More lines than this in one section are counted, not listed.
SHOWN_PER_SECTION = 50


def _sent_back(brain) -> bool:
    return is_sent_back(getattr(brain, "last_review_action", None))


@dataclass(frozen=True)
class Section:
    id: str
    role: str
    title: object
    empty: object
    # Which of the role's brains belong here (None: all of them).
    keep: Callable | None = None
    # Catalogue sections: the ones waiting longest first, unless newest.
    newest_first: bool = False

    @property
    def of_cases(self) -> bool:
        return self.role not in CATALOGUE_TASKS


SECTIONS = (
    Section(
        "sent_back",
        "DepartmentEditor",
        _("worklist_sent_back", default="Sent back for changes"),
        _("worklist_sent_back_none", default="Nothing was sent back to you."),
        keep=_sent_back,
    ),
    Section(
        "drafts",
        "DepartmentEditor",
        _("worklist_drafts", default="Drafts"),
        _("worklist_drafts_none", default="Your department has no drafts."),
        keep=lambda brain: not _sent_back(brain),
        newest_first=True,
    ),
    Section(
        "department_review",
        "DepartmentReviewer",
        _("worklist_department_review", default="Waiting for your department's review"),
        _(
            "worklist_department_review_none",
            default="No item waits for the department's review.",
        ),
    ),
    Section(
        "office_review",
        "ReformOffice",
        _("worklist_office_review", default="Waiting for the reform office"),
        _(
            "worklist_office_review_none",
            default="No item waits for the reform office.",
        ),
    ),
    Section(
        "intake",
        WINDOW_CLERK,
        _("worklist_intake", default="New applications and certificates to deliver"),
        _(
            "worklist_intake_none",
            default="No new application waits for intake, no certificate for delivery.",
        ),
    ),
    Section(
        "case_review",
        CASE_REVIEWER,
        _("worklist_case_review", default="Cases to review"),
        _("worklist_case_review_none", default="No case waits for your review."),
    ),
    Section(
        "decision",
        CASE_DECIDER,
        _("worklist_decision", default="Cases to decide"),
        _("worklist_decision_none", default="No case waits for your decision."),
    ),
)


def _where(departments) -> dict:
    if departments is EVERYWHERE:
        return {}
    return {"department_uid": sorted(departments)}


def _clock(brain) -> CaseClock | None:
    value = getattr(brain, "case_clock", None)
    if not isinstance(value, tuple) or len(value) != len(CaseClock._fields):
        return None
    return CaseClock(*value)


class WorkList:
    """What waits for one person, given the roles they hold and where
    (``roles.work_roles``)."""

    def __init__(self, roles: dict, request=None, on=None):
        self.roles = roles
        self.request = request
        self.today = on or beijing_today()
        self._brains = {}

    def sections(self) -> list[Section]:
        return [section for section in SECTIONS if section.role in self.roles]

    # The brains

    def _query(self, section: Section) -> dict:
        where = _where(self.roles[section.role])
        if section.of_cases:
            return {
                "portal_type": "Application",
                "review_state": sorted(case_states_for(section.role)),
                "sort_on": "created",
                **where,
            }
        return {
            "portal_type": "ApprovalItem",
            "review_state": CATALOGUE_TASKS[section.role],
            "sort_on": "modified",
            "sort_order": "descending" if section.newest_first else "ascending",
            **where,
        }

    def _keeps(self, section: Section, brain) -> bool:
        if section.of_cases:
            instant = is_instant_item(getattr(brain, "committed_limit_days", None))
            return waits_for(section.role, brain.review_state, instant)
        return section.keep is None or section.keep(brain)

    def brains(self, section: Section) -> list:
        if section.id not in self._brains:
            found = api.content.find(**self._query(section))
            self._brains[section.id] = [b for b in found if self._keeps(section, b)]
        return self._brains[section.id]

    def count(self, section: Section) -> int:
        return len(self.brains(section))

    def total(self) -> int:
        return sum(self.count(section) for section in self.sections())

    # The lines

    def lines(self, section: Section) -> list[dict]:
        """The section's lines, overdue cases first, at most SHOWN_PER_SECTION."""
        if not section.of_cases:
            return [self._item_line(b) for b in self.brains(section)][
                :SHOWN_PER_SECTION
            ]
        calendar = working_calendar()
        lines = [self._case_line(b, calendar) for b in self.brains(section)]
        lines.sort(
            key=lambda line: (
                deadline_order(line["light"], line["deadline"]),
                line["submitted"],
            )
        )
        return lines[:SHOWN_PER_SECTION]

    def _common(self, brain) -> dict:
        return {
            "url": brain.getURL(),
            "uid": brain.UID,
            "title": brain.Title,
            "department": getattr(brain, "department_title", None) or "",
            "state": brain.review_state,
        }

    def _item_line(self, brain) -> dict:
        workflow = api.portal.get_tool("portal_workflow")[CATALOGUE_WORKFLOW]
        state = workflow.states.get(brain.review_state)
        title = state.title if state is not None else brain.review_state
        return {
            **self._common(brain),
            "state_title": translate(title, domain="plone", context=self.request),
            "modified": in_beijing(brain.modified),
            "sent_back": _sent_back(brain),
            "deadline": None,
            "light": None,
        }

    def _case_line(self, brain, calendar) -> dict:
        clock = _clock(brain)
        deadline = light = None
        if clock is not None:
            try:
                deadline, light = case_timing(
                    calendar, self.today, brain.review_state, clock
                )
            except RuleInputError:
                deadline = light = None
        return {
            **self._common(brain),
            "state_title": term_title(
                term(CASE_STATES, brain.review_state), self.request
            ),
            "submitted": in_beijing(brain.created),
            "deadline": deadline,
            "light": light,
        }
