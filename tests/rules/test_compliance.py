"""Every catalogue rule for one item, and whether it may be published."""

from putian.policy.rules.catalogue.compliance import check_compliance
from putian.policy.rules.catalogue.compliance import ComplianceReport
from putian.policy.rules.common.errors import RuleInputError
from putian.policy.rules.common.findings import Finding
from tests.rules.samples import flow_step
from tests.rules.samples import food_flow
from tests.rules.samples import food_guide
from tests.rules.samples import food_licence
from tests.rules.samples import food_review_rules
from tests.rules.samples import MUNICIPAL_NOTICE

import dataclasses
import json
import pytest


def licence_flow() -> dict:
    """The food flow fitted to food_licence()'s committed 5 of 10 days."""
    return food_flow(
        steps=[
            flow_step("accept", "受理", 1),
            flow_step("review", "审查", 2),
            flow_step("decide", "决定", 2),
        ]
    )


def complete(**item_changes) -> ComplianceReport:
    return check_compliance(
        food_licence(**item_changes),
        food_guide(),
        food_review_rules(),
        flow=licence_flow(),
    )


def codes(report: ComplianceReport) -> list[str]:
    return [finding.code for finding in report.findings]


def test_a_complete_item_is_publishable():
    report = complete()
    assert report.findings == ()
    assert report.blocking == ()
    assert report.is_publishable()
    assert report.as_dict() == {
        "publishable": True,
        "findings": [],
        "counts": {"error": 0, "warning": 0, "suggestion": 0},
    }


def test_missing_guide_review_rules_and_flow():
    report = check_compliance(food_licence())
    assert codes(report) == ["no_guide", "no_review_rules", "no_flow"]
    no_guide, no_rules, no_flow = report.findings
    assert (no_guide.rule, no_guide.severity) == ("R4", "error")
    assert (no_rules.rule, no_rules.severity) == ("R11", "error")
    assert (no_flow.rule, no_flow.severity) == ("R6", "error")
    assert not report.is_publishable()


def test_flow_findings_come_last():
    too_long = food_flow()  # 8 counted days against a committed limit of 5
    report = check_compliance(
        food_licence(), food_guide(), food_review_rules(), flow=too_long
    )
    assert [(f.rule, f.severity) for f in report.findings] == [("R9", "error")]
    assert report.findings[0].code.startswith("flow_")


def test_limit_errors_are_not_repeated_by_the_flow():
    report = complete(committed_limit_days=6)  # over half of 10
    assert codes(report).count("committed_over_half_statutory") == 1


def test_findings_come_item_then_guide_then_review_rules():
    report = check_compliance(
        food_licence(trips="2"),
        food_guide(location=""),
        food_review_rules(accept_notes=None),
        flow=licence_flow(),
    )
    assert [(finding.rule, finding.field) for finding in report.findings] == [
        ("R17", "trips"),
        ("R4", "location"),
        ("R11", "accept_notes"),
    ]


def test_an_error_blocks_publishing_unless_exempted():
    report = check_compliance(
        food_licence(),
        food_guide(),
        food_review_rules(decide_criteria=""),
        flow=licence_flow(),
    )
    assert [finding.code for finding in report.blocking] == ["review_rule_missing"]
    assert not report.is_publishable()
    assert not report.is_publishable(None)
    assert not report.is_publishable("   ")
    assert report.is_publishable("经市审改办研究同意，暂缓编制决定环节审查标准")


def test_exemption_reason_must_be_text():
    with pytest.raises(RuleInputError):
        complete().is_publishable(True)


def test_warnings_and_suggestions_do_not_block():
    report = complete(trips="2", online_depth="2")
    assert [finding.severity for finding in report.findings] == [
        "warning",
        "suggestion",
    ]
    assert report.blocking == ()
    assert report.is_publishable()
    assert report.counts == {"error": 0, "warning": 1, "suggestion": 1}


