"""R12/R13: the documents of a case as PDF.

The acceptance receipt (受理通知书), the one-time correction notice
(补正材料一次性告知书), the denial (不予行政许可决定书) and the e-certificate
(电子证照) with its QR code.  Plain Python, reportlab and segno: no Zope.

What each document says is ``putian.policy.rules.cases.document_text``
(``lines_of(kind, data)``); this module draws exactly that text, in that
order, wrapped to the page.  The seal and the QR code are the only other
marks.  The same data always gives the same bytes.
"""

from collections.abc import Mapping
from putian.policy.applications.seal import draw_seal
from putian.policy.applications.seal import SEAL_RADIUS
from putian.policy.rules.cases.document_text import BODY
from putian.policy.rules.cases.document_text import CAPTION
from putian.policy.rules.cases.document_text import DocumentDataError
from putian.policy.rules.cases.document_text import FIELD
from putian.policy.rules.cases.document_text import http_url
from putian.policy.rules.cases.document_text import ITEM
from putian.policy.rules.cases.document_text import Line
from putian.policy.rules.cases.document_text import lines_of
from putian.policy.rules.cases.document_text import NUMBER
from putian.policy.rules.cases.document_text import SIGN
from putian.policy.rules.cases.document_text import SUB
from putian.policy.rules.cases.document_text import SUBTITLE
from putian.policy.rules.cases.document_text import TITLE
from putian.policy.rules.cases.document_text import TO
from putian.policy.rules.cases.document_text import URL
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen.canvas import Canvas

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

# Line styles: (font size, leading, space before, first-line indent, indent
# of the following lines; both in ems).
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
    lines = lines_of(kind, data)
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
        if line.part == SIGN:
            continue
        size, leading, before, first, rest = STYLES[line.part]
        rows = wrap(line.text, size, RIGHT - LEFT, first * size, rest * size)
        y -= before
        for index, row in enumerate(rows):
            if y - leading < BOTTOM:
                canvas.showPage()
                y = TOP
            y -= leading
            if line.part in (TITLE, NUMBER):
                center = (LEFT + RIGHT) / 2
                _draw(canvas, center, y, row, size, "center", line.part == TITLE)
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
    department, day = (line.text for line in lines if line.part == SIGN)
    size, leading = STYLES[SIGN][:2]
    center = right - 4 * size - _width(day, size) / 2
    center = min(center, right - _width(department, size) / 2)
    _draw(canvas, center, y, department, size, "center")
    _draw(canvas, center, y - leading, day, size, "center")
    draw_seal(canvas, center, seal_y, department, _font())


def _styled(lines: list[Line], part: str) -> list[str]:
    return [line.text for line in lines if line.part == part]


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
    return segno.make_qr(http_url({key: url}, key), error="m")


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
