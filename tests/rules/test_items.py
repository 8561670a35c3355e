"""Items of the catalogue: R1 lifecycle, R2 codes and standards, R9/R10, R17."""

from putian.policy.rules.catalogue.items import check_item
from putian.policy.rules.catalogue.lifecycle import check_lifecycle_change
from putian.policy.rules.catalogue.lifecycle import LifecycleChange
from putian.policy.rules.catalogue.standards import check_standard_conformity
from putian.policy.rules.common.errors import RuleInputError
from tests.rules.samples import food_licence
from tests.rules.samples import FOOD_SAFETY_LAW

import dataclasses
import datetime
import json
import pytest


CONSTRUCTION_LAW = {
    "level": "law",
    "name": "《中华人民共和国建筑法》",
    "article": "第七条",
}
CONSTRUCTION_MEASURES = {
    "level": "ministry_rule",
    "name": "《建筑工程施工许可管理办法》",
    "article": "第二条",
}
DAY = datetime.date(2024, 3, 1)


def construction_permit(**changes) -> dict:
    item = {
        "title": "建筑工程施工许可证核发",
        "category": "XK",
        "base_code": "XK00034000",
        "legal_basis": [CONSTRUCTION_LAW, CONSTRUCTION_MEASURES],
        "trips": "0",
        "online_depth": "4",
        "statutory_limit_days": 7,
        "committed_limit_days": 3,
        "lifecycle_status": "retained",
    }
    item.update(changes)
    return item


def codes(findings) -> list[str]:
    return [finding.code for finding in findings]


def test_a_complete_item_is_fine():
    assert check_item(food_licence()) == []
    assert check_item(construction_permit()) == []


def test_a_sub_item_under_its_main_item_is_fine():
    sub_item = food_licence(title="食品经营许可（新办）", base_code="XK00012001")
    assert check_item(sub_item, parent=food_licence()) == []


@pytest.mark.parametrize("title", [None, "", "  "])
def test_title_is_required(title):
    (finding,) = check_item(food_licence(title=title))
    assert (finding.rule, finding.code, finding.field) == (
        "R3",
        "title_missing",
        "title",
    )


def test_category_missing():
    found = check_item(food_licence(category=None))
    assert codes(found) == ["category_missing"]
    assert (found[0].rule, found[0].field) == ("R3", "category")


def test_unknown_category_is_reported_once():
    (finding,) = check_item(food_licence(category="许可"))
    assert finding.code == "category_unknown"
    assert "许可" in finding.message_zh


def test_category_must_match_the_base_code():
    (finding,) = check_item(food_licence(category="QR"))
    assert (finding.rule, finding.code) == ("R2", "base_code_category_mismatch")


@pytest.mark.parametrize(
    ("code", "error"),
    [
        (None, "base_code_missing"),
        ("XK0001200", "base_code_invalid_length"),
        ("XK00012003", "main_item_code_not_000"),
    ],
)
def test_base_code_is_checked(code, error):
    (finding,) = check_item(food_licence(base_code=code))
    assert (finding.code, finding.field) == (error, "base_code")


def test_sub_item_code_must_sit_under_the_parent():
    sub_item = food_licence(base_code="XK00013001")
    assert codes(check_item(sub_item, parent=food_licence())) == [
        "sub_item_code_not_under_parent"
    ]


def test_sub_item_of_a_main_item_without_code_is_still_a_sub_item():
    sub_item = food_licence(base_code="XK00012001")
    assert check_item(sub_item, parent=food_licence(base_code=None)) == []


def test_sub_item_category_must_match_the_parent():
    sub_item = construction_permit(category="QR", base_code="QR00034001")
    found = check_item(sub_item, parent=construction_permit())
    assert codes(found) == [
        "category_differs_from_parent",
        "sub_item_code_not_under_parent",
    ]
    assert found[0].field == "category"


@pytest.mark.parametrize("basis", [None, []])
def test_legal_basis_is_required(basis):
    (finding,) = check_item(food_licence(legal_basis=basis))
    assert (finding.rule, finding.code, finding.field) == (
        "R2",
        "legal_basis_missing",
        "legal_basis",
    )


def test_legal_basis_entries_are_checked():
    found = check_item(food_licence(legal_basis=[{"level": "law"}, FOOD_SAFETY_LAW]))
    assert codes(found) == ["legal_basis_name_missing", "legal_basis_article_missing"]
    assert all(finding.field == "legal_basis" for finding in found)


def test_legal_basis_entry_problems():
    found = check_item(food_licence(legal_basis=[{"level": "law", "name": "某法"}]))
    assert codes(found) == ["legal_basis_article_missing"]


