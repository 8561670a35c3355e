"""R12/R13: the documents of a case as PDF.

The acceptance receipt (受理通知书), the one-time correction notice
(补正材料一次性告知书), the denial (不予行政许可决定书) and the e-certificate
(电子证照) with its QR code.  Plain Python, reportlab and segno: no Zope.

Each document is first a list of lines, ``document_lines(kind, data)``:
the PDF draws exactly that text, in that order, wrapped to the page.  The
seal and the QR code are the only other marks.  The same data always gives
the same bytes.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from datetime import datetime
from putian.policy.applications.seal import draw_seal
from putian.policy.applications.seal import SEAL_RADIUS
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen.canvas import Canvas
from urllib.parse import urlsplit

import io
import re
import segno


FONT = "STSong-Light"
PAGE_WIDTH, PAGE_HEIGHT = A4
# GB/T 9704-2012: a 156 x 225 mm text area, 37 mm from the top, 28 mm left.
LEFT = 28 * mm
RIGHT = PAGE_WIDTH - 26 * mm
TOP = PAGE_HEIGHT - 37 * mm
BOTTOM = 35 * mm
# The certificate's fields stay above its QR code and seal.
CERTIFICATE_FOOT = 95 * mm

DELIVERIES = ("window", "post")
# 行政许可法 Art. 45: time that does not count towards the limits.
NOT_COUNTED = (
    "依法需要听证、检验、检测、检疫、鉴定和专家评审的，所需时间不计算在上述时限内。"
)
PERMANENT = "长期有效"

# Line styles: (font size, leading, space before, first-line indent, indent
# of the following lines; both in ems).
TITLE, NUMBER, TO, BODY = "title", "number", "to", "body"
ITEM, SUB, SIGN = "item", "sub", "sign"
SUBTITLE, FIELD, CAPTION, URL = "subtitle", "field", "caption", "url"
STYLES = {
    TITLE: (22, 32, 0, 0, 0),
    NUMBER: (14, 24, 2, 0, 0),
    TO: (14, 24, 10, 0, 0),
    BODY: (14, 24, 0, 2, 0),
    ITEM: (14, 24, 0, 2, 3),
    SUB: (14, 24, 0, 3, 3),
    SIGN: (14, 24, 0, 0, 0),
}

# A line must not start with these (they hang at the end of the last one).
_NO_LINE_START = set("，。、；：？！）》」』”’,.;:?!)]%")
_TOKEN = re.compile(r"[A-Za-z0-9]+|\s+|.", re.DOTALL)


class DocumentDataError(ValueError):
    """The data of a document lacks a key or has a wrong value for it."""

    def __init__(self, key: str, problem: str):
        super().__init__(f"{key!r}: {problem}")
        self.key = key


@dataclass(frozen=True)
class Line:
    text: str
    style: str = BODY


# -- reading the data -------------------------------------------------------


def _get(data: Mapping, key: str):
    if not isinstance(data, Mapping):
        raise DocumentDataError(key, "the document data must be a dict")
    if key not in data:
        raise DocumentDataError(key, "missing required key")
    return data[key]


def _text(data: Mapping, key: str) -> str:
    value = _get(data, key)
    if not isinstance(value, str) or not value.strip():
        raise DocumentDataError(key, f"must be a non-empty string, got {value!r}")
    return value.strip()


def _texts(data: Mapping, key: str) -> list[str]:
    values = _get(data, key)
    if isinstance(values, str | bytes) or not isinstance(values, list | tuple):
        raise DocumentDataError(key, f"must be a list of strings, got {values!r}")
    return [_text({key: value}, key) for value in values]


def _date(data: Mapping, key: str, optional: bool = False) -> date | None:
    value = _get(data, key)
    if value is None and optional:
        return None
    # A datetime is refused: its day depends on a timezone the caller knows.
    if not isinstance(value, date) or isinstance(value, datetime):
        raise DocumentDataError(key, f"must be a datetime.date, got {value!r}")
    return value


def _not_before(key: str, value: date | None, start: date) -> date | None:
    if value is not None and value < start:
        raise DocumentDataError(key, f"{value} is before {start}")
    return value


def _days(data: Mapping, key: str) -> int:
    value = _get(data, key)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise DocumentDataError(
            key, f"must be a positive number of days, got {value!r}"
        )
    return value


def _url(data: Mapping, key: str) -> str:
    value = _text(data, key)
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise DocumentDataError(key, f"must be an http(s) URL, got {value!r}")
    return value


def chinese_date(day: date) -> str:
    """2026年11月27日: month and day without a leading zero (GB/T 9704)."""
    return f"{day.year}年{day.month}月{day.day}日"


def _sentence(text: str) -> str:
    return text if text[-1] in "。！？.!?" else text + "。"


def _paragraphs(data: Mapping, key: str) -> list[Line]:
    return [
        Line(part.strip()) for part in _text(data, key).splitlines() if part.strip()
    ]


def _signature(department: str, day: date) -> list[Line]:
    return [Line(department, SIGN), Line(chinese_date(day), SIGN)]


# -- the documents, as lines ------------------------------------------------


def _acceptance_receipt(data: Mapping) -> list[Line]:
    number = _text(data, "receipt_number")
    department = _text(data, "department_name")
    accepted = _date(data, "accepted_on")
    committed_days = _days(data, "committed_days")
    committed = _not_before(
        "committed_deadline", _date(data, "committed_deadline", True), accepted
    )
    statutory_days = _days(data, "statutory_days")
    statutory = _not_before(
        "statutory_deadline", _date(data, "statutory_deadline", True), accepted
    )
    delivery = _get(data, "delivery")
    if delivery not in DELIVERIES:
        raise DocumentDataError("delivery", f"must be one of {DELIVERIES}")
    if delivery == "post":
        how = f"办理结果将通过邮寄方式送达，邮寄地址：{_text(data, 'postal_address')}。"
    else:
        how = f"办理结果请凭本通知书到{department}办事窗口领取。"
    limits = f"二、办理时限：承诺办理时限为{committed_days}个工作日"
    if committed:
        limits += f"，应于{chinese_date(committed)}前办结"
    limits += f"；法定办理时限为{statutory_days}个工作日"
    if statutory:
        limits += f"，截至{chinese_date(statutory)}"
    limits += f"。{NOT_COUNTED}"
    materials = _texts(data, "materials")
    return [
        Line("受理通知书", TITLE),
        Line(f"受理编号：{number}", NUMBER),
        Line(f"{_text(data, 'applicant_name')}：", TO),
        Line(
            f"你（单位）提出的“{_text(data, 'item_title')}”申请，申请材料齐全、"
            f"符合法定形式，本机关已于{chinese_date(accepted)}依法受理。"
            "现将有关事项告知如下："
        ),
        Line("一、已收取的申请材料："),
        *[Line(f"{i}. {name}", ITEM) for i, name in enumerate(materials, 1)],
        *([] if materials else [Line("（无）", ITEM)]),
        Line(limits),
        Line(
            f"三、进度查询：请登录 {_url(data, 'tracking_url')} ，"
            f"凭受理编号和查询码查询办理进度。受理编号：{number}；"
            f"查询码：{_text(data, 'query_code')}（请妥善保管）。"
        ),
        Line(f"四、结果送达：{how}"),
        Line(f"五、收费情况：{_sentence(_text(data, 'fees'))}"),
        *_signature(department, accepted),
    ]


def _correction_items(data: Mapping) -> list[Line]:
    items = _get(data, "items")
    if not isinstance(items, list | tuple) or not items:
        raise DocumentDataError("items", "must be a non-empty list of corrections")
    lines = []
    for index, item in enumerate(items, 1):
        if not isinstance(item, Mapping):
            raise DocumentDataError("items", f"entry {index} must be a dict")
        try:
            material = _text(item, "material")
            problem = _text(item, "problem")
            how_to_fix = _text(item, "how_to_fix")
        except DocumentDataError as error:
            raise DocumentDataError("items", f"entry {index}: {error}") from None
        lines.append(Line(f"{index}. 材料名称：{material}", ITEM))
        lines.append(Line(f"存在的问题：{problem}", SUB))
        lines.append(Line(f"补正要求：{how_to_fix}", SUB))
    return lines


def _correction_notice(data: Mapping) -> list[Line]:
    return [
        Line("补正材料一次性告知书", TITLE),
        Line(f"编号：{_text(data, 'receipt_number')}", NUMBER),
        Line(f"{_text(data, 'applicant_name')}：", TO),
        Line(
            f"你（单位）提出的“{_text(data, 'item_title')}”申请，经审查，申请材料"
            "不齐全或者不符合法定形式。根据《中华人民共和国行政许可法》第三十二条"
            "第一款第（四）项的规定，现一次性告知需要补正的全部内容如下："
        ),
        *_correction_items(data),
        Line(
            f"请按上述要求补正后，登录 {_url(data, 'tracking_url')} 重新提交。"
            "补正的申请材料齐全、符合法定形式的，本机关将依法予以受理。"
        ),
        *_signature(_text(data, "department_name"), _date(data, "date")),
    ]


def _decision_notice(data: Mapping) -> list[Line]:
    return [
        Line("不予行政许可决定书", TITLE),
        Line(_text(data, "number"), NUMBER),
        Line(f"{_text(data, 'applicant_name')}：", TO),
        Line(
            f"你（单位）提出的“{_text(data, 'item_title')}”申请，本机关已依法受理"
            "并进行了审查。根据《中华人民共和国行政许可法》第三十八条第二款的"
            "规定，决定不予行政许可。理由如下："
        ),
        *_paragraphs(data, "reasons"),
        *_paragraphs(data, "reconsideration_notice"),
        *_paragraphs(data, "litigation_notice"),
        *_signature(_text(data, "department_name"), _date(data, "decided_on")),
    ]


def _suspension_notice(data: Mapping) -> list[Line]:
    days = _days(data, "expected_days")
    return [
        Line("特殊环节告知书", TITLE),
        Line(f"受理编号：{_text(data, 'receipt_number')}", NUMBER),
        Line(f"{_text(data, 'applicant_name')}：", TO),
        Line(
            f"你（单位）提出的“{_text(data, 'item_title')}”申请，本机关自"
            f"{chinese_date(_date(data, 'started_on'))}起进行"
            f"{_text(data, 'kind')}，预计需要{days}个工作日。根据《中华人民共和国"
            "行政许可法》第四十五条的规定，所需时间不计算在办理期限内。理由如下："
        ),
        *_paragraphs(data, "reason"),
        Line(f"办理进度请登录 {_url(data, 'tracking_url')} 查询。"),
        *_signature(_text(data, "department_name"), _date(data, "started_on")),
    ]


def _details(data: Mapping) -> list[Line]:
    """Optional: the item's own fields, as (label, value) pairs."""
    details = data.get("details") or ()
    if not isinstance(details, list | tuple) or not all(
        isinstance(pair, list | tuple) and len(pair) == 2 for pair in details
    ):
        raise DocumentDataError("details", "must be a list of (label, value) pairs")
    lines = []
    for label, value in details:
        pair = {"details": label}, {"details": value}
        label, value = (_text(part, "details") for part in pair)
        if "：" in label:
            raise DocumentDataError("details", f"label {label!r} has a colon")
        lines.append(Line(f"{label}：{value}", FIELD))
    return lines


