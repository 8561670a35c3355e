"""R4/R22: the service guide (办事指南) as a printable PDF, with its forms.

``guide_pdf(data)`` draws plain data (no Zope) with the fonts and helpers
of the case documents (``documents``): the guide's elements as a two-column
table in the standard order, the materials as a table of their own, the
remedies, and the list of attachments, each blank form and sample with its
number and download address.  Attached images are appended as pages of
their own; PDF and Word files cannot be merged without a PDF library the
buildout does not have, so they are listed with their addresses.

``GuidePDF`` (``@@guide.pdf`` on a ServiceGuide) gathers the data as the
item page shows it, in the request's language.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field
from datetime import date
from plone import api
from putian.policy.applications.documents import _draw
from putian.policy.applications.documents import wrap
from putian.policy.applications.easyform import FORM_ID
from putian.policy.catalogue.item_page import ItemView
from putian.policy.content.department import remedy_organs_of
from putian.policy.rules.calendar.clock import today
from putian.policy.rules.cases.document_text import chinese_date
from putian.policy.rules.cases.document_text import DocumentDataError
from putian.policy.rules.cases.notices import LITIGATION_MONTHS
from putian.policy.rules.cases.notices import RECONSIDERATION_DAYS
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from urllib.parse import quote

import io


PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT = 20 * mm
RIGHT = PAGE_WIDTH - 20 * mm
TOP = PAGE_HEIGHT - 22 * mm
BOTTOM = 22 * mm
PAD = 1.8 * mm
SIZE = 10.5  # 五号
SMALL = 8
LEADING = 1.45
LABEL_WIDTH = 34 * mm
IMAGE_TYPES = ("image/png", "image/jpeg", "image/gif")

# The guide's own words, Chinese and English.
TEXTS = {
    "title": ("{title}办事指南", "Service guide: {title}"),
    "filename": ("办事指南.pdf", " - service guide.pdf"),
    "department": ("实施机构：{department}", "Implementing organ: {department}"),
    "code": ("事项编码：{code}", "Item code: {code}"),
    "materials": ("申请材料", "Application materials"),
    "no": ("序号", "No."),
    "material": ("材料名称", "Material"),
    "requirement": ("要求", "Required"),
    "copies": ("份数", "Copies"),
    "form": ("形式", "Form"),
    "files": ("空白表格、示例样表", "Blank form, sample"),
    "blank_form": ("空白表格：附件{n}", "Blank form: attachment {n}"),
    "sample": ("示例样表：附件{n}", "Sample: attachment {n}"),
    "by_sharing": ("（部门共享获取，无需提交）", " (fetched by sharing, not needed)"),
    "no_materials": ("（无需提交材料）", "(no materials)"),
    "windows": ("办理窗口", "Windows"),
    "remedies": ("救济途径", "Remedies"),
    "remedies_text": (
        "申请人对{department}作出的行政许可决定不服的，可以自知道该决定之日起"
        "{days}日内向{organ}申请行政复议，或者自知道该决定之日起{months}个月内"
        "向{court}提起行政诉讼。",
        "An applicant who disagrees with a licensing decision of {department} "
        "may apply to {organ} for administrative reconsideration within {days} "
        "days of learning of it, or sue at {court} within {months} months.",
    ),
    "result_sample": ("见附件{n}", "See attachment {n}"),
    "none": ("无", "None"),
    "attachments": ("附件：空白表格和示例样表", "Attachments: blank forms and samples"),
    "attachment": ("附件{n}　{title}", "Attachment {n}: {title}"),
    "no_attachments": ("（本指南无附件）", "(This guide has no attachments.)"),
    "appended": ("附于本指南之后", "appended to this guide"),
    "download": ("下载地址：", "Download: "),
    "online": ("本指南网上版本：", "This guide online: "),
    "printed": ("打印日期：{day}", "Printed on {day}"),
    "page": ("第 {n} 页", "Page {n}"),
}


def say(key: str, english: bool, **values) -> str:
    zh, en = TEXTS[key]
    return (en if english else zh).format(**values)


@dataclass
class Attachment:
    """A blank form or sample: numbered, titled, with its address; an
    image's bytes when it can be drawn into the guide."""

    number: int
    title: str
    filename: str
    url: str
    content_type: str = ""
    image: bytes | None = field(default=None, repr=False)


