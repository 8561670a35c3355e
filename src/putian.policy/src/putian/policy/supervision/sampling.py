"""R20 random sampling (抽样检查): drawing closed cases from the catalog and
keeping each sample drawn, with who drew it, when and with which filters.

The population is read from the brains (``supervision_facts``), never by
waking a case; the core's ``draw_sample`` draws from it. Samples live in
the site's annotations, one persistent mapping each in an OOBTree keyed by
their number.
"""

from BTrees.Length import Length
from BTrees.OOBTree import OOBTree
from datetime import datetime
from persistent import Persistent
from persistent.list import PersistentList
from persistent.mapping import PersistentMapping
from plone import api
from putian.policy.audit.recording import current_actor
from putian.policy.rules.calendar.clock import BEIJING
from putian.policy.rules.supervision.sampling import draw_sample
from putian.policy.supervision.filters import LineFilters
from zope.annotation.interfaces import IAnnotations


ANNOTATION_KEY = "putian.policy.supervision.samples"
# A case is closed once decided: approved (and delivered) or denied.
CLOSED_STATES = ("approved", "delivered", "denied")


class SampleStore(Persistent):
    """Every sample drawn on the site, by number (1, 2, ...)."""

    def __init__(self) -> None:
        self.samples = OOBTree()
        self.count = Length()

    def add(self, record: dict) -> dict:
        self.count.change(1)
        number = self.count()
        stored = PersistentMapping(dict(record, id=str(number)))
        stored["case_uids"] = PersistentList(record["case_uids"])
        self.samples[number] = stored
        return stored

    def get(self, sample_id) -> dict | None:
        try:
            return self.samples.get(int(sample_id))
        except (TypeError, ValueError):
            return None

    def newest_first(self) -> list:
        return [self.samples[key] for key in reversed(list(self.samples.keys()))]

    def of_case(self, case_uid: str) -> list:
        return [
            sample
            for sample in self.samples.values()
            if case_uid in sample["case_uids"]
        ]


def sample_store(create: bool = True) -> SampleStore | None:
    annotations = IAnnotations(api.portal.get())
    store = annotations.get(ANNOTATION_KEY)
    if store is None and create:
        store = annotations[ANNOTATION_KEY] = SampleStore()
    return store


def closed_cases(filters: LineFilters) -> list[str]:
    """The UIDs of the closed cases ``filters`` select: their department,
    and the day they were decided between ``start`` and ``end``."""
    catalog = api.portal.get_tool("portal_catalog")
    query = {"portal_type": "Application", "review_state": CLOSED_STATES}
    if filters.department_uids is not None:
        query["department_uid"] = sorted(filters.department_uids)
    uids = []
    for brain in catalog.unrestrictedSearchResults(**query):
        facts = brain.supervision_facts
        if not isinstance(facts, dict):
            continue
        day = facts.get("decided_on") or facts.get("accepted_on")
        if filters.start and (day is None or day < filters.start):
            continue
        if filters.end and (day is None or day > filters.end):
            continue
        uids.append(brain.UID)
    return uids


def draw(filters: LineFilters, department: str | None, size, seed) -> dict:
    """Draw and store a sample; RuleInputError for a bad size or seed."""
    population = closed_cases(filters)
    case_uids = draw_sample(population, size, seed)
    return sample_store().add(
        {
            "drawn_by": current_actor(),
            "drawn_at": datetime.now(BEIJING).isoformat(timespec="seconds"),
            "department": department,
            "from": filters.start.isoformat() if filters.start else None,
            "to": filters.end.isoformat() if filters.end else None,
            "size": size,
            "seed": str(seed).strip(),
            "population": len(set(population)),
            "case_uids": case_uids,
        }
    )


def is_sampled(case_uid: str) -> bool:
    store = sample_store(create=False)
    return store is not None and bool(store.of_case(case_uid))
