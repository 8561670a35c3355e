"""The counters follow each case: filed, a step taken, rated, removed."""

from plone import api
from putian.policy.statistics.store import statistics_store
from putian.policy.statistics.tally import case_tally


def count_case(case, event) -> None:
    statistics_store().count(api.content.get_uuid(case), case_tally(case))


def forget_case(case, event) -> None:
    store = statistics_store(create=False)
    if store is not None:
        store.forget(api.content.get_uuid(case))
