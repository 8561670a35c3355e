"""R12/R13: the documents of a case as PDF, read back without reportlab."""

from datetime import date
from datetime import datetime
from hypothesis import example
from hypothesis import given
from hypothesis import strategies as st
from pathlib import Path
from putian.policy.applications import documents
from putian.policy.applications import seal
from putian.policy.applications.documents import acceptance_receipt_pdf
from putian.policy.applications.documents import certificate_pdf
from putian.policy.applications.documents import correction_notice_pdf
from putian.policy.applications.documents import decision_notice_pdf
from putian.policy.applications.documents import qr_png
from putian.policy.applications.documents import qr_svg
from putian.policy.applications.documents import wrap
from putian.policy.rules.cases.document_text import chinese_date
from putian.policy.rules.cases.document_text import document_lines
from putian.policy.rules.cases.document_text import DocumentDataError
from tests.fixtures.pdf import drawn_text
from tests.fixtures.pdf import LITERAL
from tests.fixtures.pdf import page_count
from tests.fixtures.pdf import squeeze
from tests.fixtures.pdf import streams
from tests.fixtures.pdf import unescape

import ast
import pytest
import re
import segno


DEPARTMENT = "莆田市荔城区市场监督管理局"
APPLICANT = "莆田市荔城区好味道餐饮有限公司"
TRACKING = "https://zwfw.putian.gov.cn/banjian/chaxun"
VERIFY = "https://zwfw.putian.gov.cn/zhengzhao/verify/JY13503040012345?sig=9f2c1e"


# Whom a notice answers, for what, from whom.
ADDRESSED = {
    "applicant_name": APPLICANT,
    "item_title": "食品经营许可（新办）",
    "department_name": DEPARTMENT,
}


def receipt(**changes) -> dict:
    data = {
        "receipt_number": "SCJGJ-20261127-0007",
        "query_code": "7KQ3M9XA",
        **ADDRESSED,
        "accepted_on": date(2026, 11, 27),
        "committed_days": 5,
        "committed_deadline": date(2026, 12, 4),
        "statutory_days": 20,
        "statutory_deadline": date(2026, 12, 25),
        "tracking_url": TRACKING,
        "delivery": "post",
        "postal_address": "福建省莆田市荔城区镇海街道梅园路123号 张三 13800000000",
        "fees": "不收费",
        "materials": ["食品经营许可申请书", "营业执照复印件"],
    }
    return data | changes


def correction(**changes) -> dict:
    data = {
        "receipt_number": "SCJGJ-20261127-0007",
        **ADDRESSED,
        "date": date(2026, 11, 27),
        "tracking_url": TRACKING,
        "items": [
            {
                "material": "营业执照复印件",
                "problem": "复印件不清晰，统一社会信用代码无法辨认",
                "how_to_fix": "提交清晰的营业执照复印件并加盖公章",
            },
            {
                "material": "设备布局图",
                "problem": "未标明食品处理区与非食品处理区",
                "how_to_fix": "重新绘制并标明各功能区",
            },
        ],
    }
    return data | changes


def decision(**changes) -> dict:
    data = {
        "number": "莆荔市监不许〔2026〕3号",
        **ADDRESSED,
        "decided_on": date(2026, 12, 3),
        "reasons": "经营场所与污染源的距离不符合规定。\n设备布局与现场不一致。",
        "reconsideration_notice": "如不服本决定，可以在收到本决定书之日起六十日内"
        "向莆田市荔城区人民政府申请行政复议；",
        "litigation_notice": "也可以在收到本决定书之日起六个月内依法向莆田市荔城区"
        "人民法院提起行政诉讼。",
    }
    return data | changes


def certificate(**changes) -> dict:
    data = {
        "certificate_number": "JY13503040012345",
        "holder_name": APPLICANT,
        "item_title": "食品经营许可证",
        "department_name": DEPARTMENT,
        "issued_on": date(2026, 12, 3),
        "valid_until": date(2031, 12, 2),
        "verify_url": VERIFY,
    }
    return data | changes


KINDS = {
    "acceptance_receipt": (acceptance_receipt_pdf, receipt),
    "correction_notice": (correction_notice_pdf, correction),
    "decision_notice": (decision_notice_pdf, decision),
    "certificate": (certificate_pdf, certificate),
}
NUMBERS = {
    "acceptance_receipt": "SCJGJ-20261127-0007",
    "correction_notice": "SCJGJ-20261127-0007",
    "decision_notice": "莆荔市监不许〔2026〕3号",
    "certificate": "JY13503040012345",
}
# Keys whose value may be None, but which must still be given.
NULLABLE = {"committed_deadline", "statutory_deadline", "valid_until"}


