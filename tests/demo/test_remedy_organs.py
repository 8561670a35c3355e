"""The demo departments carry the reconsideration organ and court the law
gives them (R13), the same the core proposes."""

from putian.policy.demo.structure import DEPARTMENTS
from putian.policy.demo.structure import REMEDY_ORGANS
from putian.policy.rules.cases.remedies import check_remedy_organs
from putian.policy.rules.cases.remedies import proposed_remedy_organs

import pytest


def test_every_demo_department_has_both():
    assert set(REMEDY_ORGANS) == {row[0] for row in DEPARTMENTS}


@pytest.mark.parametrize("row", DEPARTMENTS, ids=[row[0] for row in DEPARTMENTS])
def test_each_is_what_the_law_gives_it(row):
    id_, _title, level, division, *_rest = row
    organ, court = REMEDY_ORGANS[id_]
    assert check_remedy_organs(level, division, organ, court) == []
    proposal = proposed_remedy_organs(level, division)
    assert (proposal.reconsideration_organ, proposal.litigation_court) == (organ, court)


def test_the_county_and_districts_are_not_the_citys():
    assert REMEDY_ORGANS["xy-scjgj"] == ("仙游县人民政府", "仙游县人民法院")
    assert REMEDY_ORGANS["hj-zjj"] == ("莆田市涵江区人民政府", "莆田市涵江区人民法院")
    assert REMEDY_ORGANS["scjgj"] == ("莆田市人民政府", "莆田市城厢区人民法院")
