"""The wording of a case's documents: the articles they cite, the parts of
their lines, and refusals of data they cannot be written from."""

from datetime import date
from putian.policy.rules.cases.document_text import chinese_date
from putian.policy.rules.cases.document_text import document_lines
from putian.policy.rules.cases.document_text import DocumentDataError
from putian.policy.rules.cases.document_text import http_url
from putian.policy.rules.cases.document_text import ITEM
from putian.policy.rules.cases.document_text import lines_of
from putian.policy.rules.cases.document_text import NOT_COUNTED
from putian.policy.rules.cases.document_text import NUMBER
from putian.policy.rules.cases.document_text import SIGN
from putian.policy.rules.cases.document_text import TITLE
from putian.policy.rules.cases.document_text import TO
from putian.policy.rules.common.errors import RuleInputError

import pytest


DEPARTMENT = "莆田市荔城区市场监督管理局"
TRACKING = "https://zwfw.putian.gov.cn/banjian/chaxun"
COMMON = {
    "receipt_number": "SCJGJ-20261127-0007",
    "applicant_name": "莆田市荔城区好味道餐饮有限公司",
    "item_title": "食品经营许可（新办）",
    "department_name": DEPARTMENT,
    "tracking_url": TRACKING,
}
RECEIPT = COMMON | {
    "query_code": "7KQ3M9XA",
    "accepted_on": date(2026, 11, 27),
    "committed_days": 5,
    "committed_deadline": None,
    "statutory_days": 20,
    "statutory_deadline": None,
    "delivery": "window",
    "fees": "不收费",
    "materials": [],
}
CORRECTION = COMMON | {
    "date": date(2026, 11, 27),
    "items": [{"material": "营业执照", "problem": "不清晰", "how_to_fix": "重交"}],
}
DENIAL = COMMON | {
    "number": "莆荔市监不许〔2026〕3号",
    "decided_on": date(2026, 12, 3),
    "reasons": "距离不符合规定",
    "reconsideration_notice": "可以在六十日内申请行政复议；",
    "litigation_notice": "也可以在六个月内提起行政诉讼。",
}
SUSPENSION = COMMON | {
    "started_on": date(2026, 12, 1),
    "kind": "现场核查",
    "expected_days": 3,
    "reason": "需核查经营场所",
}


@pytest.mark.parametrize(
    ("kind", "data", "citation"),
    [
        ("correction_notice", CORRECTION, "第三十二条第一款第（四）项"),
        ("decision_notice", DENIAL, "第三十八条第二款"),
        ("suspension_notice", SUSPENSION, "第四十五条"),
    ],
)
def test_each_notice_cites_the_article_it_is_given_under(kind, data, citation):
    text = "".join(document_lines(kind, data))
    assert f"《中华人民共和国行政许可法》{citation}" in text


def test_the_receipt_says_what_time_is_not_counted():
    lines = document_lines("acceptance_receipt", RECEIPT)
    (limits,) = [line for line in lines if line.startswith("二、办理时限")]
    assert limits.endswith(NOT_COUNTED)
    # Without deadline dates, the days alone; nothing received says so.
    assert "承诺办理时限为5个工作日；法定办理时限为20个工作日。" in limits
    assert "（无）" in lines


def test_lines_name_their_part_and_end_with_the_signature():
    lines = lines_of("decision_notice", DENIAL)
    assert [line.part for line in lines[:3]] == [TITLE, NUMBER, TO]
    assert [(line.text, line.part) for line in lines[-2:]] == [
        (DEPARTMENT, SIGN),
        ("2026年12月3日", SIGN),
    ]
    parts = {line.part for line in lines_of("correction_notice", CORRECTION)}
    assert ITEM in parts


def test_the_suspension_gives_its_days_and_start():
    text = "".join(document_lines("suspension_notice", SUSPENSION))
    assert "自2026年12月1日起进行现场核查，预计需要3个工作日" in text


@pytest.mark.parametrize(
    ("day", "written"),
    [(date(2026, 1, 5), "2026年1月5日"), (date(2026, 12, 31), "2026年12月31日")],
)
def test_dates_have_no_leading_zero(day, written):
    assert chinese_date(day) == written


def test_an_unknown_document_is_a_rule_input_error():
    with pytest.raises(RuleInputError) as caught:
        document_lines("licence", RECEIPT)
    assert caught.value.code == "unknown_document"
    assert caught.value.message_zh == "没有这种文书：'licence'"


def test_bad_data_is_a_rule_input_error_naming_the_key():
    with pytest.raises(RuleInputError) as caught:
        document_lines("suspension_notice", SUSPENSION | {"expected_days": 0})
    assert isinstance(caught.value, DocumentDataError)
    assert caught.value.key == "expected_days"
    assert caught.value.code == "invalid_document_data"
    assert caught.value.message_zh.startswith("文书数据“expected_days”有误")


@pytest.mark.parametrize(
    "url", ["https://a.example/x", "http://a.example", " https://a.example/ "]
)
def test_web_addresses(url):
    assert http_url({"u": url}, "u") == url.strip()


@pytest.mark.parametrize(
    "url", ["ftp://a.example/x", "https://", "//a.example", "mailto:x@a.example"]
)
def test_not_web_addresses(url):
    with pytest.raises(DocumentDataError) as caught:
        http_url({"u": url}, "u")
    assert caught.value.key == "u"


def test_a_receipt_is_written_only_under_a_receipt_number():
    # Full-width and lower case are a person's way of typing a valid number.
    assert document_lines(
        "acceptance_receipt", RECEIPT | {"receipt_number": "scjgj-20261127-0007"}
    )
    with pytest.raises(DocumentDataError) as caught:
        document_lines(
            "acceptance_receipt", RECEIPT | {"receipt_number": "SCJGJ-20260229-0007"}
        )
    assert caught.value.key == "receipt_number"
    assert "日期“20260229”不存在" in caught.value.message_zh
