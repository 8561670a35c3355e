"""The service guide as a PDF (@@guide.pdf): every element, the materials
table, the remedies, the forms and samples listed, images appended; and
the demo's forms and samples are real files of their type."""

from AccessControl import Unauthorized
from plone import api
from plone.app.testing import logout
from plone.app.testing import SITE_OWNER_NAME
from plone.namedfile.file import NamedBlobFile
from putian.policy.applications.guide_pdf import guide_pdf
from putian.policy.demo import samples
from putian.policy.rules.catalogue.guide import GUIDE_ELEMENTS
from tests.fixtures.applications import publish
from tests.fixtures.catalogue import ITEM_FACTS
from tests.fixtures.catalogue import make_bare_item
from tests.fixtures.pdf import drawn_text as pdf_text
from tests.fixtures.pdf import page_count
from tests.fixtures.pdf import squeeze
from xml.dom import minidom

import base64
import io
import pytest
import zipfile


def drawn_text(pdf: bytes) -> str:
    """The strings the pages show; streams that are not text (images) are
    passed over."""
    return pdf_text(pdf, images=True)


PNG_1PX = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGA"
    "hKmMIQAAAABJRU5ErkJggg=="
)


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def attach(guide, id_, title, data, content_type):
    """A file (a blank form, a sample) in ``guide``, named ``id_``."""
    api.content.create(
        container=guide,
        type="File",
        id=id_,
        title=title,
        file=NamedBlobFile(data=data, filename=id_, contentType=content_type),
    )


@pytest.fixture
def guide(item_a):
    """item_a's guide with a blank form (DOCX), a sample (PNG image) and
    the materials table naming them; item and guide published."""
    guide = item_a.guide
    with api.env.adopt_user(SITE_OWNER_NAME):
        attach(
            guide,
            "form-1.docx",
            "食品经营许可申请书（空白表格）",
            samples.blank_form_docx("食品经营许可申请书", "食品经营许可"),
            DOCX,
        )
        attach(
            guide,
            "form-1-sample.png",
            "食品经营许可申请书（示例样表）",
            PNG_1PX,
            "image/png",
        )
        materials = [dict(row) for row in guide.materials]
        materials[0]["blank_form"] = "form-1.docx"
        materials[0]["sample"] = "form-1-sample.png"
        guide.materials = materials
        # The guide, flow and rules move through review with their item.
        publish(item_a)
    return guide


def download(context, language="zh-cn"):
    request = context.REQUEST
    request["LANGUAGE"] = language
    view = api.content.get_view("guide.pdf", context, request)
    pdf = view()
    return pdf, request.response


def test_the_guide_downloads_as_a_pdf_in_chinese(guide):
    pdf, response = download(guide)
    assert pdf.startswith(b"%PDF-")
    assert pdf.rstrip().endswith(b"%%EOF")
    assert response.getHeader("Content-Type") == "application/pdf"
    assert "filename*=UTF-8''" in response.getHeader("Content-Disposition")
    # The Chinese font of the case documents.
    assert b"/STSong-Light" in pdf
    text = squeeze(drawn_text(pdf))
    assert "食品经营许可办事指南" in text
    assert "实施机构：莆田市市场监督管理局" in text


def test_every_element_of_the_guide(guide):
    text = squeeze(drawn_text(download(guide)[0]))
    for element in GUIDE_ELEMENTS:
        assert squeeze(element.title_zh) in text, element.name
    for value in (
        "《中华人民共和国食品安全法》第三十五条",  # legal basis
        "申请、受理、审查、决定、送达",  # procedure
        "符合《食品经营许可和备案管理办法》规定的条件",  # conditions
        "20个工作日",  # statutory limit
        "10个工作日",  # committed limit
        "不收费",  # fees
        "莆田市行政服务中心二楼市场监管窗口",  # place
        "周一至周五8:00-12:00,14:30-17:30",  # hours
        "0594-2695000",  # phone
        "12345",  # supervision phone
        "食品经营许可证",  # result
    ):
        assert value in text, value


def test_the_materials_table(guide):
    text = squeeze(drawn_text(download(guide)[0]))
    for column in ("序号", "材料名称", "要求", "份数", "形式", "空白表格、示例样表"):
        assert column in text
    assert "食品经营许可申请书" in text
    assert "必须提交" in text
    assert "原件" in text
    # The attachments' numbers: the result sample is 1, then the files.
    assert "空白表格：附件2" in text
    assert "示例样表：附件3" in text
    assert "营业执照（部门共享获取，无需提交）" in text


def test_the_remedies(guide):
    text = squeeze(drawn_text(download(guide)[0]))
    assert "救济途径" in text
    assert "60日内向莆田市人民政府申请行政复议" in text
    assert "6个月内向莆田市城厢区人民法院提起行政诉讼" in text


