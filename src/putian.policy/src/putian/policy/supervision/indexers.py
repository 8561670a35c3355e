from plone.app.iterate.interfaces import IWorkingCopy
from plone.indexer import indexer
from putian.policy.content.application import IApplication
from putian.policy.content.approval_flow import IApprovalFlow
from putian.policy.flows.data import flow_data
from putian.policy.flows.data import item_limits
from putian.policy.rules.common.errors import RuleInputError
from putian.policy.rules.flows.summary import summarize_flow
from putian.policy.supervision.facts import case_facts


@indexer(IApplication)
def supervision_facts(case):
    """The metadata column the supervision lines are computed from."""
    record = case_facts(case)
    if record is None:
        raise AttributeError("supervision_facts")
    return record


@indexer(IApprovalFlow)
def special_days_total(flow):
    """The working days the flow's special steps take (R8): a decision
    sooner than that is a supervision line. Only for the flow in force."""
    if IWorkingCopy.providedBy(flow):
        raise AttributeError("special_days_total")
    try:
        return summarize_flow(
            flow_data(flow), item_limits(flow.aq_parent)
        ).special_days_total
    except (RuleInputError, AttributeError):
        raise AttributeError("special_days_total") from None
