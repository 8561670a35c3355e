"""Listings filter and show items from the catalog alone."""

from plone import api
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID

import pytest


@pytest.fixture(autouse=True)
def _manager(portal):
    # The items are drafts: only their department and managers see them.
    setRoles(portal, TEST_USER_ID, ["Manager"])


def test_item_is_indexed_with_its_department(departments, item_a):
    [brain] = api.content.find(portal_type="ApprovalItem", base_code="XK00012000")
    assert brain.department_uid == departments["a"].UID()
    assert brain.department_title == "莆田市市场监督管理局"
    assert brain.level == "city"
    assert brain.category == "XK"
    assert brain.lifecycle_status == "retained"
    assert brain.trips == "1"
    assert brain.online_depth == "4"
    assert brain.is_instant is False
    assert brain.committed_limit_days == 10
    assert brain.implementation_code == "XK00012000350300" + departments["a"].uscc


def test_filters(departments, item_a):
    uid_a = departments["a"].UID()
    assert len(api.content.find(department_uid=uid_a, portal_type="ApprovalItem")) == 1
    uid_b = departments["b"].UID()
    assert len(api.content.find(department_uid=uid_b, portal_type="ApprovalItem")) == 0
    assert len(api.content.find(category="XK", level="city", trips="1")) == 1
    assert len(api.content.find(is_instant=True)) == 0


def test_guide_is_indexed_under_its_department(departments, item_a):
    [brain] = api.content.find(portal_type="ServiceGuide")
    assert brain.department_uid == departments["a"].UID()


def test_chinese_search_finds_part_of_a_name(departments, item_a):
    # Plone's lexicon splits Chinese into bigrams: 经营 finds 食品经营许可.
    found = api.content.find(SearchableText="经营", portal_type="ApprovalItem")
    assert [brain.getId for brain in found] == ["food"]
