"""Make bench cases: N applications across departments, months and states.

Run as ``bin/instance run bench/generate.py [--cases N]`` (default 1,000):
tops the site's bench cases (ids ``bench-000001``...) up to N, in every
department's case folder, over the twelve months before today, with the
committed limits of real items (instant, 3, 5, 10, 15 working days),
decisions mostly within them, suspensions left out, and ratings on most
decided cases.  Objects are written directly (no workflow, no catalog,
no audit entry: a bench case is found by the statistics only) and counted
in the statistics as a real case is; a commit every 2,000 cases, progress
printed.  Seeded: the same N makes the same cases.
"""

from datetime import date
from datetime import datetime
from datetime import timedelta

import argparse
import random
import sys


SEED = 20260301
COMMIT_EVERY = 2_000
PREFIX = "bench-"
COMMITTED = (0, 3, 5, 10, 15)
STATES = (
    ("delivered", 50),
    ("approved", 8),
    ("denied", 6),
    ("in_review", 10),
    ("accepted", 5),
    ("submitted", 6),
    ("suspended", 3),
    ("rejected_intake", 6),
    ("withdrawn", 6),
)
LEVELS = (
    ("very_satisfied", 55),
    ("satisfied", 25),
    ("basically_satisfied", 12),
    ("dissatisfied", 6),
    ("very_dissatisfied", 2),
)
ACCEPTED_STATES = {"delivered", "approved", "denied", "in_review", "accepted"}
ACCEPTED_STATES |= {"suspended"}
DECIDED = {"delivered", "approved", "denied"}


def weighted(rng, pairs):
    return rng.choices([value for value, _ in pairs], [w for _, w in pairs])[0]


def working_day_after(calendar, day: date, n: int) -> date:
    if n == 0:
        return day
    return date.fromordinal(calendar.nth_working_ordinal_after(day.toordinal(), n))


def make_case(folder, number: int, rng, calendar, first_day: date, days: int):
    from plone.dexterity.utils import createContent
    from putian.policy.applications.state import WORKFLOW_ID

    case_id = f"{PREFIX}{number:06d}"
    case = createContent("Application", id=case_id, title=case_id)
    state = weighted(rng, STATES)
    submitted = first_day + timedelta(days=rng.randrange(days))
    committed = rng.choice(COMMITTED)
    case.statutory_limit_days = max(committed * 2, 20)
    case.committed_limit_days = committed
    case.submitted = datetime.combine(submitted, datetime.min.time())
    case.channel = "online"
    if state in ACCEPTED_STATES:
        case.accepted_on = working_day_after(calendar, submitted, rng.randint(0, 1))
    if state in DECIDED:
        # Most within the promise, some late (the first one or two days).
        used = committed if committed == 0 else rng.randint(1, committed + 2)
        case.decided_on = working_day_after(calendar, case.accepted_on, used)
        case.decision = {"kind": "denied" if state == "denied" else "approved"}
    if state in DECIDED | {"rejected_intake"} and rng.random() < 0.7:
        rated = (case.decided_on or submitted) + timedelta(days=rng.randint(0, 5))
        case.rating = {"level": weighted(rng, LEVELS), "comment": "", "rated_on": rated}
    case.workflow_history = {WORKFLOW_ID: ({"review_state": state, "action": None},)}
    folder._setObject(case_id, case, suppress_events=True)
    return folder[case_id]


def main(app, cases: int) -> None:
    from AccessControl.SecurityManagement import newSecurityManager
    from AccessControl.SpecialUsers import system
    from plone import api
    from plone.uuid.interfaces import IUUID
    from putian.policy.applications.folders import case_folder
    from putian.policy.rules.calendar.clock import today
    from putian.policy.statistics.store import statistics_store
    from putian.policy.statistics.tally import case_tally
    from putian.policy.workcalendar.storage import working_calendar
    from Testing.makerequest import makerequest
    from zope.component.hooks import setSite
    from zope.globalrequest import setRequest

    import transaction

    app = makerequest(app)
    setRequest(app.REQUEST)
    site = app.putian
    setSite(site)
    newSecurityManager(None, system)
    catalog = api.portal.get_tool("portal_catalog")
    departments = [
        brain._unrestrictedGetObject()
        for brain in catalog.unrestrictedSearchResults(portal_type="Department")
    ]
    folders = [case_folder(department) for department in departments]
    existing = sum(
        1 for folder in folders for key in folder.objectIds() if key.startswith(PREFIX)
    )
    if existing >= cases:
        print(f"{existing} bench cases already: nothing to make", flush=True)
        return
    rng = random.Random(f"{SEED}-{existing}")
    calendar = working_calendar(site)
    last_day = today() - timedelta(days=20)
    first_day = last_day - timedelta(days=365)
    store = statistics_store(site)
    print(f"{len(folders)} departments; making cases {existing + 1}..{cases}")
    for number in range(existing + 1, cases + 1):
        folder = folders[number % len(folders)]
        case = make_case(folder, number, rng, calendar, first_day, 365)
        store.count(IUUID(case), case_tally(case, calendar))
        if number % COMMIT_EVERY == 0 or number == cases:
            transaction.commit()
            print(f"  {number} cases", flush=True)


if __name__ == "__main__":
    if "app" not in globals():
        print("Run as: bin/instance run bench/generate.py [--cases N]")
        sys.exit(0)
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=1_000)
    arguments, _ = parser.parse_known_args()
    main(app, arguments.cases)  # noqa: F821 (bound by bin/instance run)
