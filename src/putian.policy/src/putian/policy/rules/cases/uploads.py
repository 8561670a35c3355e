"""R17: materials uploaded online (网上申报材料).

The type of a file is read from its content (its signature), never from
its name alone; the name's extension must then agree with the content.
ZIP-based formats are recognized by the entries their central directory
lists: nothing is ever extracted.
"""

from putian.policy.rules.catalogue.terms import Term
from putian.policy.rules.common.errors import RuleInputError
from putian.policy.rules.common.findings import ERROR
from putian.policy.rules.common.findings import Finding
from putian.policy.rules.common.inputs import applicant_text
from putian.policy.rules.common.inputs import positive_count
from types import MappingProxyType

import io
import unicodedata
import zipfile


UPLOAD_RULE = "R17"

MIB = 1024 * 1024
MAX_UPLOAD_BYTES = 20 * MIB
# What common file systems hold in one name (255 bytes of ext4 are 85
# Chinese characters; the name is stored with the file, not on disk).
MAX_FILENAME_LENGTH = 255

# The accepted types, by content, with their Chinese and English names.
UPLOAD_TYPES = (
    Term("pdf", "PDF文档", "PDF document"),
    Term("ofd", "OFD版式文档", "OFD document"),
    Term("jpeg", "JPEG图片", "JPEG image"),
    Term("png", "PNG图片", "PNG image"),
    Term("docx", "Word文档（DOCX）", "Word document (DOCX)"),
)

# Content type -> the file name extensions that may carry it.
ALLOWED_TYPES = MappingProxyType(
    {
        "pdf": frozenset({"pdf"}),
        "ofd": frozenset({"ofd"}),
        "jpeg": frozenset({"jpg", "jpeg"}),
        "png": frozenset({"png"}),
        "docx": frozenset({"docx"}),
    }
)
ALLOWED_EXTENSIONS = frozenset().union(*ALLOWED_TYPES.values())

_PDF = b"%PDF-"
_JPEG = b"\xff\xd8\xff"
_PNG = b"\x89PNG\r\n\x1a\n"
_ZIP = b"PK\x03\x04"
# GB/T 33190: the entry file of an OFD package sits at its root.
_OFD_ENTRY = "OFD.xml"
_DOCX_ENTRY = "word/document.xml"

_TITLES = {entry.token: entry for entry in UPLOAD_TYPES}
_ALLOWED_ZH = "PDF、OFD、JPG、PNG、DOCX"
_ALLOWED_EN = "PDF, OFD, JPG, PNG, DOCX"


def _zip_type(data: bytes) -> str | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        return None
    is_ofd = _OFD_ENTRY in names
    is_docx = _DOCX_ENTRY in names
    # A package claiming to be both is neither.
    if is_ofd == is_docx:
        return None
    return "ofd" if is_ofd else "docx"


def detect_type(data: bytes) -> str | None:
    """The accepted type the content is (a key of ALLOWED_TYPES), or None."""
    if data.startswith(_PDF):
        return "pdf"
    if data.startswith(_PNG):
        return "png"
    if data.startswith(_JPEG):
        return "jpeg"
    if data.startswith(_ZIP):
        return _zip_type(data)
    return None


def check_filename(filename: object, field: str = "file") -> list[Finding]:
    """R17: the name sent with a file is text of one line, at most
    ``MAX_FILENAME_LENGTH`` characters, without control characters, lone
    surrogates or bidirectional overrides (which disguise an extension)."""
    return applicant_text(
        filename,
        field,
        ("文件名", "file name"),
        UPLOAD_RULE,
        MAX_FILENAME_LENGTH,
        code_prefix="upload_filename",
    )[1]


def _file_name(filename: str) -> str:
    # Some browsers send the whole client path (C:\fakepath\申请书.pdf).
    name = filename.replace("\\", "/").rsplit("/", 1)[-1].strip()
    return name or "未命名文件"


def _extension(name: str) -> str | None:
    # NFKC: a full-width "．ＰＤＦ" is still .pdf to the person who typed it.
    stem, dot, extension = unicodedata.normalize("NFKC", name).rpartition(".")
    if not dot or not stem or not extension:
        return None
    return extension.lower()


def _size(size: int) -> str:
    return f"{size / MIB:.1f} MB"


def check_upload(
    filename: str,
    data: bytes,
    max_bytes: int = MAX_UPLOAD_BYTES,
    field: str = "file",
) -> list[Finding]:
    """R17: a non-empty file of an accepted type, within the size limit,
    whose name (``check_filename``) has an extension that agrees with its
    content."""
    refused_name = check_filename(filename, field)
    if refused_name:
        return refused_name
    name = _file_name(filename if isinstance(filename, str) else "")
    if not isinstance(data, bytes | bytearray | memoryview):
        raise RuleInputError(
            "invalid_upload_data",
            f"文件“{name}”的内容必须是字节串",
            f"The content of {name!r} must be bytes",
        )
    positive_count(max_bytes, "invalid_upload_limit", "文件大小上限", "size limit")
    data = bytes(data)

    def finding(code: str, zh: str, en: str) -> list[Finding]:
        return [Finding(UPLOAD_RULE, ERROR, code, zh, en, field)]

    if not data:
        return finding(
            "upload_empty",
            f"文件“{name}”是空文件，请重新上传",
            f"The file {name!r} is empty; please upload it again",
        )
    if len(data) > max_bytes:
        return finding(
            "upload_too_large",
            f"文件“{name}”大小为{_size(len(data))}，超过{_size(max_bytes)}的上限",
            f"The file {name!r} is {_size(len(data))}, over the limit of "
            f"{_size(max_bytes)}",
        )
    kind = detect_type(data)
    if kind is None:
        return finding(
            "upload_type_not_allowed",
            f"文件“{name}”的内容不是允许上传的格式（{_ALLOWED_ZH}），请转换后重新上传",
            f"The content of {name!r} is not an accepted format ({_ALLOWED_EN}); "
            "please convert it and upload it again",
        )
    extension = _extension(name)
    if extension not in ALLOWED_TYPES[kind]:
        title = _TITLES[kind]
        shown = f".{extension}" if extension else "（无扩展名）"
        shown_en = f".{extension}" if extension else "(no extension)"
        expected = "或".join(f".{entry}" for entry in sorted(ALLOWED_TYPES[kind]))
        expected_en = " or ".join(f".{entry}" for entry in sorted(ALLOWED_TYPES[kind]))
        return finding(
            "upload_extension_mismatch",
            f"文件“{name}”的内容是{title.title_zh}，但扩展名为{shown}，应为{expected}",
            f"The file {name!r} holds a {title.title_en} but its extension is "
            f"{shown_en}, not {expected_en}",
        )
    return []