def test_forms_and_samples_listed_with_their_addresses(guide):
    pdf = download(guide)[0]
    text = squeeze(drawn_text(pdf))
    assert "附件：空白表格和示例样表" in text
    assert "1.食品经营许可证（办理结果样本）" in text
    assert f"{guide.absolute_url()}/@@download/result_sample" in text
    assert "2.食品经营许可申请书（空白表格）（form-1.docx）" in text
    assert f"{guide['form-1.docx'].absolute_url()}/@@download/file" in text
    # The image sample is drawn on a page of its own after the guide.
    assert "附于本指南之后" in text
    assert "附件3食品经营许可申请书（示例样表）" in text
    assert b"/Subtype /Image" in pdf
    # The online form of the guide is not an attachment.
    assert "application-form" not in text


def test_the_image_adds_a_page(guide):
    with_image = download(guide)[0]
    with api.env.adopt_user(SITE_OWNER_NAME):
        api.content.delete(guide["form-1-sample.png"])
    without = download(guide)[0]
    assert page_count(with_image) == page_count(without) + 1
    assert b"/Subtype /Image" not in without


def test_from_the_item_too(guide):
    pdf, _response = download(guide.aq_parent)
    assert "食品经营许可办事指南" in squeeze(drawn_text(pdf))


def test_in_english(guide):
    text = drawn_text(download(guide, "en")[0])
    assert "Service guide: 食品经营许可" in text
    assert "Implementing organ" in text
    assert "Application materials" in text
    assert "Blankform:attachment2" in squeeze(text)
    assert "Remedies" in text
    assert "Fee standard" in text
    assert "事项名称" not in text


def test_the_public_gets_a_published_guide_only(item_a):
    logout()
    with pytest.raises(Unauthorized):
        download(item_a.guide)


def test_the_item_page_links_the_pdf(guide):
    logout()
    html = api.content.get_view("view", guide.aq_parent, guide.REQUEST)()
    assert f'href="{guide.absolute_url()}/@@guide.pdf"' in html
    assert 'id="guide-pdf"' in html


def test_long_values_continue_on_the_next_page(guide):
    with api.env.adopt_user(SITE_OWNER_NAME):
        guide.review_criteria = "符合条件。" * 600
    pdf = download(guide)[0]
    assert page_count(pdf) >= 3
    assert squeeze(drawn_text(pdf)).count("符合条件。") == 600


def test_data_without_a_title_is_refused():
    with pytest.raises(ValueError, match="title"):
        guide_pdf({"department": "莆田市市场监督管理局", "url": "http://x/y"})


# -- the demo's files ---------------------------------------------------------


def test_a_blank_form_is_a_word_document():
    data = samples.blank_form_docx("食品经营许可申请书", "食品经营许可")
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        assert package.testzip() is None
        names = set(package.namelist())
        assert {"[Content_Types].xml", "_rels/.rels", "word/document.xml"} <= names
        for name in names:
            minidom.parseString(package.read(name))  # noqa: S318 — our own .docx
        document = package.read("word/document.xml").decode("utf-8")
    assert "食品经营许可申请书" in document
    assert "申请人名称" in document
    assert "wordprocessingml.document.main+xml" in package_types(data)