@pytest.mark.parametrize(
    ("statutory", "committed", "reason", "expected"),
    [
        (10, 5, None, []),
        (10, 6, None, ["committed_over_half_statutory"]),
        (10, 6, "需现场核查", []),
        (10, 11, "需现场核查", ["committed_over_statutory"]),
        (None, None, None, ["committed_required_without_statutory"]),
        (None, 0, None, []),
        (20, 0, None, []),  # R10: an instant item
        (10, None, None, []),
    ],
)
def test_time_limits_reuse_the_limit_rules(statutory, committed, reason, expected):
    item = food_licence(
        statutory_limit_days=statutory,
        committed_limit_days=committed,
        limit_exemption_reason=reason,
    )
    found = check_item(item)
    assert codes(found) == expected
    assert all(finding.rule == "R9" for finding in found)


def test_blank_exemption_reason_does_not_exempt():
    item = food_licence(committed_limit_days=6, limit_exemption_reason="  ")
    assert codes(check_item(item)) == ["committed_over_half_statutory"]


@pytest.mark.parametrize(("trips", "expected"), [("0", []), ("1", [])])
def test_at_most_one_trip_is_fine(trips, expected):
    assert codes(check_item(food_licence(trips=trips))) == expected


def test_several_trips_is_a_warning():
    (finding,) = check_item(food_licence(trips="2"))
    assert (finding.rule, finding.severity, finding.code, finding.field) == (
        "R17",
        "warning",
        "trips_several",
        "trips",
    )
    assert "最多跑一趟" in finding.message_zh


@pytest.mark.parametrize(
    ("trips", "error"), [(None, "trips_missing"), ("3", "trips_unknown")]
)
def test_trips_must_be_known(trips, error):
    (finding,) = check_item(food_licence(trips=trips))
    assert (finding.rule, finding.severity, finding.code) == ("R17", "error", error)


@pytest.mark.parametrize(
    ("depth", "suggested"),
    [("0", True), ("1", True), ("2", True), ("3", False), ("4", False)],
)
def test_online_depth_below_three_is_a_suggestion(depth, suggested):
    found = check_item(food_licence(online_depth=depth))
    if not suggested:
        assert found == []
        return
    (finding,) = found
    assert (finding.rule, finding.severity, finding.code, finding.field) == (
        "R17",
        "suggestion",
        "online_not_open",
        "online_depth",
    )


@pytest.mark.parametrize(
    ("depth", "error"),
    [(None, "online_depth_missing"), ("5", "online_depth_unknown")],
)
def test_online_depth_must_be_known(depth, error):
    (finding,) = check_item(food_licence(online_depth=depth))
    assert (finding.rule, finding.severity, finding.code) == ("R17", "error", error)


@pytest.mark.parametrize(
    "status", ["retained", "cancelled", "filing", "commitment", "optimized"]
)
def test_every_lifecycle_status_is_accepted(status):
    assert check_item(food_licence(lifecycle_status=status)) == []


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (None, "lifecycle_status_missing"),
        ("保留", "lifecycle_status_unknown"),
        ("active", "lifecycle_status_unknown"),
    ],
)
def test_lifecycle_status_must_be_known(status, error):
    (finding,) = check_item(food_licence(lifecycle_status=status))
    assert (finding.rule, finding.code, finding.field) == (
        "R1",
        error,
        "lifecycle_status",
    )


def test_an_empty_item_lists_everything_in_order():
    assert codes(check_item({})) == [
        "title_missing",
        "category_missing",
        "base_code_missing",
        "legal_basis_missing",
        "committed_required_without_statutory",
        "trips_missing",
        "online_depth_missing",
        "lifecycle_status_missing",
    ]


@pytest.mark.parametrize(
    "changes",
    [
        {"trips": 1},
        {"online_depth": 4},
        {"title": ["食品经营许可"]},
        {"category": 1},
        {"lifecycle_status": True},
        {"limit_exemption_reason": 1},
        {"legal_basis": "《中华人民共和国食品安全法》"},
    ],
)
def test_mistyped_values_raise(changes):
    with pytest.raises(RuleInputError):
        check_item(food_licence(**changes))


@pytest.mark.parametrize(("item", "parent"), [(None, None), ({}, ["XK00012000"])])
def test_item_and_parent_must_be_mappings(item, parent):
    with pytest.raises(RuleInputError):
        check_item(item, parent)


