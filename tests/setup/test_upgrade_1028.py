"""Upgrade 1028: a guide, flow or review rules left behind its item (stepped
by hand before 1028) is brought to its item's state where the workflow
allows, one log line per part."""

from plone import api
from plone.app.testing import SITE_OWNER_NAME
from tests.fixtures.catalogue import as_before_1028
from tests.fixtures.catalogue import make_department
from tests.fixtures.catalogue import make_item
from tests.fixtures.catalogue import USCC_A

import logging


PROFILE = "putian.policy:default"
WORKFLOW = "putian_catalogue_workflow"


def test_upgrade_1028_brings_each_part_to_its_item(portal, setup_tool, caplog):
    with api.env.adopt_user(SITE_OWNER_NAME):
        department = make_department(portal, "a", "莆田市市场监督管理局", USCC_A)
        published = make_item(department)
        as_before_1028(published, "published")
        as_before_1028(published.flow, "pending_office")
        # Ahead of its item, sent back: the way back is a reject.
        sent_back = make_item(department, "permit", "食品生产许可", "XK00012100")
        as_before_1028(sent_back.rules, "pending_office")
        # With an empty flow the rules publish no part of the item: each goes
        # as far as the workflow lets it.
        unfit = make_item(department, "retail", "食品小作坊登记", "XK00012200")
        as_before_1028(unfit, "published")
        api.content.delete(obj=unfit.flow)
        api.content.create(
            container=unfit, type="ApprovalFlow", id="flow", title="审批流程"
        )
        setup_tool.setLastVersionForProfile(PROFILE, "1027")
        with caplog.at_level(logging.INFO, logger="putian.policy.upgrades"):
            setup_tool.upgradeProfile(PROFILE, "1028")
    assert setup_tool.getLastVersionForProfile(PROFILE) == ("1028",)
    state = api.content.get_state
    assert [state(published[name]) for name in ("guide", "flow", "rules")] == [
        "published"
    ] * 3
    assert state(sent_back.rules) == "draft"
    assert [state(unfit[name]) for name in ("guide", "flow", "rules")] == [
        "pending_office"
    ] * 3
    history = published.guide.workflow_history[WORKFLOW]
    assert [entry["action"] for entry in history[-3:]] == [
        "submit",
        "approve",
        "publish",
    ]
    assert history[-1]["comments"] == "随所属事项一并流转（升级1028）。"
    lines = [record.getMessage() for record in caplog.records]
    for part in (
        published.guide,
        published.flow,
        published.rules,
        sent_back.rules,
        unfit.guide,
        unfit.flow,
        unfit.rules,
    ):
        path = "/".join(part.getPhysicalPath())
        assert any(line.startswith(f"1028: {path} ") for line in lines), path
    left = [line for line in lines if "/retail/" in line]
    assert len(left) == 3
    assert all("stays pending_office (was draft)" in line for line in left)
    assert lines[-1] == "1028: 4 parts brought to their item's state, 3 left"


def test_upgrade_1028_leaves_parts_in_step_alone(portal, setup_tool):
    with api.env.adopt_user(SITE_OWNER_NAME):
        department = make_department(portal, "a", "莆田市市场监督管理局", USCC_A)
        item = make_item(department)
        setup_tool.setLastVersionForProfile(PROFILE, "1027")
        setup_tool.upgradeProfile(PROFILE, "1028")
    for name in ("guide", "flow", "rules"):
        history = item[name].workflow_history[WORKFLOW]
        assert [entry["action"] for entry in history] == [None]