def package_types(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return package.read("[Content_Types].xml").decode("utf-8")


def test_a_filled_in_sample_is_a_pdf():
    data = samples.filled_sample_pdf("食品经营许可申请书", "食品经营许可")
    assert data.startswith(b"%PDF-")
    assert data.rstrip().endswith(b"%%EOF")
    assert b"xref" in data
    text = squeeze(drawn_text(data))
    assert "食品经营许可申请书（示例）" in text
    assert samples.SAMPLE_APPLICANT in text


def test_a_result_sample_is_a_pdf_marked_as_sample():
    data = samples.result_sample_pdf(
        "食品经营许可证", "莆田市市场监督管理局", "http://localhost/putian/@@verify"
    )
    assert data.startswith(b"%PDF-")
    assert b"xref" in data
    text = squeeze(drawn_text(data))
    assert "食品经营许可证（样本）" in text
    assert "证照编号：样本" in text


@pytest.mark.parametrize(
    ("name", "is_form"),
    [
        ("食品经营许可申请书", True),
        ("建筑工程施工许可申请表", True),
        ("营业执照", False),
        ("授权委托书", False),
    ],
)
def test_which_materials_have_forms(name, is_form):
    assert samples.is_form(name) is is_form


def test_the_demo_guides_files_open_as_their_type(portal):
    """Every demo guide's result sample is a PDF; each form material names
    a blank form (DOCX) and a sample (PDF) that are in the guide."""
    from putian.policy.demo.loader import load_demo

    load_demo(portal)
    guides = [
        brain._unrestrictedGetObject()
        for brain in api.content.find(portal_type="ServiceGuide", unrestricted=True)
    ]
    assert len(guides) >= 60
    forms = 0
    for guide in guides:
        sample = guide.result_sample
        assert sample.contentType == "application/pdf"
        assert sample.filename.endswith(".pdf")
        assert sample.data.startswith(b"%PDF-"), guide.absolute_url()
        assert b"xref" in sample.data
        assert "（样本）" in squeeze(drawn_text(sample.data))
        for row in guide.materials:
            if not samples.is_form(row["name"]):
                assert not row.get("blank_form")
                continue
            forms += 1
            blank = guide[row["blank_form"]].file
            assert blank.filename.endswith(".docx")
            with zipfile.ZipFile(io.BytesIO(blank.data)) as package:
                assert package.testzip() is None
                document = package.read("word/document.xml").decode("utf-8")
            assert row["name"] in document
            filled = guide[row["sample"]].file
            assert filled.filename.endswith(".pdf")
            assert filled.data.startswith(b"%PDF-")
            assert f"{row['name']}（示例）" in squeeze(drawn_text(filled.data))
    assert forms >= 30


def test_upgrade_1022_makes_a_stand_in_sample_real(item_a):
    from putian.policy.upgrades.v1022 import make_demo_files_real
    from putian.policy.upgrades.v1022 import STAND_IN

    guide = item_a.guide
    with api.env.adopt_user(SITE_OWNER_NAME):
        guide.result_sample = NamedBlobFile(
            data=STAND_IN,
            filename="XK00012000-sample.pdf",
            contentType="application/pdf",
        )
        # An editor's own file is kept.
        other = make_bare_item(item_a.aq_parent, "other", "食品生产许可", **ITEM_FACTS)
        mine = b"%PDF-1.7 an editor's scan"
        api.content.create(
            container=other,
            type="ServiceGuide",
            id="guide",
            title="办事指南",
            result_sample=NamedBlobFile(
                data=mine, filename="scan.pdf", contentType="application/pdf"
            ),
            materials=[dict(item_a.guide.materials[0])],
        )
    assert make_demo_files_real(None) == 1
    data = guide.result_sample.data
    assert data.startswith(b"%PDF-")
    assert "食品经营许可证（样本）" in squeeze(drawn_text(data))
    row = guide.materials[0]
    assert (row["blank_form"], row["sample"]) == ("form-1.docx", "form-1-sample.pdf")
    assert guide["form-1.docx"].file.data.startswith(b"PK")
    assert guide["form-1-sample.pdf"].file.data.startswith(b"%PDF-")
    # The second material (营业执照) is no form.
    assert not guide.materials[1].get("blank_form")
    assert other.guide.result_sample.data == mine
    assert "form-1.docx" not in other.guide.objectIds()
    # Once done, nothing is left to do.
    assert make_demo_files_real(None) == 0


def test_the_demo_tables_name_a_form_for_each_form_material():
    from putian.policy.demo import items as item_table
    from putian.policy.demo.loader import guide_values

    named = 0
    for row in item_table.ITEMS:
        for material in guide_values(row, "某地", "0594-0000000")["materials"]:
            if samples.is_form(material["name"]):
                assert material["blank_form"].endswith(".docx")
                assert material["sample"].endswith("-sample.pdf")
                named += 1
            else:
                assert material["blank_form"] is None
    assert named >= 30


def test_the_demo_loader_puts_the_files_in_a_guide(item_a):
    from putian.policy.demo import items as item_table
    from putian.policy.demo.loader import _sample
    from putian.policy.demo.loader import add_form_files
    from putian.policy.demo.loader import guide_values

    row = next(row for row in item_table.ITEMS if row.base_code == "XK00012000")
    guide = item_a.guide
    with api.env.adopt_user(SITE_OWNER_NAME):
        guide.materials = guide_values(row, "某地", "0594-0000000")["materials"]
        guide.result_sample = _sample(row, item_a)
        assert add_form_files(guide, row.title) == 2
        assert add_form_files(guide, row.title) == 0
        # The draft guide, as its department sees it.
        text = squeeze(drawn_text(download(guide)[0]))
    assert "食品经营许可证（样本）" in squeeze(drawn_text(guide.result_sample.data))
    assert "空白表格：附件2" in text
    assert "食品经营许可申请书（空白表格）（form-1.docx）" in text
    assert "食品经营许可申请书（示例样表）（form-1-sample.pdf）" in text
