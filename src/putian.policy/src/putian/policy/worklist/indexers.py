"""What the work lists read from the catalog, so that they never wake the
content: whether a draft was sent back, and the facts a case's deadline
and traffic light are computed from."""

from plone.indexer import indexer
from putian.policy.applications.schedule import suspended_ranges
from putian.policy.content.application import IApplication
from putian.policy.content.approval_item import IApprovalItem


CATALOGUE_WORKFLOW = "putian_catalogue_workflow"


@indexer(IApprovalItem)
def last_review_action(item):
    """The last step of the item's catalogue workflow (``reject``: sent back)."""
    history = (getattr(item, "workflow_history", None) or {}).get(CATALOGUE_WORKFLOW)
    if not history:
        raise AttributeError("last_review_action")
    return history[-1].get("action")


@indexer(IApplication)
def case_clock(case):
    """A case's clock: the fields of the core's ``CaseClock`` as a plain
    tuple (a catalog keeps it pickled; a class could move), read as
    ``applications.schedule.deadlines_of`` reads them."""
    return (
        case.accepted_on,
        case.statutory_limit_days,
        case.committed_limit_days,
        tuple(tuple(pair) for pair in suspended_ranges(case)),
        (case.extension or {}).get("days", 0),
        case.certificate_due,
    )