# -- reading a PDF back, with the standard library only ---------------------


def info(pdf: bytes, key: str) -> str:
    (literal,) = re.findall(rb"/" + key.encode() + rb" " + LITERAL, pdf)
    value = unescape(literal)
    if value.startswith(b"\xfe\xff"):
        return value[2:].decode("utf-16-be")
    return value.decode("latin-1")


def joined(kind: str, data: dict) -> str:
    return "\n".join(document_lines(kind, data))


# -- every document ---------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_a_document_is_a_pdf_of_some_substance(kind):
    render, sample = KINDS[kind]
    pdf = render(sample())
    assert pdf.startswith(b"%PDF-")
    assert pdf.rstrip().endswith(b"%%EOF")
    assert len(pdf) > 3000
    assert page_count(pdf) == 1


@pytest.mark.parametrize("kind", KINDS)
def test_the_pdf_draws_exactly_the_lines_then_the_seal(kind):
    render, sample = KINDS[kind]
    data = sample()
    expected = "".join(document_lines(kind, data)) + DEPARTMENT
    assert squeeze(drawn_text(render(data))) == squeeze(expected)


@pytest.mark.parametrize("kind", KINDS)
def test_the_pdf_metadata_names_the_document_and_the_department(kind):
    render, sample = KINDS[kind]
    pdf = render(sample())
    title = info(pdf, "Title")
    assert title.startswith(document_lines(kind, sample())[0])
    assert NUMBERS[kind] in title
    assert info(pdf, "Author") == DEPARTMENT
    assert info(pdf, "Subject") == sample()["item_title"]


@pytest.mark.parametrize("kind", KINDS)
def test_the_same_data_gives_the_same_bytes(kind):
    render, sample = KINDS[kind]
    assert render(sample()) == render(sample())


@pytest.mark.parametrize("kind", KINDS)
def test_the_signature_is_the_department_and_the_date(kind):
    lines = document_lines(kind, KINDS[kind][1]())
    assert lines[-2] == DEPARTMENT
    assert re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日", lines[-1])


def test_dates_are_written_without_leading_zeros():
    assert chinese_date(date(2026, 11, 27)) == "2026年11月27日"
    assert chinese_date(date(2026, 1, 5)) == "2026年1月5日"


def test_a_long_document_goes_on_to_another_page():
    items = [
        {"material": f"材料{n}", "problem": "缺少签字" * 10, "how_to_fix": "补签" * 20}
        for n in range(1, 13)
    ]
    data = correction(items=items)
    pdf = correction_notice_pdf(data)
    assert page_count(pdf) > 1
    expected = "".join(document_lines("correction_notice", data)) + DEPARTMENT
    assert squeeze(drawn_text(pdf)) == squeeze(expected)


# -- the acceptance receipt -------------------------------------------------


def test_the_receipt_states_the_time_limits_as_days_and_dates():
    text = joined("acceptance_receipt", receipt())
    assert "承诺办理时限为5个工作日，应于2026年12月4日前办结" in text
    assert "法定办理时限为20个工作日，截至2026年12月25日" in text
    assert "本机关已于2026年11月27日依法受理" in text


def test_a_receipt_without_deadline_dates_still_states_the_days():
    text = joined(
        "acceptance_receipt",
        receipt(committed_deadline=None, statutory_deadline=None),
    )
    assert "承诺办理时限为5个工作日；" in text
    assert "法定办理时限为20个工作日。" in text
    assert "前办结" not in text
    assert "截至" not in text


def test_the_receipt_tells_how_to_query_the_progress():
    text = joined("acceptance_receipt", receipt())
    assert TRACKING in text
    assert "受理编号：SCJGJ-20261127-0007" in text
    assert "查询码：7KQ3M9XA" in text
    assert "凭受理编号和查询码查询办理进度" in text


