"""R22: the counters follow each case as it moves, and a rebuild agrees."""

from plone import api
from putian.policy.applications.applicant import rate
from putian.policy.applications.rating import record_rectification_step
from putian.policy.applications.rating import RESPONSE
from putian.policy.applications.rating import VISIT
from putian.policy.rules.calendar.clock import today
from putian.policy.rules.supervision.statistics import month_key
from putian.policy.statistics.rebuild import rebuild
from putian.policy.statistics.store import statistics_store
from tests.fixtures.applications import act


def counters(department="a"):
    uid = api.content.get_uuid(api.portal.get()[department])
    return statistics_store().month(month_key(today())).get(uid, {})


def test_a_filed_case_is_received(case):
    assert counters() == {"received": 1}
    assert counters("b") == {}


def test_a_case_decided_the_day_it_was_accepted_is_on_time_and_early(case):
    assert act("clerk_a", case, "accept").done
    assert counters() == {"received": 1, "accepted": 1}
    assert act("case_reviewer_a", case, "start_review").done
    assert act("decider_a", case, "approve", comment="符合条件").done
    assert act("clerk_a", case, "deliver").done
    now = counters()
    assert now["completed"] == 1
    assert now["on_time"] == 1
    assert now["early"] == 1
    assert now.get("days_used", 0) == 0  # counters at 0 are not stored
    assert now["days_committed"] == case.committed_limit_days
    assert rate(case, "very_satisfied") == []
    assert counters()["rating_very_satisfied"] == 1
    assert counters()["rated"] == 1


def test_a_rebuild_gives_the_same_sums(case):
    act("clerk_a", case, "accept")
    before = statistics_store().totals()
    assert rebuild(api.portal.get()) == 1
    assert statistics_store().totals() == before


def test_a_removed_case_takes_its_counts_back(case):
    case.aq_parent._delObject(case.getId(), suppress_events=False)
    assert counters() == {}
    assert statistics_store().months() == []


def test_months_are_listed_latest_first(case):
    assert statistics_store().months() == [month_key(today())]


def test_upgrade_1035_counts_the_cases_a_site_already_holds(case):
    from putian.policy.upgrades.v1035 import count_existing_cases

    store = statistics_store()
    store.sums.clear()
    store.cases.clear()
    assert counters() == {}
    count_existing_cases()
    assert counters() == {"received": 1}


def test_a_bad_rating_counts_as_rectified_on_time_once_answered(case):

    assert act("clerk_a", case, "accept").done
    assert act("case_reviewer_a", case, "start_review").done
    assert act("decider_a", case, "approve", comment="符合条件").done
    assert act("clerk_a", case, "deliver").done
    assert rate(case, "dissatisfied") == []
    assert counters()["bad_rated"] == 1
    assert "rectified_on_time" not in counters()
    with api.env.adopt_user(username="clerk_a"):
        assert record_rectification_step(case, VISIT, "已电话回访") == []
        assert record_rectification_step(case, RESPONSE, "已整改窗口流程") == []
    assert counters()["rectified_on_time"] == 1


def test_a_store_with_plain_sums_keeps_counting(case):
    """Sums an earlier store kept as plain ints are read and still merged."""
    store = statistics_store()
    key = next(iter(store.totals()))
    store.sums[key] = 1
    assert counters() == {"received": 1}
    assert act("clerk_a", case, "accept").done
    assert counters() == {"received": 1, "accepted": 1}