def _certificate(data: Mapping) -> list[Line]:
    department = _text(data, "department_name")
    issued = _date(data, "issued_on")
    until = _not_before("valid_until", _date(data, "valid_until", True), issued)
    validity = f"有效期至：{chinese_date(until)}" if until else f"有效期限：{PERMANENT}"
    return [
        Line(_text(data, "item_title"), TITLE),
        Line("（电子证照）", SUBTITLE),
        Line(f"证照编号：{_text(data, 'certificate_number')}", FIELD),
        Line(f"持证主体：{_text(data, 'holder_name')}", FIELD),
        *_details(data),
        Line(f"发证机关：{department}", FIELD),
        Line(f"发证日期：{chinese_date(issued)}", FIELD),
        Line(validity, FIELD),
        Line("扫码核验", CAPTION),
        Line(_url(data, "verify_url"), URL),
        *_signature(department, issued),
    ]


DOCUMENTS = {
    "acceptance_receipt": _acceptance_receipt,
    "correction_notice": _correction_notice,
    "decision_notice": _decision_notice,
    "suspension_notice": _suspension_notice,
    "certificate": _certificate,
}


def document_lines(kind: str, data: Mapping) -> list[str]:
    """The text of a document, line by line, as its PDF draws it."""
    return [line.text for line in _lines(kind, data)]