def test_the_receipt_tells_how_the_result_is_delivered():
    by_post = joined("acceptance_receipt", receipt())
    assert "邮寄" in by_post
    assert "福建省莆田市荔城区镇海街道梅园路123号" in by_post
    data = receipt(delivery="window")
    del data["postal_address"]
    at_window = joined("acceptance_receipt", data)
    assert f"到{DEPARTMENT}办事窗口领取" in at_window
    assert "邮寄" not in at_window


def test_the_receipt_states_the_fees_and_the_materials_received():
    lines = document_lines("acceptance_receipt", receipt())
    assert "五、收费情况：不收费。" in lines
    assert "1. 食品经营许可申请书" in lines
    assert "2. 营业执照复印件" in lines
    fee = document_lines("acceptance_receipt", receipt(fees="按规定收取工本费10元。"))
    assert "五、收费情况：按规定收取工本费10元。" in fee
    none = document_lines("acceptance_receipt", receipt(materials=[]))
    assert "（无）" in none


# -- the correction notice --------------------------------------------------


def test_the_correction_notice_lists_every_item_in_order():
    data = correction()
    lines = document_lines("correction_notice", data)
    assert lines[0] == "补正材料一次性告知书"
    assert "编号：SCJGJ-20261127-0007" in lines
    expected = []
    for number, item in enumerate(data["items"], 1):
        expected += [
            f"{number}. 材料名称：{item['material']}",
            f"存在的问题：{item['problem']}",
            f"补正要求：{item['how_to_fix']}",
        ]
    start = lines.index(expected[0])
    assert lines[start : start + len(expected)] == expected
    assert "一次性告知" in "".join(lines)


def test_the_correction_notice_says_where_to_resubmit():
    text = joined("correction_notice", correction())
    assert f"登录 {TRACKING} 重新提交" in text


# -- the denial ---------------------------------------------------------------


def test_the_denial_gives_its_reasons_and_both_remedies():
    lines = document_lines("decision_notice", decision())
    assert lines[0] == "不予行政许可决定书"
    assert "莆荔市监不许〔2026〕3号" in lines
    assert "经营场所与污染源的距离不符合规定。" in lines
    assert "设备布局与现场不一致。" in lines
    text = "".join(lines)
    assert "六十日内向莆田市荔城区人民政府申请行政复议" in text
    assert "六个月内依法向莆田市荔城区人民法院提起行政诉讼" in text
    assert "决定不予行政许可" in text
    assert lines[-1] == "2026年12月3日"


# -- the certificate and its QR code -----------------------------------------


def test_the_certificate_names_holder_number_issuer_and_validity():
    lines = document_lines("certificate", certificate())
    assert lines[0] == "食品经营许可证"
    assert "证照编号：JY13503040012345" in lines
    assert f"持证主体：{APPLICANT}" in lines
    assert f"发证机关：{DEPARTMENT}" in lines
    assert "发证日期：2026年12月3日" in lines
    assert "有效期至：2031年12月2日" in lines


def test_a_certificate_without_an_end_is_permanent():
    lines = document_lines("certificate", certificate(valid_until=None))
    assert "有效期限：长期有效" in lines
    assert not any(line.startswith("有效期至") for line in lines)


def test_the_certificate_prints_the_verification_url_under_its_qr_code():
    lines = document_lines("certificate", certificate())
    assert lines[lines.index("扫码核验") + 1] == VERIFY


def test_the_certificate_shows_the_items_own_details():
    details = [("经营场所", "福建省莆田市荔城区梅园路123号"), ("主体业态", "餐饮服务")]
    lines = document_lines("certificate", certificate(details=details))
    assert "经营场所：福建省莆田市荔城区梅园路123号" in lines
    assert "主体业态：餐饮服务" in lines


def test_too_many_details_for_one_certificate_page():
    details = [(f"项目{n}", "内容" * 10) for n in range(20)]
    with pytest.raises(DocumentDataError) as raised:
        certificate_pdf(certificate(details=details))
    assert raised.value.key == "details"


def qr_drawn(pdf: bytes) -> list[list[int]]:
    """The QR modules of the certificate, from its small rectangles."""
    number = rb"(-?[\d.]+)"
    found = re.findall(rb" ".join([number] * 4) + rb" re", b"".join(streams(pdf)))
    rects = [tuple(float(n) for n in rect) for rect in found]
    rects = [rect for rect in rects if rect[3] < 10]
    module = rects[0][3]
    left = min(x for x, _, _, _ in rects)
    top = max(y + h for _, y, _, h in rects)
    cells = set()
    for x, y, w, h in rects:
        row = round((top - y - h) / module)
        first = round((x - left) / module)
        cells.update((row, col) for col in range(first, first + round(w / module)))
    size = max(max(cell) for cell in cells) + 1
    return [[int((r, c) in cells) for c in range(size)] for r in range(size)]