def test_as_dict_is_json_for_the_rest_api():
    report = check_compliance(
        food_licence(trips="2"), food_guide(), None, flow=licence_flow()
    )
    data = report.as_dict()
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data
    assert data["publishable"] is False
    assert data["counts"] == {"error": 1, "warning": 1, "suggestion": 0}
    assert data["findings"][0] == {
        "rule": "R17",
        "severity": "warning",
        "code": "trips_several",
        "message": report.findings[0].message_zh,
        "message_en": report.findings[0].message_en,
        "field": "trips",
    }
    assert data["findings"][1]["field"] is None
    assert report.as_dict("审改办同意豁免")["publishable"] is True


def test_an_item_field_missing_is_reported_once():
    # The title is shown in the guide from the item: one finding, the item's.
    report = complete(title="")
    assert [(f.rule, f.code, f.field) for f in report.findings] == [
        ("R3", "title_missing", "title")
    ]


def test_a_missing_legal_basis_is_reported_once():
    assert codes(complete(legal_basis=[])) == ["legal_basis_missing"]


def test_no_limits_at_all_is_reported_once():
    report = complete(statutory_limit_days=None, committed_limit_days=None)
    assert codes(report) == ["committed_required_without_statutory"]


def test_the_guide_still_asks_for_the_committed_limit():
    # The item may rely on its statutory limit; the guide must show both.
    report = complete(committed_limit_days=None)
    (finding,) = report.findings
    assert (finding.rule, finding.code, finding.field) == (
        "R4",
        "guide_element_missing",
        "committed_limit_days",
    )


def test_implementing_organ_is_only_checked_by_the_guide():
    (finding,) = complete(implementing_organ=None).findings
    assert (finding.rule, finding.field) == ("R4", "implementing_organ")


def test_sub_item_is_checked_against_its_parent():
    report = check_compliance(
        food_licence(base_code="XK00013001"),
        food_guide(),
        food_review_rules(),
        parent=food_licence(),
        flow=licence_flow(),
    )
    assert codes(report) == ["sub_item_code_not_under_parent"]


def test_local_item_is_checked_against_the_standard():
    standard = food_licence(title="食品经营许可证核发")
    report = check_compliance(
        food_licence(),
        food_guide(),
        food_review_rules(),
        standard=standard,
        flow=licence_flow(),
    )
    assert codes(report) == ["title_differs_from_standard"]


def test_materials_problems_block_publishing():
    guide = food_guide()
    guide["materials"][0]["legal_basis"] = [MUNICIPAL_NOTICE]
    report = check_compliance(
        food_licence(), guide, food_review_rules(), flow=licence_flow()
    )
    assert codes(report) == ["material_without_basis"]
    assert not report.is_publishable()


def test_a_bare_item_lists_everything():
    report = check_compliance({}, {}, {})
    counts = report.counts
    assert counts["error"] == len(report.findings) == len(report.blocking)
    # 8 item findings; 16 elements typed in the guide plus the implementing
    # organ (the other item-level elements are already flagged on the item);
    # 30 review rules; no flow.
    assert len(report.findings) == 8 + 17 + 30 + 1
    fields = [finding.field for finding in report.findings]
    assert fields.count("implementing_organ") == 1
    assert fields.count("title") == 1
    assert fields.count("committed_limit_days") == 1
    assert sum(finding.rule == "R11" for finding in report.findings) == 30


def test_report_is_frozen():
    report = complete()
    with pytest.raises(dataclasses.FrozenInstanceError):
        report.findings = ()


def test_report_counts_every_severity():
    report = ComplianceReport(
        (
            Finding("R4", "error", "a", "甲", "A"),
            Finding("R4", "error", "b", "乙", "B"),
            Finding("R5", "warning", "c", "丙", "C"),
        )
    )
    assert report.counts == {"error": 2, "warning": 1, "suggestion": 0}
    assert len(report.blocking) == 2


@pytest.mark.parametrize(
    "arguments",
    [(None,), (food_licence(), "指南"), (food_licence(), None, ["规则"])],
)
def test_mistyped_inputs_raise(arguments):
    with pytest.raises(RuleInputError):
        check_compliance(*arguments)