def _lines(kind: str, data: Mapping) -> list[Line]:
    if kind not in DOCUMENTS:
        raise ValueError(f"unknown document {kind!r}; one of {sorted(DOCUMENTS)}")
    return DOCUMENTS[kind](data)


# -- the PDF ----------------------------------------------------------------


def acceptance_receipt_pdf(data: Mapping) -> bytes:
    """受理通知书: time limits, progress query, delivery and fees (R12)."""
    return _pdf("acceptance_receipt", data, "receipt_number")


def correction_notice_pdf(data: Mapping) -> bytes:
    """补正材料一次性告知书: every material to correct, and how (R12)."""
    return _pdf("correction_notice", data, "receipt_number")


def decision_notice_pdf(data: Mapping) -> bytes:
    """不予行政许可决定书: the reasons and both remedies (R13)."""
    return _pdf("decision_notice", data, "number")


def suspension_notice_pdf(data: Mapping) -> bytes:
    """特殊环节告知书: which special step, why, for how long (Art. 45)."""
    return _pdf("suspension_notice", data, "receipt_number")


def certificate_pdf(data: Mapping) -> bytes:
    """电子证照: the certificate, sealed, with a QR code to verify it."""
    return _pdf("certificate", data, "certificate_number")


def _font() -> str:
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    return FONT