def _text(data: Mapping, key: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise DocumentDataError(key, f"must be a non-empty string, got {value!r}")
    return value.strip()


class _Pages:
    """A canvas and the height reached on its current page."""

    def __init__(self, canvas: Canvas, english: bool, footer: str):
        self.canvas = canvas
        self.english = english
        self.footer = footer
        self.number = 1
        self.y = TOP

    def foot(self) -> None:
        _draw(
            self.canvas,
            PAGE_WIDTH / 2,
            12 * mm,
            say("page", self.english, n=self.number),
            SMALL,
            "center",
        )
        _draw(self.canvas, LEFT, 12 * mm, self.footer, SMALL)

    def new_page(self) -> None:
        self.foot()
        self.canvas.showPage()
        self.number += 1
        self.y = TOP

    def room(self, height: float) -> None:
        if self.y - height < BOTTOM:
            self.new_page()

    def line(self, text: str, size=SIZE, align="left", bold=False, x=LEFT) -> None:
        width = RIGHT - x
        for row in _rows(text, size, width):
            self.room(size * LEADING)
            self.y -= size * LEADING
            where = (LEFT + RIGHT) / 2 if align == "center" else x
            _draw(self.canvas, where, self.y, row, size, align, bold)

    def space(self, height: float) -> None:
        self.y -= height

    def table(self, widths, rows, header=None, size=SIZE, bold_column=None) -> None:
        """Rows of cells, bordered; a row longer than the page continues on
        the next, under the header again."""
        leading = size * LEADING
        if header is not None:
            self._row(widths, header, size, leading, bold=True)
        for cells in rows:
            self._row(widths, cells, size, leading, bold_column, header)

    def _row(
        self, widths, cells, size, leading, bold_column=None, header=None, bold=False
    ):
        left = [
            _rows(str(cell), size, width - 2 * PAD)
            for cell, width in zip(cells, widths, strict=True)
        ]
        first = True
        while first or any(left):
            lines = max(1, max(len(cell) for cell in left))
            fits = int((self.y - BOTTOM - 2 * PAD) // leading)
            if fits < min(lines, 2):
                self.new_page()
                if header is not None and not bold:
                    self._row(widths, header, size, leading, bold=True)
                continue
            take = min(lines, fits)
            height = take * leading + 2 * PAD
            x = LEFT
            canvas = self.canvas
            canvas.saveState()
            canvas.setLineWidth(0.6)
            if bold:
                canvas.setFillColorRGB(0.93, 0.93, 0.93)
                canvas.rect(
                    LEFT, self.y - height, sum(widths), height, stroke=0, fill=1
                )
            canvas.setFillColorRGB(0, 0, 0)
            for index, width in enumerate(widths):
                canvas.rect(x, self.y - height, width, height, stroke=1, fill=0)
                for number, row in enumerate(left[index][:take]):
                    _draw(
                        canvas,
                        x + PAD,
                        self.y - PAD - (number + 1) * leading + 0.25 * size,
                        row,
                        size,
                        bold=bold or index == bold_column,
                    )
                left[index] = left[index][take:]
                x += width
            canvas.restoreState()
            self.y -= height
            first = False


def _rows(text: str, size: float, width: float) -> list[str]:
    rows = []
    for paragraph in (text or "").splitlines() or [""]:
        rows.extend(wrap(paragraph.strip(), size, width))
    return [row for row in rows if row] or [""]


def _material_rows(materials, english: bool) -> list[list[str]]:
    rows = []
    for index, material in enumerate(materials, 1):
        name = _text(material, "name")
        if material.get("by_sharing"):
            name += say("by_sharing", english)
        requirement = material.get("requirement") or ""
        if material.get("condition"):
            requirement += (
                f"（{material['condition']}）"
                if not english
                else (f" ({material['condition']})")
            )
        files = []
        if material.get("blank_form"):
            files.append(say("blank_form", english, n=material["blank_form"]))
        if material.get("sample"):
            files.append(say("sample", english, n=material["sample"]))
        copies = material.get("copies")
        rows.append(
            [
                str(index),
                name,
                requirement,
                "" if copies is None else str(copies),
                material.get("form") or "",
                "\n".join(files),
            ]
        )
    return rows


def guide_pdf(data: Mapping) -> bytes:
    """The guide as PDF.

    ``data``: "title", "department", "code", "english" (bool), "url" (the
    guide's page), "printed_on" (date), "sections" [(label, text)] in the
    standard order, "materials_after" (the label after which the materials
    table comes), "materials" [{"name", "requirement", "condition",
    "copies", "form", "by_sharing", "blank_form", "sample"}] with the
    attachment numbers of the files, "remedies" (text or None),
    "attachments" [Attachment].
    """
    english = bool(data.get("english"))
    title = _text(data, "title")
    department = _text(data, "department")
    url = _text(data, "url")
    printed_on = data.get("printed_on")
    if not isinstance(printed_on, date):
        raise DocumentDataError("printed_on", "must be a datetime.date")
    output = io.BytesIO()
    heading = say("title", english, title=title)
    canvas = _canvas(output, english, heading, department, title)
    printed = say(
        "printed",
        english,
        day=printed_on.isoformat() if english else chinese_date(printed_on),
    )
    pages = _Pages(canvas, english, printed)

    _title_block(pages, heading, department, data.get("code"), english)
    _sections(pages, data, english)
    attachments = list(data.get("attachments") or ())
    _attachment_list(pages, attachments, english)
    pages.space(3 * mm)
    pages.line(say("online", english) + url, SMALL)

    for attachment in attachments:
        if attachment.image is not None:
            _image_page(pages, attachment, english)
    pages.foot()
    canvas.showPage()
    canvas.save()
    return output.getvalue()


def _canvas(output, english: bool, heading: str, department: str, title: str):
    canvas = Canvas(
        output, pagesize=A4, invariant=True, lang="en" if english else "zh-CN"
    )
    canvas.setTitle(heading)
    canvas.setAuthor(department)
    canvas.setSubject(title)
    canvas.setCreator("putian.policy")
    return canvas


def _title_block(pages, heading: str, department: str, code, english: bool) -> None:
    pages.line(heading, 18, "center", bold=True)
    pages.space(2 * mm)
    pages.line(say("department", english, department=department), SIZE, "center")
    if code:
        pages.line(say("code", english, code=code), SIZE, "center")
    pages.space(4 * mm)


def _sections(pages, data: Mapping, english: bool) -> None:
    """The guide's sections, the materials table after its own section (or
    after them all), then the remedies."""
    widths = (LABEL_WIDTH, RIGHT - LEFT - LABEL_WIDTH)
    materials_after = data.get("materials_after")
    for label, value in data.get("sections") or ():
        pages.table(widths, [[label, value or say("none", english)]], bold_column=0)
        if label == materials_after:
            _materials(pages, data.get("materials") or (), english)
    if materials_after is None:
        _materials(pages, data.get("materials") or (), english)
    if data.get("remedies"):
        pages.table(
            widths, [[say("remedies", english), data["remedies"]]], bold_column=0
        )


def _attachment_list(pages, attachments, english: bool) -> None:
    pages.space(6 * mm)
    pages.line(say("attachments", english), 13, bold=True)
    pages.space(1 * mm)
    if not attachments:
        pages.line(say("no_attachments", english))
    for attachment in attachments:
        pages.line(_attachment_name(attachment, english))
        pages.line(say("download", english) + attachment.url, SMALL, x=LEFT + 5 * mm)
        pages.space(1 * mm)


def _attachment_name(attachment, english: bool) -> str:
    """Its number and title, the file's name when it differs, and whether
    the file is appended to the guide."""
    name = f"{attachment.number}. {attachment.title}"
    if attachment.filename and attachment.filename != attachment.title:
        name += (
            f"（{attachment.filename}）" if not english else f" ({attachment.filename})"
        )
    if attachment.image is not None:
        name += f" — {say('appended', english)}"
    return name


def _materials(pages: _Pages, materials, english: bool) -> None:
    pages.space(2 * mm)
    pages.line(say("materials", english), 12, bold=True)
    pages.space(1 * mm)
    if not materials:
        pages.line(say("no_materials", english))
        pages.space(2 * mm)
        return
    width = RIGHT - LEFT
    fixed = (12 * mm, 26 * mm, 15 * mm, 22 * mm, 36 * mm)
    widths = (fixed[0], width - sum(fixed), *fixed[1:])
    header = [
        say(key, english)
        for key in ("no", "material", "requirement", "copies", "form", "files")
    ]
    pages.table(widths, _material_rows(materials, english), header=header, size=9.5)
    pages.space(3 * mm)


def _image_page(pages: _Pages, attachment: Attachment, english: bool) -> None:
    """An attached image on a page of its own, as large as the page allows."""
    try:
        image = ImageReader(io.BytesIO(attachment.image))
        width, height = image.getSize()
    except Exception:  # noqa: BLE001 - a broken upload stays listed only
        return
    pages.new_page()
    heading = say("attachment", english, n=attachment.number, title=attachment.title)
    pages.line(heading, 12, bold=True)
    pages.space(3 * mm)
    box_width, box_height = RIGHT - LEFT, pages.y - BOTTOM
    scale = min(box_width / width, box_height / height, 1.5)
    drawn_width, drawn_height = width * scale, height * scale
    pages.canvas.drawImage(
        image,
        LEFT + (box_width - drawn_width) / 2,
        pages.y - drawn_height,
        drawn_width,
        drawn_height,
    )
    pages.y -= drawn_height


# -- the view -----------------------------------------------------------------


def _download_url(obj) -> str:
    field_name = "image" if obj.portal_type == "Image" else "file"
    return f"{obj.absolute_url()}/@@download/{field_name}"


def _blob(obj):
    return getattr(obj, "image", None) or getattr(obj, "file", None)


class GuidePDF(ItemView):
    """``@@guide.pdf``: the guide as the item page shows it, as a PDF."""

    def __call__(self):
        # What the item page sets up, without rendering the page.
        self.prepare()
        data = self.pdf_data()
        response = self.request.response
        response.setHeader("Content-Type", "application/pdf")
        filename = f"{self.item.getId()}-guide.pdf"
        title = quote(f"{data['title']}{say('filename', data['english'])}")
        response.setHeader(
            "Content-Disposition",
            f"inline; filename=\"{filename}\"; filename*=UTF-8''{title}",
        )
        return guide_pdf(data)

    def attachments(self) -> tuple[list[Attachment], dict[str, int]]:
        """The guide's files (result sample first), numbered; and the number
        of each file id, for the materials table."""
        guide = self.guide
        english = self.display.english
        found: list[Attachment] = []
        numbers: dict[str, int] = {}
        sample = getattr(guide, "result_sample", None)
        if sample is not None:
            name = getattr(guide, "result_name", None) or ""
            found.append(
                Attachment(
                    1,
                    f"{name}（办理结果样本）"
                    if not english
                    else f"{name} (sample of the result)",
                    sample.filename or "",
                    self.sample_url(),
                    sample.contentType or "",
                    _image_data(sample),
                )
            )
            numbers["result_sample"] = 1
        for obj in guide.objectValues():
            if obj.getId() == FORM_ID or obj.portal_type not in ("File", "Image"):
                continue
            if not api.user.has_permission("View", obj=obj):
                continue
            blob = _blob(obj)
            if blob is None:
                continue
            number = len(found) + 1
            found.append(
                Attachment(
                    number,
                    obj.Title() or obj.getId(),
                    blob.filename or obj.getId(),
                    _download_url(obj),
                    blob.contentType or "",
                    _image_data(blob),
                )
            )
            numbers[obj.getId()] = number
        return found, numbers

    def pdf_data(self) -> dict:
        english = self.display.english
        attachments, numbers = (
            self.attachments() if self.guide is not None else ([], {})
        )
        sections = []
        materials_after = None
        for section in self.sections():
            value = section["value"]
            if section["name"] == "result_sample":
                number = numbers.get("result_sample")
                value = say("result_sample", english, n=number) if number else ""
            sections.append((section["label"], str(value) if value is not None else ""))
            if section["name"] == "fee_basis":
                materials_after = section["label"]
        windows = self.windows()
        if windows:
            colon, semicolon = (": ", "; ") if english else ("：", "；")
            sections.append(
                (
                    say("windows", english),
                    "\n".join(
                        f"{w['center']} {w['window']}{colon}{w['address']}"
                        f"{semicolon}{w['hours']}"
                        for w in windows
                    ),
                )
            )
        materials = []
        for row, material in zip(
            self.guide.materials or () if self.guide is not None else (),
            self.materials(),
            strict=False,
        ):
            materials.append(
                {
                    **material,
                    "blank_form": numbers.get(row.get("blank_form") or ""),
                    "sample": numbers.get(row.get("sample") or ""),
                }
            )
        department = self.item.get_department()
        return {
            "english": english,
            "title": self.item_title(),
            "department": department.Title() if department is not None else "",
            "code": self.item.implementation_code() or self.item.base_code or "",
            "url": self.item.absolute_url(),
            "printed_on": today(),
            "sections": sections,
            "materials_after": materials_after,
            "materials": materials,
            "remedies": self.remedies(department),
            "attachments": attachments,
        }

    def remedies(self, department) -> str | None:
        organs = remedy_organs_of(department) if department is not None else None
        if organs is None:
            return None
        return say(
            "remedies_text",
            self.display.english,
            department=department.Title(),
            days=RECONSIDERATION_DAYS,
            organ=organs.reconsideration_organ,
            months=LITIGATION_MONTHS,
            court=organs.litigation_court,
        )


def _image_data(blob) -> bytes | None:
    if blob is None or (blob.contentType or "") not in IMAGE_TYPES:
        return None
    return blob.data
