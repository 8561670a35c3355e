"""A month's report as CSV: one row per department, then the total."""

from putian.policy import _
from putian.policy.rules.cases.ratings import SATISFACTION_LEVELS
from zope.i18n import translate

import csv
import io


def _percent(share: dict) -> str:
    return "" if share["percent"] is None else f"{share['percent']:.1f}"


def _text(message) -> str:
    # The CSV is published in Chinese, whoever downloads it.
    return translate(message, target_language="zh_CN")


def _met(judged) -> str:
    if judged is None:
        return ""
    return _text(_("label_target_met" if judged else "label_target_not_met"))


def header() -> list[str]:
    columns = [
        _("label_month", default="Month"),
        _("column_department_id", default="Department id"),
        _("column_department", default="Department"),
        _("column_received", default="Received"),
        _("column_accepted", default="Accepted"),
        _("column_completed", default="Completed"),
        _("column_instant", default="Instant items"),
        _("column_on_time_count", default="Completed on time"),
        _("column_on_time_percent", default="Completed on time (%)"),
        _("column_target_percent", default="Target (%)"),
        _("column_target_met", default="Target met"),
        _("column_early_count", default="Completed early"),
        _("column_early_percent", default="Completed early (%)"),
        _("column_days_used_average", default="Average working days used"),
        _("column_days_committed_average", default="Average committed limit"),
        _("column_days_met", default="Within the committed limit"),
        _("column_ratings", default="Ratings"),
    ]
    return [
        *(_text(column) for column in columns),
        *(level.title_zh for level in SATISFACTION_LEVELS),
        _text(_("column_satisfied_percent", default="Satisfied (%)")),
        _text(_("column_bad_ratings", default="Bad ratings")),
        _text(_("column_rectified_on_time", default="Rectified on time")),
        _text(_("column_rectified_on_time_percent", default="Rectified on time (%)")),
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
        figures["bad_ratings"],
        figures["rectified_on_time"],
        _percent(figures["rectified_on_time_share"]),
    ]


def report_csv(report: dict) -> str:
    """The report as CSV text, with a byte-order mark for spreadsheets."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow(header())
    month = report["month"]
    for line in report["departments"]:
        writer.writerow(_row(month, line["id"], line["title"], line["figures"]))
    writer.writerow(_row(month, "", _text(_("label_total")), report["total"]))
    return out.getvalue()


def csv_filename(report: dict) -> str:
    return f"statistics-{report['month']}.csv"