def _width(text: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, _font(), size)


def wrap(text: str, size: float, width: float, indent=0.0, hanging=0.0) -> list[str]:
    """``text`` cut into rows that fit ``width`` less ``indent`` (first row)
    or ``hanging`` (the others).  Chinese breaks between any two characters,
    a run of Latin letters and digits only when it fills a row by itself;
    closing punctuation never starts a row."""
    narrowest = width - max(indent, hanging)
    tokens = []
    for token in _TOKEN.findall(text):
        tokens.extend(token if _width(token, size) > narrowest else [token])
    rows, row = [], ""
    for token in tokens:
        room = width - (hanging if rows else indent)
        if (
            row.strip()
            and not token.isspace()
            and token[0] not in _NO_LINE_START
            and _width(row + token, size) > room
        ):
            rows.append(row.rstrip())
            row = ""
        if row or not token.isspace():
            row += token
    return [*rows, row.rstrip()]


def _draw(canvas, x, y, text, size, align="left", bold=False) -> None:
    if align == "center":
        x -= _width(text, size) / 2
    canvas.saveState()
    glyphs = canvas.beginText(x, y)
    glyphs.setFont(_font(), size)
    if bold:  # the font has no bold: stroke the glyphs as well
        canvas.setLineWidth(size / 30)
        glyphs.setTextRenderMode(2)
    glyphs.textOut(text)
    canvas.drawText(glyphs)
    canvas.restoreState()


def _pdf(kind: str, data: Mapping, number_key: str) -> bytes:
    lines = _lines(kind, data)
    output = io.BytesIO()
    canvas = Canvas(output, pagesize=A4, invariant=True, lang="zh-CN")
    canvas.setTitle(f"{lines[0].text} {data[number_key].strip()}")
    canvas.setAuthor(data["department_name"].strip())
    canvas.setSubject(data["item_title"].strip())
    canvas.setCreator("putian.policy")
    if kind == "certificate":
        _certificate_page(canvas, lines)
    else:
        _notice_pages(canvas, lines)
    canvas.showPage()
    canvas.save()
    return output.getvalue()


def _notice_pages(canvas, lines: list[Line]) -> None:
    y = TOP
    for line in lines:
        if line.style == SIGN:
            continue
        size, leading, before, first, rest = STYLES[line.style]
        rows = wrap(line.text, size, RIGHT - LEFT, first * size, rest * size)
        y -= before
        for index, row in enumerate(rows):
            if y - leading < BOTTOM:
                canvas.showPage()
                y = TOP
            y -= leading
            if line.style in (TITLE, NUMBER):
                center = (LEFT + RIGHT) / 2
                _draw(canvas, center, y, row, size, "center", line.style == TITLE)
            else:
                _draw(canvas, LEFT + (rest if index else first) * size, y, row, size)
    # GB/T 9704: one blank line below the text, the seal's top within it.
    leading = STYLES[SIGN][1]
    if y - 3 * leading < BOTTOM:
        canvas.showPage()
        y = TOP
    _signature_block(canvas, lines, RIGHT, y - 2 * leading, y - 2 - SEAL_RADIUS)