def test_the_qr_code_on_the_certificate_is_the_one_for_its_url():
    expected = segno.make_qr(VERIFY, error="m")
    assert qr_drawn(certificate_pdf(certificate())) == [
        [int(bool(module)) for module in row] for row in expected.matrix
    ]
    other = certificate(verify_url="https://zwfw.putian.gov.cn/zhengzhao/verify/X")
    assert qr_drawn(certificate_pdf(other)) != qr_drawn(certificate_pdf(certificate()))


def test_a_qr_code_is_the_same_for_the_same_url():
    assert segno.make_qr(VERIFY, error="m").matrix == (
        segno.make_qr(VERIFY, error="m").matrix
    )
    assert qr_svg(VERIFY) == qr_svg(VERIFY)
    assert qr_png(VERIFY) == qr_png(VERIFY)


def test_qr_codes_for_web_pages():
    svg = qr_svg(VERIFY)
    assert svg.startswith("<svg")
    assert 'xmlns="http://www.w3.org/2000/svg"' in svg
    assert "扫码核验" in svg
    png = qr_png(VERIFY, scale=2)
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    assert len(qr_png(VERIFY, scale=8)) > len(png)


@pytest.mark.parametrize("url", ["", "zwfw.putian.gov.cn/x", "javascript:alert(1)"])
def test_a_qr_code_needs_a_web_address(url):
    with pytest.raises(ValueError, match="url"):
        qr_svg(url)
    with pytest.raises(ValueError, match="url"):
        qr_png(url)


# -- bad data -----------------------------------------------------------------


REQUIRED = [
    (kind, key)
    for kind, (_render, sample) in KINDS.items()
    for key in sample()
    if key != "postal_address"
]


@pytest.mark.parametrize(("kind", "key"), REQUIRED)
def test_a_missing_key_is_named(kind, key):
    render, sample = KINDS[kind]
    data = sample()
    del data[key]
    with pytest.raises(DocumentDataError, match=f"'{key}': missing") as raised:
        render(data)
    assert raised.value.key == key
    assert isinstance(raised.value, ValueError)
    with pytest.raises(DocumentDataError, match=key):
        document_lines(kind, data)


NOT_NONE = [
    (kind, key)
    for kind, key in REQUIRED
    if key not in NULLABLE and (kind, key) != ("acceptance_receipt", "materials")
]


@pytest.mark.parametrize(("kind", "key"), NOT_NONE)
def test_none_is_refused_and_named(kind, key):
    render, sample = KINDS[kind]
    with pytest.raises(DocumentDataError) as raised:
        render(sample(**{key: None}))
    assert raised.value.key == key


def test_post_delivery_needs_an_address():
    data = receipt()
    del data["postal_address"]
    with pytest.raises(DocumentDataError, match="postal_address"):
        acceptance_receipt_pdf(data)
    with pytest.raises(DocumentDataError, match="postal_address"):
        acceptance_receipt_pdf(receipt(postal_address="  "))


@pytest.mark.parametrize(
    ("kind", "key"),
    [
        ("acceptance_receipt", "accepted_on"),
        ("acceptance_receipt", "committed_deadline"),
        ("acceptance_receipt", "statutory_deadline"),
        ("correction_notice", "date"),
        ("decision_notice", "decided_on"),
        ("certificate", "issued_on"),
        ("certificate", "valid_until"),
    ],
)
@pytest.mark.parametrize(
    "value", ["2026-12-20", datetime(2026, 12, 20, 9, 30), 20261220]
)
def test_dates_must_be_dates(kind, key, value):
    render, sample = KINDS[kind]
    with pytest.raises(DocumentDataError, match="datetime.date") as raised:
        render(sample(**{key: value}))
    assert raised.value.key == key


