"""A month's report as CSV: one row per department, then the total."""

from putian.policy.rules.cases.ratings import SATISFACTION_LEVELS

import csv
import io


def _percent(share: dict) -> str:
    return "" if share["percent"] is None else f"{share['percent']:.1f}"


def _met(judged) -> str:
    return {True: "达标", False: "未达标"}.get(judged, "")


HEADER = [
    "月份",
    "部门编号",
    "部门",
    "收件数",
    "受理数",
    "办结数",
    "即办件数",
    "按承诺时限办结数",
    "按承诺时限办结率(%)",
    "目标(%)",
    "是否达标",
    "提前办结数",
    "提前办结率(%)",
    "平均用时(工作日)",
    "平均承诺时限(工作日)",
    "用时是否达标",
    "评价数",
    *(level.title_zh for level in SATISFACTION_LEVELS),
    "满意率(%)",
]


def _row(month: str, department_id: str, title: str, figures: dict) -> list:
    on_time, average = figures["on_time_share"], figures["average_days"]
    counts = figures["ratings"]["counts"]
    return [
        month,
        department_id,
        title,
        figures["received"],
        figures["accepted"],
        figures["completed"],
        figures["instant"],
        figures["on_time"],
        _percent(on_time),
        "" if on_time["target"] is None else f"{on_time['target']:.1f}",
        _met(on_time["met"]),
        figures["early"],
        _percent(figures["early_share"]),
        "" if average["days_used"] is None else f"{average['days_used']:.1f}",
        "" if average["days_committed"] is None else f"{average['days_committed']:.1f}",
        _met(average["met"]),
        figures["ratings"]["total"],
        *(counts[level.token] for level in SATISFACTION_LEVELS),
        _percent(figures["satisfied_share"]),
    ]


def report_csv(report: dict) -> str:
    """The report as CSV text, with a byte-order mark for spreadsheets."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow(HEADER)
    month = report["month"]
    for line in report["departments"]:
        writer.writerow(_row(month, line["id"], line["title"], line["figures"]))
    writer.writerow(_row(month, "", "合计", report["total"]))
    return out.getvalue()


def csv_filename(report: dict) -> str:
    return f"statistics-{report['month']}.csv"
