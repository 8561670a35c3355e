from plone.indexer import indexer
from putian.policy.content.application import IApplication
from putian.policy.supervision.facts import case_facts


@indexer(IApplication)
def supervision_facts(case):
    """The metadata column the supervision lines are computed from."""
    record = case_facts(case)
    if record is None:
        raise AttributeError("supervision_facts")
    return record
