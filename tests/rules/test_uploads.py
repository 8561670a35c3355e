"""R17: uploaded materials, typed by their content, with tiny real files."""

from putian.policy.rules.cases.uploads import ALLOWED_TYPES
from putian.policy.rules.cases.uploads import check_filename
from putian.policy.rules.cases.uploads import check_upload
from putian.policy.rules.cases.uploads import detect_type
from putian.policy.rules.cases.uploads import MAX_FILENAME_LENGTH
from putian.policy.rules.cases.uploads import MAX_UPLOAD_BYTES
from putian.policy.rules.common.errors import RuleInputError

import io
import pytest
import struct
import zipfile
import zlib


def png_bytes() -> bytes:
    """A real 1x1 white PNG."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\xff\xff")
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", pixels)
        + chunk(b"IEND", b"")
    )


PDF = (
    b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"
    b"1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
    b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
    b"trailer\n<< /Root 1 0 R >>\n%%EOF\n"
)
PNG = png_bytes()
# SOI, an APP0 JFIF segment, EOI.
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9"
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + bytes(48)


def zip_bytes(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


DOCX = zip_bytes(
    {
        "[Content_Types].xml": b'<?xml version="1.0"?><Types/>',
        "word/document.xml": "<w:document><w:t>申请书</w:t></w:document>".encode(),
    }
)
OFD = zip_bytes(
    {
        "OFD.xml": b'<?xml version="1.0"?><ofd:OFD Version="1.0"/>',
        "Doc_0/Document.xml": b"<ofd:Document/>",
    }
)
PLAIN_ZIP = zip_bytes({"营业执照.jpg": JPEG, "说明.txt": "材料说明".encode()})


def codes(findings) -> list[str]:
    return [finding.code for finding in findings]


def test_allowed_types():
    assert dict(ALLOWED_TYPES) == {
        "pdf": {"pdf"},
        "ofd": {"ofd"},
        "jpeg": {"jpg", "jpeg"},
        "png": {"png"},
        "docx": {"docx"},
    }
    assert MAX_UPLOAD_BYTES == 20 * 1024 * 1024


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (PDF, "pdf"),
        (PNG, "png"),
        (JPEG, "jpeg"),
        (DOCX, "docx"),
        (OFD, "ofd"),
        (PLAIN_ZIP, None),
        (EXE, None),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(32), None),  # old .doc
        (b"%PDF", None),  # too short for the header
        (b"PK\x03\x04 not really a zip", None),
        (b"<html><body>", None),
    ],
)
def test_detect_type_by_content(data, kind):
    assert detect_type(data) == kind


def test_a_zip_claiming_to_be_both_ofd_and_docx_is_neither():
    both = zip_bytes({"OFD.xml": b"<ofd/>", "word/document.xml": b"<w/>"})
    assert detect_type(both) is None


def test_zip_detection_reads_only_the_directory(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("an entry was opened")

    for name in ("open", "read", "extract", "extractall"):
        monkeypatch.setattr(zipfile.ZipFile, name, refuse)
    assert detect_type(DOCX) == "docx"
    assert detect_type(OFD) == "ofd"


@pytest.mark.parametrize(
    ("filename", "data"),
    [
        ("食品经营许可申请书.pdf", PDF),
        ("经营场所照片.PNG", PNG),
        ("营业执照.jpg", JPEG),
        ("营业执照.JPEG", JPEG),
        ("食品安全管理制度.docx", DOCX),
        ("电子营业执照.ofd", OFD),
        ("营业执照．ＰＮＧ", PNG),  # full-width, from a Chinese input method
        (r"C:\fakepath\申请书.pdf", PDF),
        ("scans/2025/申请书.v2.pdf", PDF),
    ],
)
def test_accepted_files(filename, data):
    assert check_upload(filename, data) == []


def test_bytearray_and_memoryview_are_bytes_too():
    assert check_upload("申请书.pdf", bytearray(PDF)) == []
    assert check_upload("申请书.pdf", memoryview(PDF)) == []


def test_an_empty_file():
    (finding,) = check_upload("食品经营许可申请书.pdf", b"")
    assert (finding.rule, finding.code, finding.field) == (
        "R17",
        "upload_empty",
        "file",
    )
    assert finding.message_zh == "文件“食品经营许可申请书.pdf”是空文件，请重新上传"


def test_the_size_limit_is_20_mib():
    at_limit = PDF + bytes(MAX_UPLOAD_BYTES - len(PDF))
    assert len(at_limit) == 20 * 1024 * 1024
    assert check_upload("扫描件.pdf", at_limit) == []
    (finding,) = check_upload("扫描件.pdf", at_limit + b"\n")
    assert finding.code == "upload_too_large"
    assert finding.message_zh == "文件“扫描件.pdf”大小为20.0 MB，超过20.0 MB的上限"


def test_a_smaller_limit():
    (finding,) = check_upload("照片.png", PNG, max_bytes=len(PNG) - 1)
    assert finding.code == "upload_too_large"
    assert check_upload("照片.png", PNG, max_bytes=len(PNG)) == []


def test_an_executable_is_refused_whatever_its_name():
    for name in ("申请书.exe", "申请书.pdf", "申请书"):
        (finding,) = check_upload(name, EXE)
        assert finding.code == "upload_type_not_allowed"
        assert finding.message_zh == (
            f"文件“{name}”的内容不是允许上传的格式（PDF、OFD、JPG、PNG、DOCX），"
            "请转换后重新上传"
        )


def test_a_pdf_name_on_png_content():
    (finding,) = check_upload("营业执照.pdf", PNG)
    assert (finding.rule, finding.code) == ("R17", "upload_extension_mismatch")
    assert finding.message_zh == (
        "文件“营业执照.pdf”的内容是PNG图片，但扩展名为.pdf，应为.png"
    )
    assert "PNG image" in finding.message_en


@pytest.mark.parametrize(
    ("filename", "data", "expected"),
    [
        ("照片.png", JPEG, "应为.jpeg或.jpg"),
        ("申请书.doc", DOCX, "应为.docx"),
        ("申请书.zip", DOCX, "应为.docx"),
        ("电子营业执照.pdf", OFD, "应为.ofd"),
        ("申请书.ofd", PDF, "应为.pdf"),
        ("申请书", PDF, "扩展名为（无扩展名）"),
        (".pdf", PDF, "扩展名为（无扩展名）"),
        ("申请书.", PDF, "扩展名为（无扩展名）"),
    ],
)
def test_extension_must_agree_with_content(filename, data, expected):
    (finding,) = check_upload(filename, data)
    assert finding.code == "upload_extension_mismatch"
    assert expected in finding.message_zh


def test_content_that_is_no_accepted_type_under_an_accepted_name():
    for data in (PLAIN_ZIP, b"PK\x03\x04 broken", b"just some text"):
        assert codes(check_upload("申请书.docx", data)) == ["upload_type_not_allowed"]


def test_a_file_without_a_name():
    (finding,) = check_upload("", b"")
    assert "未命名文件" in finding.message_zh


def test_the_field_can_be_named():
    (finding,) = check_upload("营业执照.pdf", PNG, field="business_licence")
    assert finding.field == "business_licence"


@pytest.mark.parametrize(
    ("filename", "data", "max_bytes", "error"),
    [
        ("申请书.pdf", PDF.decode("latin-1"), MAX_UPLOAD_BYTES, "invalid_upload_data"),
        ("申请书.pdf", None, MAX_UPLOAD_BYTES, "invalid_upload_data"),
        ("申请书.pdf", PDF, 0, "invalid_upload_limit"),
        ("申请书.pdf", PDF, 20.5, "invalid_upload_limit"),
    ],
)
def test_bad_input_raises(filename, data, max_bytes, error):
    with pytest.raises(RuleInputError) as raised:
        check_upload(filename, data, max_bytes)
    assert raised.value.code == error


@pytest.mark.parametrize("filename", [7, 1.5, True, ["申请书.pdf"], {"name": "a.pdf"}])
def test_a_file_name_that_is_not_text_is_a_finding(filename):
    (finding,) = check_upload(filename, PDF, field="material_1")
    assert (finding.code, finding.field) == ("upload_filename_not_text", "material_1")
    assert finding.rule == "R17"
    assert finding.message_zh == "文件名必须是文本"


def test_a_missing_file_name_is_an_unnamed_file():
    (finding,) = check_upload(None, PDF)
    assert finding.code == "upload_extension_mismatch"
    assert "未命名文件" in finding.message_zh


def test_a_ten_thousand_character_file_name_is_refused_and_not_repeated():
    name = "申" * 10_000 + ".pdf"
    (finding,) = check_upload(name, PDF, field="material_1")
    assert finding.code == "upload_filename_too_long"
    assert len(finding.message_zh) < 100
    assert len(finding.message_en) < 100


def test_the_longest_file_name_allowed():
    assert check_upload("申" * (MAX_FILENAME_LENGTH - 4) + ".pdf", PDF) == []
    assert codes(check_upload("申" * (MAX_FILENAME_LENGTH - 3) + ".pdf", PDF)) == [
        "upload_filename_too_long"
    ]


@pytest.mark.parametrize(
    "filename",
    [
        "申请书\x00.pdf",
        "申请书\x1b[2J.pdf",
        "申请书\r\n.pdf",
        "申请\ud800书.pdf",
        # Right-to-left override: shows as "申请书exe.pdf", is an .exe.
        "申请书\u202efdp.exe",
        "C:\\fakepath\\申\t请书.pdf",
    ],
)
def test_a_file_name_with_a_refused_character(filename):
    (finding,) = check_upload(filename, PDF, field="material_2")
    assert (finding.code, finding.field) == (
        "upload_filename_invalid_characters",
        "material_2",
    )
    assert check_filename(filename, "material_2") == [finding]


def test_ordinary_file_names_pass_check_filename():
    for name in ("申请书.pdf", "C:\\fakepath\\营业执照 (1).jpg", "scan 2026-12-02.PDF"):
        assert check_filename(name) == []
