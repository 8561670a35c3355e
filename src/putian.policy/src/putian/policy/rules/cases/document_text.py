"""R12/R13: the wording of a case's documents, line by line.

The acceptance receipt (受理通知书), the one-time correction notice
(补正材料一次性告知书, 行政许可法 Art. 32), the denial (不予行政许可决定书,
Art. 38), the notice of a special step (特殊环节告知书, Art. 45) and the
e-certificate (电子证照).  ``document_lines(kind, data)`` is the text the
law requires, in order; each ``Line`` names its part (title, number,
addressee, body, item, signature...), and the shell
(``putian.policy.applications.documents``) draws them on the page.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from datetime import datetime
from putian.policy.rules.cases.receipts import check_acceptance_receipt
from putian.policy.rules.common.errors import RuleInputError
from putian.policy.rules.common.inputs import is_count
from urllib.parse import urlsplit


DELIVERIES = ("window", "post")
# 行政许可法 Art. 45: time that does not count towards the limits.
NOT_COUNTED = (
    "依法需要听证、检验、检测、检疫、鉴定和专家评审的，所需时间不计算在上述时限内。"
)
PERMANENT = "长期有效"

# The parts a line plays in a document; the shell gives each its style.
TITLE, NUMBER, TO, BODY = "title", "number", "to", "body"
ITEM, SUB, SIGN = "item", "sub", "sign"
SUBTITLE, FIELD, CAPTION, URL = "subtitle", "field", "caption", "url"


class DocumentDataError(RuleInputError):
    """The data of a document lacks a key or has a wrong value for it.

    A RuleInputError like every refusal of the rules; ``key`` names the
    datum.  The data is gathered by the portal, not typed by a person, so
    the problem itself is stated for the developer, in English unless a
    rule gives it in Chinese too (``problem_zh``).
    """

    def __init__(self, key: str, problem: str, problem_zh: str | None = None):
        super().__init__(
            "invalid_document_data",
            f"文书数据“{key}”有误：{problem_zh or problem}",
            f"{key!r}: {problem}",
        )
        self.key = key


@dataclass(frozen=True)
class Line:
    text: str
    part: str = BODY


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
    if not is_count(value) or value < 1:
        raise DocumentDataError(
            key, f"must be a positive number of days, got {value!r}"
        )
    return value


def http_url(data: Mapping, key: str) -> str:
    """``data[key]``, an http(s) address (what a QR code may point to)."""
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


def _signed(data: Mapping, day_key: str) -> list[Line]:
    """The signature of the department that wrote the notice on ``day_key``."""
    return _signature(_text(data, "department_name"), _date(data, day_key))


def _heading(data: Mapping, title: str, number: str) -> list[Line]:
    """A notice's title, its number and the applicant it is addressed to."""
    return [
        Line(title, TITLE),
        Line(number, NUMBER),
        Line(f"{_text(data, 'applicant_name')}：", TO),
    ]


def _applied_for(data: Mapping) -> str:
    """How a notice's body begins: the application it answers."""
    return f"你（单位）提出的“{_text(data, 'item_title')}”申请，"


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
    query = (
        f"三、进度查询：请登录 {http_url(data, 'tracking_url')} ，"
        f"凭受理编号和查询码查询办理进度。受理编号：{number}；"
        f"查询码：{_text(data, 'query_code')}（请妥善保管）。"
    )
    delivered = f"四、结果送达：{how}"
    fees = f"五、收费情况：{_sentence(_text(data, 'fees'))}"
    _refuse_receipt_findings(
        {
            "number": number,
            "time_limit": limits,
            "progress_query": query,
            "result_delivery": delivered,
            "fees": fees,
        }
    )
    return [
        *_heading(data, "受理通知书", f"受理编号：{number}"),
        Line(
            f"{_applied_for(data)}申请材料齐全、符合法定形式，"
            f"本机关已于{chinese_date(accepted)}依法受理。"
            "现将有关事项告知如下："
        ),
        Line("一、已收取的申请材料："),
        *[Line(f"{i}. {name}", ITEM) for i, name in enumerate(materials, 1)],
        *([] if materials else [Line("（无）", ITEM)]),
        Line(limits),
        Line(query),
        Line(delivered),
        Line(fees),
        *_signature(department, accepted),
    ]


# The document's data key behind each element check_acceptance_receipt reads.
_RECEIPT_KEYS = {
    "number": "receipt_number",
    "time_limit": "committed_days",
    "progress_query": "tracking_url",
    "result_delivery": "delivery",
    "fees": "fees",
}


def _refuse_receipt_findings(elements: Mapping) -> None:
    """R12: a receipt that check_acceptance_receipt faults (a malformed
    receipt number, an element left unsaid) is not written."""
    findings = check_acceptance_receipt(elements)
    if findings:
        first = findings[0]
        raise DocumentDataError(
            _RECEIPT_KEYS[first.field], first.message_en, first.message_zh
        )


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
        *_heading(
            data, "补正材料一次性告知书", f"编号：{_text(data, 'receipt_number')}"
        ),
        Line(
            f"{_applied_for(data)}经审查，申请材料"
            "不齐全或者不符合法定形式。根据《中华人民共和国行政许可法》第三十二条"
            "第一款第（四）项的规定，现一次性告知需要补正的全部内容如下："
        ),
        *_correction_items(data),
        Line(
            f"请按上述要求补正后，登录 {http_url(data, 'tracking_url')} 重新提交。"
            "补正的申请材料齐全、符合法定形式的，本机关将依法予以受理。"
        ),
        *_signed(data, "date"),
    ]


def _decision_notice(data: Mapping) -> list[Line]:
    return [
        *_heading(data, "不予行政许可决定书", _text(data, "number")),
        Line(
            f"{_applied_for(data)}本机关已依法受理"
            "并进行了审查。根据《中华人民共和国行政许可法》第三十八条第二款的"
            "规定，决定不予行政许可。理由如下："
        ),
        *_paragraphs(data, "reasons"),
        *_paragraphs(data, "reconsideration_notice"),
        *_paragraphs(data, "litigation_notice"),
        *_signed(data, "decided_on"),
    ]


def _suspension_notice(data: Mapping) -> list[Line]:
    days = _days(data, "expected_days")
    return [
        *_heading(data, "特殊环节告知书", f"受理编号：{_text(data, 'receipt_number')}"),
        Line(
            f"{_applied_for(data)}本机关自"
            f"{chinese_date(_date(data, 'started_on'))}起进行"
            f"{_text(data, 'kind')}，预计需要{days}个工作日。根据《中华人民共和国"
            "行政许可法》第四十五条的规定，所需时间不计算在办理期限内。理由如下："
        ),
        *_paragraphs(data, "reason"),
        Line(f"办理进度请登录 {http_url(data, 'tracking_url')} 查询。"),
        *_signed(data, "started_on"),
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
        Line(http_url(data, "verify_url"), URL),
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
    return [line.text for line in lines_of(kind, data)]


def lines_of(kind: str, data: Mapping) -> list[Line]:
    """The lines of a document with the part each plays."""
    if kind not in DOCUMENTS:
        raise RuleInputError(
            "unknown_document",
            f"没有这种文书：{kind!r}",
            f"unknown document {kind!r}; one of {sorted(DOCUMENTS)}",
        )
    return DOCUMENTS[kind](data)