def _signature_block(canvas, lines, right: float, y: float, seal_y: float) -> None:
    """Department over date, the date four characters from the right, the
    seal centred on them at ``seal_y``."""
    department, day = (line.text for line in lines if line.style == SIGN)
    size, leading = STYLES[SIGN][:2]
    center = right - 4 * size - _width(day, size) / 2
    center = min(center, right - _width(department, size) / 2)
    _draw(canvas, center, y, department, size, "center")
    _draw(canvas, center, y - leading, day, size, "center")
    draw_seal(canvas, center, seal_y, department, _font())


def _styled(lines: list[Line], style: str) -> list[str]:
    return [line.text for line in lines if line.style == style]


def _certificate_page(canvas, lines: list[Line]) -> None:
    """One page in a double frame: title, fields, the QR code bottom left,
    the sealed signature bottom right."""
    canvas.saveState()
    canvas.setStrokeColorRGB(0.62, 0.42, 0.12)
    for inset, width in ((12 * mm, 2.4), (15 * mm, 0.7)):
        canvas.setLineWidth(width)
        canvas.rect(inset, inset, PAGE_WIDTH - 2 * inset, PAGE_HEIGHT - 2 * inset)
    canvas.restoreState()
    (title,) = _styled(lines, TITLE)
    size = min(30, (RIGHT - LEFT) / _width(title, 1))
    _draw(canvas, PAGE_WIDTH / 2, PAGE_HEIGHT - 62 * mm, title, size, "center", True)
    (subtitle,) = _styled(lines, SUBTITLE)
    _draw(canvas, PAGE_WIDTH / 2, PAGE_HEIGHT - 75 * mm, subtitle, 16, "center")
    left, y, size = LEFT + 6 * mm, PAGE_HEIGHT - 95 * mm, 15
    for field in _styled(lines, FIELD):
        label, value = field.split("：", 1)
        label += "："
        offset = _width(label, size)
        for index, row in enumerate(wrap(value, size, RIGHT - left - offset)):
            y -= 30
            if y < CERTIFICATE_FOOT:
                raise DocumentDataError("details", "too long for one page")
            if not index:
                _draw(canvas, left, y, label, size)
            _draw(canvas, left + offset, y, row, size)
    (caption,) = _styled(lines, CAPTION)
    (url,) = _styled(lines, URL)
    _draw_qr(canvas, url, left, 50 * mm, 34 * mm)
    _draw(canvas, left + 17 * mm, 50 * mm - 14, caption, 12, "center")
    for index, row in enumerate(wrap(url, 8, 80 * mm)):
        _draw(canvas, left, 50 * mm - 28 - index * 10, row, 8)
    _signature_block(canvas, lines, RIGHT - 6 * mm, 68 * mm, 72 * mm)


def _draw_qr(canvas, url: str, x: float, y: float, side: float) -> None:
    """The QR code of ``url``, ``side`` wide, its lower left at (x, y); one
    path of dark runs, so that no seam shows between modules."""
    matrix = [list(row) for row in _qr(url, "verify_url").matrix_iter(border=0)]
    module = side / len(matrix)
    path = canvas.beginPath()
    for r, row in enumerate(matrix):
        start = None
        for c, dark in enumerate([*row, 0]):
            if dark and start is None:
                start = c
            elif not dark and start is not None:
                bottom = y + side - (r + 1) * module
                path.rect(x + start * module, bottom, (c - start) * module, module)
                start = None
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


# -- QR codes for web pages -------------------------------------------------


def _qr(url: str, key: str = "url") -> segno.QRCode:
    # Always a full QR code (phones do not all read Micro QR), level M.
    return segno.make_qr(_url({key: url}, key), error="m")


def qr_svg(url: str, scale: int = 4) -> str:
    """The QR code of ``url`` as an SVG element, for a web page."""
    output = io.BytesIO()
    _qr(url).save(output, kind="svg", scale=scale, xmldecl=False, title="扫码核验")
    return output.getvalue().decode("utf-8")


def qr_png(url: str, scale: int = 4) -> bytes:
    """The QR code of ``url`` as PNG bytes."""
    output = io.BytesIO()
    _qr(url).save(output, kind="png", scale=scale)
    return output.getvalue()
