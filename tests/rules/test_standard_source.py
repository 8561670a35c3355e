"""R2: who follows whose standard."""

from putian.policy.rules.catalogue.standards import check_standard_source

import pytest


@pytest.mark.parametrize("local_level", ["county", "township", "village"])
def test_local_levels_follow_a_city_standard(local_level):
    assert check_standard_source("city", local_level) == []


@pytest.mark.parametrize("standard_level", ["county", "township", None])
def test_the_standard_must_be_a_city_item(standard_level):
    [finding] = check_standard_source(standard_level, "county")
    assert (finding.rule, finding.code) == ("R2", "standard_not_city")
    assert finding.message_zh == "标准事项必须是市级事项"


def test_a_city_department_sets_standards_rather_than_following_them():
    [finding] = check_standard_source("city", "city")
    assert finding.code == "local_department_required"
    assert "县（区）级" in finding.message_zh