@pytest.mark.parametrize(
    ("kind", "changes", "key"),
    [
        ("acceptance_receipt", {"delivery": "email"}, "delivery"),
        ("acceptance_receipt", {"committed_days": 0}, "committed_days"),
        ("acceptance_receipt", {"statutory_days": True}, "statutory_days"),
        ("acceptance_receipt", {"statutory_days": "20"}, "statutory_days"),
        ("acceptance_receipt", {"materials": "申请书"}, "materials"),
        ("acceptance_receipt", {"materials": ["申请书", ""]}, "materials"),
        ("acceptance_receipt", {"tracking_url": "/banjian"}, "tracking_url"),
        (
            "acceptance_receipt",
            {"committed_deadline": date(2026, 11, 26)},
            "committed_deadline",
        ),
        ("correction_notice", {"items": []}, "items"),
        ("correction_notice", {"items": ["营业执照"]}, "items"),
        ("correction_notice", {"items": [{"material": "营业执照"}]}, "items"),
        ("certificate", {"valid_until": date(2026, 12, 2)}, "valid_until"),
        ("certificate", {"verify_url": "ftp://x.cn/1"}, "verify_url"),
        ("certificate", {"details": [("经营场所",)]}, "details"),
        ("certificate", {"details": [("场所：", "x")]}, "details"),
    ],
)
def test_bad_values_are_named(kind, changes, key):
    render, sample = KINDS[kind]
    with pytest.raises(DocumentDataError) as raised:
        render(sample(**changes))
    assert raised.value.key == key


def test_a_correction_item_names_the_missing_part():
    data = correction(items=[{"material": "营业执照", "problem": "模糊"}])
    with pytest.raises(DocumentDataError, match="entry 1.*how_to_fix"):
        correction_notice_pdf(data)


@pytest.mark.parametrize("number", ["2026-7", "SCJGJ-20261331-0007", "SCJGJ 0007"])
def test_a_receipt_under_a_malformed_number_is_refused(number):
    with pytest.raises(DocumentDataError, match="receipt_number") as raised:
        acceptance_receipt_pdf(receipt(receipt_number=number))
    assert raised.value.key == "receipt_number"
    assert raised.value.message_zh.startswith(
        "文书数据“receipt_number”有误：受理单编号"
    )


def test_unknown_documents_and_data_that_is_not_a_dict():
    with pytest.raises(ValueError, match="unknown document"):
        document_lines("licence", receipt())
    with pytest.raises(DocumentDataError, match="must be a dict"):
        certificate_pdf([("holder_name", APPLICANT)])


# -- wrapping -----------------------------------------------------------------


def test_a_url_too_long_for_a_row_is_cut():
    url = "https://zwfw.putian.gov.cn/" + "a" * 200
    rows = wrap(url, 8, 200)
    assert len(rows) > 1
    assert "".join(rows) == url
    assert all(documents._width(row, 8) <= 200 for row in rows)


def test_closing_punctuation_never_starts_a_row():
    text = "办理结果将通过邮寄方式送达。" * 8
    for width in range(100, 300, 7):
        rows = wrap(text, 14, width)
        assert not any(row[0] in "，。；：）" for row in rows)


@given(
    text=st.text(
        alphabet=st.sampled_from("莆田市监督局申请材料，。（）“”abcXYZ019 -/:"),
        max_size=120,
    ),
    width=st.integers(min_value=60, max_value=450),
    indent=st.sampled_from([0, 28, 42]),
)
@example(text="””", width=60, indent=42)
@example(text="000000000““““““““““ ”", width=126, indent=42)
def test_wrapping_keeps_the_text_and_the_width(text, width, indent):
    rows = wrap(text, 14, width, indent, 0)
    assert squeeze("".join(rows)) == squeeze(text)
    for index, row in enumerate(rows):
        room = width - (indent if index == 0 else 0)
        # Only hanging punctuation (with a space before it) may stick out; a
        # row of nothing else is marks that may not start a line.
        fits = row.rstrip("".join(documents._NO_LINE_START) + " ")
        assert not fits or documents._width(fits, 14) <= room or len(fits) == 1


# -- no Zope, no Plone ---------------------------------------------------------


def test_the_modules_import_no_zope_and_no_plone():
    allowed = {
        "collections",
        "dataclasses",
        "datetime",
        "io",
        "math",
        "re",
        "reportlab",
        "segno",
        "urllib",
        "putian",
    }
    for module in (documents, seal):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module]
            else:
                continue
            for name in names:
                assert name.split(".")[0] in allowed, name
                if name.startswith("putian"):
                    assert name.startswith(
                        ("putian.policy.applications.seal", "putian.policy.rules")
                    )
