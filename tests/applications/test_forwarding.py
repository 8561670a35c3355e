"""R12: a county organ forwards to the city within 5 working days; the city
acknowledges in writing."""

from datetime import date
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from putian.policy.applications.forwarding import acknowledge
from putian.policy.applications.forwarding import forward
from putian.policy.applications.forwarding import forwarded_to
from putian.policy.applications.forwarding import forwarding_findings
from putian.policy.audit.storage import audit_log
from tests.fixtures.applications import new_case
from tests.fixtures.catalogue import make_department
from tests.fixtures.catalogue import make_item

import pytest


USCC_C = "11350302003632106Q"


@pytest.fixture
def county_case(portal, departments, case_workers):
    from stdnum.cn import uscc

    code = USCC_C[:17] + uscc.calc_check_digit(USCC_C[:17])
    with api.env.adopt_user(SITE_OWNER_NAME):
        county = make_department(
            portal, "c", "莆田市城厢区市场监督管理局", code, "350302"
        )
        county.level = "county"
        item = make_item(county, base_code="XK00012000")
        case = new_case(item).case
    api.user.create(
        email="clerk_c@putian.example", username="clerk_c", password="secret-pw-123"
    )
    api.user.grant_roles(username="clerk_c", obj=county, roles=["WindowClerk"])
    return case


def as_user(user, function, *args):
    with api.env.adopt_user(username=user):
        return function(*args)


def actions(case):
    return [e.action for e in audit_log().trail(api.content.get_uuid(case))]


def test_forward_and_acknowledge(county_case, departments):
    city = departments["a"]
    assert as_user("clerk_c", forward, county_case, city) == []
    assert county_case.forwarding["to_title"] == "莆田市市场监督管理局"
    assert forwarded_to(city) == [county_case]
    assert [f.code for f in forwarding_findings(county_case)] == [
        "forwarding_not_acknowledged"
    ]
    with api.env.adopt_user(username="clerk_a"):
        assert not api.user.has_permission("View", obj=county_case)
        assert acknowledge(county_case) == []
    # From now on the city's clerk reads the case (its workflow lets Readers see).
    assert county_case.get_local_roles_for_userid("clerk_a") == ("Reader",)
    assert forwarding_findings(county_case) == []
    assert actions(county_case)[-2:] == ["forward", "acknowledge_forwarding"]


def test_only_the_organs_clerk_forwards(county_case, departments):
    findings = as_user("clerk_a", forward, county_case, departments["a"])
    assert [f.code for f in findings] == ["forwarding_not_authorized"]
    assert actions(county_case)[-1] == "refused"


def test_only_to_a_higher_level(county_case, portal):
    findings = as_user("clerk_c", forward, county_case, portal["c"])
    assert [f.code for f in findings] == ["forwarding_not_upper_level"]


def test_a_city_organ_does_not_forward(case, departments):
    findings = as_user("clerk_a", forward, case, departments["b"])
    assert [f.code for f in findings] == ["forwarding_not_lower_level"]


def test_only_the_receiving_clerk_acknowledges(county_case, departments):
    as_user("clerk_c", forward, county_case, departments["a"])
    findings = as_user("clerk_b", acknowledge, county_case)
    assert [f.code for f in findings] == ["acknowledgement_not_authorized"]


def test_forwarding_late_is_found(county_case, departments):
    as_user("clerk_c", forward, county_case, departments["a"])
    county_case.forwarding = dict(
        county_case.forwarding,
        received_on=date(2026, 11, 2),
        forwarded_on=date(2026, 11, 20),
    )
    codes = [f.code for f in forwarding_findings(county_case, date(2026, 11, 27))]
    assert "forwarding_late" in codes