# R1: retained may go anywhere; a reformed item may be cancelled or restored;
# cancelled is final. Written out in full rather than derived from terms.py.
ALLOWED = {
    ("retained", "cancelled"),
    ("retained", "filing"),
    ("retained", "commitment"),
    ("retained", "optimized"),
    ("filing", "cancelled"),
    ("filing", "retained"),
    ("commitment", "cancelled"),
    ("commitment", "retained"),
    ("optimized", "cancelled"),
    ("optimized", "retained"),
}
STATUSES = ["retained", "cancelled", "filing", "commitment", "optimized"]


@pytest.mark.parametrize("from_status", STATUSES)
@pytest.mark.parametrize("to_status", STATUSES)
def test_every_lifecycle_change(from_status, to_status):
    found = check_lifecycle_change(
        from_status, to_status, "国务院决定取消", "闽政〔2024〕3号", DAY
    )
    if (from_status, to_status) in ALLOWED:
        assert found == []
    else:
        (finding,) = found
        assert (finding.rule, finding.severity, finding.code, finding.field) == (
            "R1",
            "error",
            "lifecycle_change_not_allowed",
            "to_status",
        )


def test_a_cancelled_item_is_history():
    (finding,) = check_lifecycle_change(
        "cancelled", "retained", "恢复", "莆政文〔2024〕12号", DAY
    )
    assert "历史" in finding.message_zh


def test_a_disallowed_change_names_both_statuses():
    (finding,) = check_lifecycle_change(
        "filing", "commitment", "改革", "莆政文〔2024〕12号", DAY
    )
    assert finding.message_zh == "事项状态不能从“改为备案”直接变更为“实行告知承诺”"


@pytest.mark.parametrize(
    ("from_status", "to_status", "errors"),
    [
        (None, "cancelled", [("lifecycle_status_missing", "from_status")]),
        ("retained", "", [("lifecycle_status_missing", "to_status")]),
        ("kept", "cancelled", [("lifecycle_status_unknown", "from_status")]),
        ("retained", "deleted", [("lifecycle_status_unknown", "to_status")]),
        (
            "x",
            "y",
            [
                ("lifecycle_status_unknown", "from_status"),
                ("lifecycle_status_unknown", "to_status"),
            ],
        ),
    ],
)
def test_lifecycle_change_statuses_must_be_known(from_status, to_status, errors):
    found = check_lifecycle_change(from_status, to_status, "理由", "文〔2024〕1号", DAY)
    assert [(finding.code, finding.field) for finding in found] == errors


@pytest.mark.parametrize(
    ("reason", "document", "day", "errors"),
    [
        (None, "闽政〔2024〕3号", DAY, [("lifecycle_reason_missing", "reason")]),
        ("  ", "闽政〔2024〕3号", DAY, [("lifecycle_reason_missing", "reason")]),
        ("理由", None, DAY, [("lifecycle_document_missing", "document_number")]),
        ("理由", "", DAY, [("lifecycle_document_missing", "document_number")]),
        ("理由", "闽政〔2024〕3号", None, [("lifecycle_date_missing", "change_date")]),
        (
            None,
            None,
            None,
            [
                ("lifecycle_reason_missing", "reason"),
                ("lifecycle_document_missing", "document_number"),
                ("lifecycle_date_missing", "change_date"),
            ],
        ),
    ],
)
def test_lifecycle_change_needs_reason_document_and_date(reason, document, day, errors):
    found = check_lifecycle_change("retained", "filing", reason, document, day)
    assert [(finding.code, finding.field) for finding in found] == errors
    assert all(finding.severity == "error" for finding in found)


@pytest.mark.parametrize(
    ("document", "hint"),
    [
        ("莆政文〔2024〕12号", False),
        ("福建省人民政府令第218号", False),
        ("国发〔2019〕12号", False),
        ("莆政文[2024]12号", True),
        ("莆政文【2024】12号", True),
        ("莆政文（2024）12号", True),
        ("莆政文(2024)12号", True),
    ],
)
def test_document_number_brackets(document, hint):
    found = check_lifecycle_change("retained", "filing", "理由", document, DAY)
    if not hint:
        assert found == []
        return
    (finding,) = found
    assert (finding.severity, finding.code) == (
        "suggestion",
        "document_number_brackets",
    )
    assert "〔〕" in finding.message_zh


@pytest.mark.parametrize(
    "day", ["2024-03-01", datetime.datetime(2024, 3, 1, 9, 0), 20240301]
)
def test_change_date_must_be_a_date(day):
    with pytest.raises(RuleInputError):
        check_lifecycle_change("retained", "filing", "理由", "文〔2024〕1号", day)


