"""Upgrade 1033 fills the supervision facts of the cases a site already has."""

from plone import api
from tests.supervision.cases import EXPECTED_LINES
from tests.supervision.cases import make_cases
from tests.supervision.cases import named_lines
from tests.supervision.cases import TODAY


PROFILE = "putian.policy:default"


def test_upgrade_from_1031_fills_the_cases_facts(
    item_a, departments, case_workers, setup_tool
):
    from putian.policy.supervision.filters import LineFilters
    from putian.policy.supervision.report import supervision_report

    cases = make_cases(departments)
    catalog = api.portal.get_tool("portal_catalog")
    catalog.delColumn("supervision_facts")
    catalog.delColumn("special_days_total")
    setup_tool.setLastVersionForProfile(PROFILE, "1031")

    setup_tool.upgradeProfile(PROFILE, dest="1033")

    assert {"supervision_facts", "special_days_total"} <= set(catalog.schema())
    lines = supervision_report(LineFilters(department_uids=None), TODAY).lines
    assert named_lines(lines, cases) == EXPECTED_LINES
    assert setup_tool.getLastVersionForProfile(PROFILE) == ("1033",)
