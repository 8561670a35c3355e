"""Whether a page, an SVG or a CSV shows stored payloads inert: as text,
never as markup a browser would run."""

from lxml import etree
from lxml import html
from pathlib import Path

import csv
import io
import re


MARKER = "PXSS"
PAYLOADS_FILE = Path(__file__).with_name("xss_payloads.txt")
URL_ATTRIBUTES = {
    "href",
    "src",
    "action",
    "formaction",
    "data",
    "xlink:href",
    "{http://www.w3.org/1999/xlink}href",
    "background",
    "poster",
}
DANGEROUS_SCHEMES = ("javascript:", "vbscript:", "data:text/html")
SCRIPT_TYPES = {"", "text/javascript", "module", "application/javascript"}
CONTROL = re.compile(r"[\x00-\x20\u200b-\u200f\u202a-\u202e]+")


def payloads() -> list[str]:
    lines = PAYLOADS_FILE.read_text(encoding="utf-8").splitlines()
    escape = re.compile(r"\\u([0-9a-fA-F]{4})")
    return [
        escape.sub(lambda match: chr(int(match.group(1), 16)), line)
        for line in lines
        if line and not line.startswith("#")
    ]


def _local(name: str) -> str:
    return name.rsplit("}", 1)[-1].lower()


def _live(element) -> list[str]:
    """What in one element would run or navigate a payload."""
    tag = _local(element.tag) if isinstance(element.tag, str) else ""
    if not tag:
        return []
    found = _live_text(element, tag)
    for name, value in element.attrib.items():
        if MARKER in value:
            found.extend(_live_attribute(element, tag, name, value))
    return found


def _live_text(element, tag: str) -> list[str]:
    """A payload's script that would run, or its style sheet."""
    text = element.text or ""
    if MARKER not in text:
        return []
    if tag == "script":
        kind = (element.get("type") or "").strip().lower()
        if kind in SCRIPT_TYPES and re.search(r"alert\s*\(", text):
            return [f"<script> runs {text[:80]!r}"]
    if tag == "style":
        return [f"<style> from a payload {text[:80]!r}"]
    return []


def _live_attribute(element, tag: str, name: str, value: str) -> list[str]:
    """What an attribute holding a payload would run or navigate."""
    found = []
    attribute = _local(name) if name.startswith("{") else name.lower()
    if attribute.startswith("on"):
        found.append(f"<{tag} {attribute}={value[:60]!r}>")
    if attribute in URL_ATTRIBUTES or name in URL_ATTRIBUTES:
        scheme = CONTROL.sub("", value).lower()
        if scheme.startswith(DANGEROUS_SCHEMES):
            found.append(f"<{tag} {attribute}={value[:60]!r}>")
    if attribute == "id" and value.startswith(MARKER):
        found.append(f"<{tag} id={value!r}> injected")
    if attribute == "style" and re.search(r"expression\(|javascript:", value):
        found.append(f"<{tag} style={value[:60]!r}>")
    refresh = (element.get("http-equiv") or "").lower() == "refresh"
    if tag == "meta" and attribute == "content" and refresh:
        found.append(f"<meta refresh {value[:60]!r}>")
    return found


def live_in_html(page: str) -> list[str]:
    if not page.strip():
        return []
    document = html.document_fromstring(page)
    found = []
    for element in document.iter():
        found.extend(_live(element))
    return found


def live_in_svg(svg: bytes) -> list[str]:
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    root = etree.fromstring(svg, parser)
    found = []
    for element in root.iter():
        found.extend(_live(element))
    return found


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def formulas_in_csv(text: str) -> list[str]:
    """Cells a spreadsheet would evaluate (CSV injection)."""
    return [
        cell
        for row in csv.reader(io.StringIO(text))
        for cell in row
        if MARKER in cell and cell.startswith(FORMULA_START)
    ]
