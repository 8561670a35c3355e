"""R1: changes of an item's status, each logged with its legal paper trail."""

from collections.abc import Mapping
from dataclasses import asdict
from dataclasses import dataclass
from putian.policy.rules.catalogue.terms import ALLOWED_LIFECYCLE_CHANGES
from putian.policy.rules.catalogue.terms import LIFECYCLE_STATUSES
from putian.policy.rules.catalogue.terms import term
from putian.policy.rules.common.errors import RuleInputError
from putian.policy.rules.common.findings import ERROR
from putian.policy.rules.common.findings import Finding
from putian.policy.rules.common.findings import SUGGESTION
from putian.policy.rules.common.inputs import text

import datetime
import re


# GB/T 9704 writes the year of a document number in 六角括号: 莆政文〔2024〕12号.
# [2024], 【2024】 or (2024) are common slips worth a hint, never a block.
_YEAR_IN_WRONG_BRACKETS = re.compile(r"[\[【(（]\s*[0-9]{4}\s*[\]】)）]")


@dataclass(frozen=True)
class LifecycleChange:
    """One logged status change: when, from, to, why, and by which document."""

    date: datetime.date
    from_status: str
    to_status: str
    reason: str
    document_number: str

    def as_dict(self) -> dict[str, str]:
        """JSON-ready, the date in ISO format."""
        result = asdict(self)
        result["date"] = self.date.isoformat()
        return result

    @classmethod
    def from_dict(cls, data: Mapping[str, str]) -> "LifecycleChange":
        """The change ``as_dict`` wrote."""
        try:
            day = datetime.date.fromisoformat(data["date"])
            return cls(
                day,
                data["from_status"],
                data["to_status"],
                data["reason"],
                data["document_number"],
            )
        except (KeyError, TypeError, ValueError) as error:
            raise RuleInputError(
                "invalid_lifecycle_change",
                f"事项状态变更记录无效：{data!r}",
                f"Invalid status change record ({error}): {data!r}",
            ) from None


def _error(code: str, zh: str, en: str, field: str) -> Finding:
    return Finding("R1", ERROR, code, zh, en, field)


def _status_findings(value: object, field: str, what_zh: str, what_en: str) -> list:
    status = text(value, what_zh, what_en)
    if status is None:
        return [
            _error(
                "lifecycle_status_missing",
                f"未填写{what_zh}",
                f"The {what_en} is missing",
                field,
            )
        ]
    if status not in ALLOWED_LIFECYCLE_CHANGES:
        return [
            _error(
                "lifecycle_status_unknown",
                f"{what_zh}“{status}”不是规范的事项状态",
                f"{status!r} is not a known item status",
                field,
            )
        ]
    return []


def _change_findings(from_status: str, to_status: str) -> list[Finding]:
    if to_status in ALLOWED_LIFECYCLE_CHANGES[from_status]:
        return []
    old = term(LIFECYCLE_STATUSES, from_status)
    new = term(LIFECYCLE_STATUSES, to_status)
    if from_status == "cancelled":
        zh = "已取消的事项只作历史记录，不能再变更状态；如需恢复请新建事项"
        en = "A cancelled item is history and cannot change status; create a new item"
    elif from_status == to_status:
        zh = f"事项状态已是“{old.title_zh}”，无需变更"
        en = f"The item already has the status {old.title_en!r}"
    else:
        zh = f"事项状态不能从“{old.title_zh}”直接变更为“{new.title_zh}”"
        en = f"The status cannot change from {old.title_en!r} to {new.title_en!r}"
    return [_error("lifecycle_change_not_allowed", zh, en, "to_status")]


def _date_findings(change_date: object) -> list[Finding]:
    if change_date is None:
        return [
            _error(
                "lifecycle_date_missing",
                "未填写变更日期",
                "The date of the change is missing",
                "change_date",
            )
        ]
    # A datetime is a date too, but a log entry is a calendar day.
    if not isinstance(change_date, datetime.date) or isinstance(
        change_date, datetime.datetime
    ):
        raise RuleInputError(
            "invalid_date",
            f"变更日期必须是日期：{change_date!r}",
            f"The date of the change must be a date: {change_date!r}",
        )
    return []


def check_lifecycle_change(
    from_status: str | None,
    to_status: str | None,
    reason: str | None,
    document_number: str | None,
    change_date: datetime.date | None,
) -> list[Finding]:
    """R1: an allowed change, with its reason, document number and date.

    Fields: "from_status", "to_status", "reason", "document_number",
    "change_date".
    """
    findings = _status_findings(from_status, "from_status", "原状态", "previous status")
    findings += _status_findings(to_status, "to_status", "新状态", "new status")
    if not findings:
        findings += _change_findings(from_status.strip(), to_status.strip())
    if text(reason, "变更理由", "reason") is None:
        findings.append(
            _error(
                "lifecycle_reason_missing",
                "未填写变更理由",
                "The reason for the change is missing",
                "reason",
            )
        )
    number = text(document_number, "文件文号", "document number")
    if number is None:
        findings.append(
            _error(
                "lifecycle_document_missing",
                "未填写变更依据的文件文号",
                "The number of the document deciding the change is missing",
                "document_number",
            )
        )
    elif _YEAR_IN_WRONG_BRACKETS.search(number):
        findings.append(
            Finding(
                "R1",
                SUGGESTION,
                "document_number_brackets",
                f"文号“{number}”中的年份应使用六角括号“〔〕”，如莆政文〔2024〕12号",
                f"Write the year in the document number {number!r} in 〔〕, "
                "e.g. 莆政文〔2024〕12号",
                "document_number",
            )
        )
    findings += _date_findings(change_date)
    return findings
