"""R12 lines of a case a county organ forwarded before accepting it:
judged from the catalog, and updated when the city acknowledges."""

from datetime import date
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from putian.policy.applications.forwarding import acknowledge
from putian.policy.applications.forwarding import forward
from putian.policy.supervision.filters import LineFilters
from putian.policy.supervision.report import supervision_report
from tests.applications.test_forwarding import county_case  # noqa: F401
from tests.supervision.cases import TODAY


EVERY_DEPARTMENT = LineFilters(department_uids=None)


def forwarding_lines(case):
    return [
        (line.kind, line.light)
        for line in supervision_report(EVERY_DEPARTMENT, TODAY).lines
        if line.case_uid == api.content.get_uuid(case)
    ]


def test_a_forwarding_never_acknowledged_then_acknowledged_late(
    county_case,  # noqa: F811
    departments,
):
    """Received and forwarded Monday 2026-11-16: due to be acknowledged
    by Monday 2026-11-23 (5 working days); today is 2026-11-30."""
    with api.env.adopt_user(username="clerk_c"):
        assert forward(county_case, departments["a"]) == []
    day = date(2026, 11, 16)
    county_case.forwarding = dict(
        county_case.forwarding, received_on=day, forwarded_on=day
    )
    with api.env.adopt_user(SITE_OWNER_NAME):
        county_case.reindexObject()
    assert api.content.get_state(county_case) == "submitted"
    assert forwarding_lines(county_case) == [("forwarding_unacknowledged", "red")]

    with api.env.adopt_user(username="clerk_a"):
        assert acknowledge(county_case) == []
    # Acknowledged today, after the 23rd: late, no longer missing.
    assert forwarding_lines(county_case) == [("forwarding_unacknowledged", "yellow")]
    # Not accepted yet: no deadline line, no light.
    lights = supervision_report(EVERY_DEPARTMENT, TODAY).lights
    assert county_case.aq_parent.aq_parent.UID() not in lights
