"""The counters of every (month, department), kept in a site annotation.

Each case's own contribution is kept beside the sums (by UID), so that a
case that moves takes back what it added and adds its new counts: a read
never wakes a case, and a rebuild gives the same sums.

Many applicants file at once: each sum is a ``BTrees.Length.Length``, whose
concurrent changes ZODB merges (it adds the deltas) instead of raising a
ConflictError that would make Zope retry every submission of the same
department and month; a sum that falls to 0 keeps its key, so that no two
writers race to insert or delete it. Each case's own entry is a key of its
own, which BTrees merge too.
"""

from BTrees.Length import Length
from BTrees.OOBTree import OOBTree
from persistent import Persistent
from plone import api
from putian.policy.rules.supervision.statistics import add_counters
from putian.policy.rules.supervision.statistics import case_counts
from zope.annotation.interfaces import IAnnotations


ANNOTATION_KEY = "putian.policy.statistics"
# The highest string of a key range (after every department id).
_LAST = "\uffff"


def _amount(total) -> int:
    return total() if isinstance(total, Length) else total


class StatisticsStore(Persistent):
    """sums: (month, department, counter) -> Length; cases: uid -> counts."""

    def __init__(self):
        self.sums = OOBTree()
        self.cases = OOBTree()

    def _add(self, department: str, counts: dict, sign: int) -> None:
        for (month, counter), amount in counts.items():
            key = (month, department, counter)
            total = self.sums.get(key)
            if not isinstance(total, Length):
                # None, or a plain int a store of the first 1035 kept.
                total = self.sums[key] = Length(total or 0)
            total.change(sign * amount)

    def count(self, uid: str, tally) -> None:
        """Put the case's current counts in place of its former ones."""
        self.forget(uid)
        if tally is None:
            return
        counts = case_counts(tally)
        self._add(tally.department, counts, 1)
        self.cases[uid] = (tally.department, counts)

    def forget(self, uid: str) -> None:
        former = self.cases.get(uid)
        if former is not None:
            self._add(former[0], former[1], -1)
            del self.cases[uid]

    def month(self, month: str) -> dict[str, dict[str, int]]:
        """{department: {counter: amount}} of one month."""
        result: dict[str, dict[str, int]] = {}
        for (_, department, counter), total in self.sums.items(
            (month, "", ""), (month, _LAST, _LAST)
        ):
            if _amount(total):
                result.setdefault(department, {})[counter] = _amount(total)
        return result

    def totals(self) -> dict[tuple, int]:
        """Every sum that is not 0, by its key (for checks and tests)."""
        return {
            key: _amount(total) for key, total in self.sums.items() if _amount(total)
        }

    def months(self) -> list[str]:
        """The months that have any figure, latest first (one step each)."""
        months: list[str] = []
        key = (_LAST,) if not self.sums else None
        while True:
            try:
                key = self.sums.minKey() if key is None else self.sums.minKey(key)
            except ValueError:
                break
            month = key[0]
            key = (month, _LAST, _LAST)
            # A month whose sums all fell back to 0 (its cases removed).
            if any(_amount(total) for total in self.sums.values((month, "", ""), key)):
                months.append(month)
        return months[::-1]

    def portal_month(self, month: str) -> dict[str, int]:
        total: dict[str, int] = {}
        for counters in self.month(month).values():
            add_counters(total, counters)
        return total


def statistics_store(site=None, create=True) -> StatisticsStore | None:
    site = site if site is not None else api.portal.get()
    annotations = IAnnotations(site)
    store = annotations.get(ANNOTATION_KEY)
    if store is None and create:
        store = annotations[ANNOTATION_KEY] = StatisticsStore()
    return store