@pytest.mark.parametrize(
    "arguments",
    [
        (1, "filing", "理由", "文〔2024〕1号", DAY),
        ("retained", "filing", ["理由"], "文〔2024〕1号", DAY),
        ("retained", "filing", "理由", 12, DAY),
    ],
)
def test_lifecycle_change_texts_must_be_text(arguments):
    with pytest.raises(RuleInputError):
        check_lifecycle_change(*arguments)


def test_lifecycle_change_record():
    change = LifecycleChange(
        DAY, "retained", "commitment", "实行告知承诺制", "莆政文〔2024〕12号"
    )
    data = change.as_dict()
    assert data == {
        "date": "2024-03-01",
        "from_status": "retained",
        "to_status": "commitment",
        "reason": "实行告知承诺制",
        "document_number": "莆政文〔2024〕12号",
    }
    assert json.loads(json.dumps(data)) == data
    assert LifecycleChange.from_dict(data) == change
    with pytest.raises(dataclasses.FrozenInstanceError):
        change.reason = "另一理由"


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"date": "2024-13-01", "from_status": "a", "to_status": "b", "reason": "r"},
        {
            "date": "not a date",
            "from_status": "retained",
            "to_status": "filing",
            "reason": "r",
            "document_number": "n",
        },
        {
            "date": None,
            "from_status": "retained",
            "to_status": "filing",
            "reason": "r",
            "document_number": "n",
        },
    ],
)
def test_lifecycle_change_from_a_bad_record(data):
    with pytest.raises(RuleInputError):
        LifecycleChange.from_dict(data)


def county_copy(**changes) -> dict:
    """仙游县's item made from the city's standard item."""
    item = construction_permit(
        legal_basis=[
            # Same articles, other order, without 《》, quoted more fully.
            {**CONSTRUCTION_MEASURES, "name": "建筑工程施工许可管理办法"},
            {
                **CONSTRUCTION_LAW,
                "text": "建筑工程开工前，建设单位应当……申请领取施工许可证",
            },
        ],
        statutory_limit_days=7,
        committed_limit_days=2,
    )
    item.update(changes)
    return item


def test_a_local_item_made_from_the_standard_conforms():
    assert check_standard_conformity(county_copy(), construction_permit()) == []


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("title", "建筑工程施工许可"),
        ("category", "QR"),
        ("base_code", "XK00034001"),
        ("title", None),
    ],
)
def test_each_difference_from_the_standard(field, value):
    (finding,) = check_standard_conformity(
        county_copy(**{field: value}), construction_permit()
    )
    assert (finding.rule, finding.severity, finding.code, finding.field) == (
        "R2",
        "error",
        f"{field}_differs_from_standard",
        field,
    )


def test_title_difference_shows_both_names():
    (finding,) = check_standard_conformity(
        county_copy(title="施工许可证核发"), construction_permit()
    )
    assert finding.message_zh == (
        "事项名称“施工许可证核发”与标准事项的“建筑工程施工许可证核发”不一致"
    )


def test_legal_basis_difference_lists_what_differs():
    local = county_copy(legal_basis=[CONSTRUCTION_LAW, FOOD_SAFETY_LAW])
    (finding,) = check_standard_conformity(local, construction_permit())
    assert finding.field == "legal_basis"
    assert "缺少：《建筑工程施工许可管理办法》第二条" in finding.message_zh
    assert "多出：《中华人民共和国食品安全法》第三十五条" in finding.message_zh


def test_another_article_is_a_difference():
    other_article = {**CONSTRUCTION_LAW, "article": "第八条"}
    local = county_copy(legal_basis=[other_article, CONSTRUCTION_MEASURES])
    assert codes(check_standard_conformity(local, construction_permit())) == [
        "legal_basis_differs_from_standard"
    ]


def test_several_differences_one_finding_each():
    local = county_copy(title="施工许可", category="QR", legal_basis=[])
    assert codes(check_standard_conformity(local, construction_permit())) == [
        "title_differs_from_standard",
        "category_differs_from_standard",
        "legal_basis_differs_from_standard",
    ]


def test_limits_may_differ_from_the_standard():
    # A county may commit to a shorter limit than the city.
    local = county_copy(committed_limit_days=1, trips="0", online_depth="3")
    assert check_standard_conformity(local, construction_permit()) == []


@pytest.mark.parametrize(("local", "standard"), [(None, {}), ({}, None)])
def test_conformity_needs_mappings(local, standard):
    with pytest.raises(RuleInputError):
        check_standard_conformity(local, standard)
