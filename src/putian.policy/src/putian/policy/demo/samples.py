"""The demo guides' files: blank forms, filled-in samples, result samples.

Real files of the type their names say, made here so that each opens:
a blank application form as a Word document (DOCX, written with the
standard library), its filled-in sample and the sample of the result as
PDF (reportlab, with the fonts of the case documents).  The persons and
companies in the samples are made up and marked as samples.
"""

from datetime import date
from putian.policy.applications import documents
from putian.policy.applications.documents import _draw
from putian.policy.applications.documents import wrap
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from xml.sax.saxutils import escape

import io
import zipfile


# The materials an applicant fills in on a form of the department's.
FORM_SUFFIXES = ("申请书", "申请表")
SAMPLE_MARK = "样本"
SAMPLE_APPLICANT = "莆田市某某有限公司（示例）"
SAMPLE_CODE = "91350300MA00000000"
SAMPLE_DAY = date(2026, 11, 27)

# The rows of every blank form: label, and what the sample writes in it.
FORM_FIELDS = (
    ("申请人名称", SAMPLE_APPLICANT),
    ("统一社会信用代码或身份证号码", SAMPLE_CODE),
    ("法定代表人（负责人）", "张某某"),
    ("联系人", "李某某"),
    ("联系电话", "0594-0000000"),
    ("住所（地址）", "莆田市城厢区某某路1号"),
    ("申请事项", None),
    ("申请内容及理由", "按照办事指南的要求提出申请，所附材料真实、有效。"),
    ("申请人签字（盖章）", "张某某（签字）"),
    ("日期", "2026年11月27日"),
)
PROMISE = (
    "本申请人承诺：所提交的申请材料真实、合法、有效，如有虚假，愿承担相应的法律责任。"
)


def is_form(material_name: str) -> bool:
    """A material the applicant fills in on the department's form."""
    return material_name.endswith(FORM_SUFFIXES)


# -- DOCX ---------------------------------------------------------------------

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/docProps/core.xml" '
    'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    "</Types>"
)
_RELATIONSHIPS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
    'relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
    'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/'
    '2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    "</Relationships>"
)
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_FONT = '<w:rFonts w:ascii="SimSun" w:hAnsi="SimSun" w:eastAsia="SimSun"/>'


def _run(text: str, size_half_points: int = 24, bold: bool = False) -> str:
    weight = "<w:b/>" if bold else ""
    return (
        f'<w:r><w:rPr>{_FONT}{weight}<w:sz w:val="{size_half_points}"/></w:rPr>'
        f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'
    )


def _paragraph(text: str, size=24, bold=False, center=False) -> str:
    align = '<w:pPr><w:jc w:val="center"/></w:pPr>' if center else ""
    return f"<w:p>{align}{_run(text, size, bold)}</w:p>"


def _cell(text: str, width: int) -> str:
    return (
        f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>'
        f"{_paragraph(text)}</w:tc>"
    )


def blank_form_docx(form_title: str, item_title: str) -> bytes:
    """A blank application form: title, a table of labelled empty rows and
    the applicant's promise, as a Word document."""
    border = "".join(
        f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    rows = "".join(
        '<w:tr><w:trPr><w:trHeight w:val="567"/></w:trPr>'
        f"{_cell(label, 3200)}"
        f"{_cell(item_title if label == '申请事项' else '', 5800)}</w:tr>"
        for label, _sample in FORM_FIELDS
    )
    table = (
        f'<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/>'
        f"<w:tblBorders>{border}</w:tblBorders></w:tblPr>"
        '<w:tblGrid><w:gridCol w:w="3200"/><w:gridCol w:w="5800"/></w:tblGrid>'
        f"{rows}</w:tbl>"
    )
    body = (
        _paragraph(form_title, 36, bold=True, center=True)
        + _paragraph(f"（{item_title}）", 24, center=True)
        + table
        + _paragraph(PROMISE)
    )
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{_W}"><w:body>{body}'
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" '
        'w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>'
        "</w:body></w:document>"
    )
    core = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/'
        '2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<dc:title>{escape(form_title)}</dc:title>"
        "<dc:creator>putian.policy</dc:creator>"
        "</cp:coreProperties>"
    )
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as package:
        # Fixed times: the same form gives the same bytes.
        for name, text in (
            ("[Content_Types].xml", _CONTENT_TYPES),
            ("_rels/.rels", _RELATIONSHIPS),
            ("word/document.xml", document),
            ("docProps/core.xml", core),
        ):
            info = zipfile.ZipInfo(name, date_time=(2026, 11, 27, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            package.writestr(info, text.encode("utf-8"))
    return output.getvalue()


# -- PDF ----------------------------------------------------------------------


def filled_sample_pdf(form_title: str, item_title: str) -> bytes:
    """The form filled in for a made-up applicant, marked 示例."""
    width, height = A4
    left, right = 25 * mm, width - 25 * mm
    output = io.BytesIO()
    canvas = Canvas(output, pagesize=A4, invariant=True, lang="zh-CN")
    canvas.setTitle(f"{form_title}（示例）")
    canvas.setSubject(item_title)
    canvas.setCreator("putian.policy")
    canvas.saveState()
    # A light mark under the text, which stays readable over it.
    canvas.setFillColorRGB(0.9, 0.9, 0.9)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(35)
    _draw(canvas, 0, 0, "示例", 120, "center")
    canvas.restoreState()
    y = height - 30 * mm
    _draw(canvas, width / 2, y, f"{form_title}（示例）", 18, "center", bold=True)
    y -= 9 * mm
    _draw(canvas, width / 2, y, f"（{item_title}）", 12, "center")
    y -= 10 * mm
    label_width = 64 * mm
    for label, sample in FORM_FIELDS:
        value = item_title if sample is None else sample
        rows = wrap(value, 11, right - left - label_width - 6 * mm)
        row_height = max(11 * mm, (len(rows) * 16) + 6 * mm)
        canvas.rect(left, y - row_height, label_width, row_height)
        value_width = right - left - label_width
        canvas.rect(left + label_width, y - row_height, value_width, row_height)
        _draw(canvas, left + 3 * mm, y - 7 * mm, label, 11)
        for index, row in enumerate(rows):
            _draw(canvas, left + label_width + 3 * mm, y - 7 * mm - index * 16, row, 11)
        y -= row_height
    y -= 8 * mm
    for row in wrap(PROMISE, 11, right - left):
        _draw(canvas, left, y, row, 11)
        y -= 16
    canvas.showPage()
    canvas.save()
    return output.getvalue()


def result_sample_pdf(
    result_name: str, department_title: str, verify_url: str
) -> bytes:
    """The result as the applicant receives it, for a made-up holder, marked
    样本: the e-certificate of the case documents."""
    return documents.certificate_pdf(
        {
            "certificate_number": SAMPLE_MARK,
            "holder_name": SAMPLE_APPLICANT,
            "item_title": f"{result_name}（{SAMPLE_MARK}）",
            "department_name": department_title,
            "issued_on": SAMPLE_DAY,
            "valid_until": None,
            "verify_url": verify_url,
        }
    )
