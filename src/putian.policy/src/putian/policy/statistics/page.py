"""``@@statistics``: the public monthly figures, charts and tables (R22)."""

from Products.Five.browser import BrowserView
from putian.policy import _
from putian.policy.display import Display
from putian.policy.portal.named_pages import INamedPage
from putian.policy.rules.common.errors import RuleInputError
from putian.policy.statistics.charts import bar_chart
from putian.policy.statistics.csv_export import csv_filename
from putian.policy.statistics.csv_export import report_csv
from putian.policy.statistics.report import month_report
from urllib.parse import urlencode
from zope.i18n import translate
from zope.interface import implementer


def _shown(share: dict) -> str:
    return "—" if share["percent"] is None else f"{share['percent']:.1f}%"


@implementer(INamedPage)
class StatisticsPage(BrowserView):
    error = None

    def page_title(self):
        return _("heading_statistics", default="Approval statistics")

    def __call__(self):
        form = self.request.form
        try:
            self.report = month_report(form.get("month"), form.get("department"))
        except RuleInputError as error:
            self.request.response.setStatus(400)
            self.error = error.message_zh
            self.report = month_report()
        if form.get("format") == "csv" and self.error is None:
            response = self.request.response
            response.setHeader("Content-Type", "text/csv; charset=utf-8")
            response.setHeader(
                "Content-Disposition",
                f'attachment; filename="{csv_filename(self.report)}"',
            )
            return report_csv(self.report)
        return self.index()

    def _t(self, message) -> str:
        return translate(message, context=self.request)

    def csv_url(self) -> str:
        query = urlencode({"month": self.report["month"], "format": "csv"})
        return f"{self.context.absolute_url()}/@@statistics?{query}"

    def charts(self) -> list[dict]:
        """Each chart with the rows of its data table."""
        lines = self.report["departments"]
        completed = [
            (
                line["title"],
                line["figures"]["completed"],
                str(line["figures"]["completed"]),
            )
            for line in lines
        ]
        most = max((value for _, value, _ in completed), default=0)
        on_time = [
            (
                line["title"],
                line["figures"]["on_time_share"]["percent"],
                _shown(line["figures"]["on_time_share"]),
            )
            for line in lines
        ]
        satisfied = [
            (
                line["title"],
                line["figures"]["satisfied_share"]["percent"],
                _shown(line["figures"]["satisfied_share"]),
            )
            for line in lines
        ]
        return [
            self._chart(
                "chart-completed",
                _("chart_completed", default="Cases completed"),
                completed,
                most or 1,
            ),
            self._chart(
                "chart-on-time",
                _(
                    "chart_on_time",
                    default="Completed within the committed limit (target 100 %)",
                ),
                on_time,
                100.0,
                100.0,
            ),
            self._chart(
                "chart-satisfied",
                _("chart_satisfied", default="Satisfied ratings"),
                satisfied,
                100.0,
            ),
        ]

    def _chart(self, chart_id, title, rows, scale, target=None) -> dict:
        text = self._t(title)
        return {
            "id": chart_id,
            "title": text,
            "svg": bar_chart(text, rows, scale, target),
            "rows": [{"label": label, "shown": shown} for label, _, shown in rows],
        }

    def met(self, judged) -> str:
        if judged is None:
            return ""
        if judged:
            return self._t(_("label_target_met", default="met"))
        return self._t(_("label_target_not_met", default="not met"))

    shown = staticmethod(_shown)

    def statuses(self, by_status: dict) -> str:
        """The published items by lifecycle status, e.g. 保留 12、调整 1."""
        show = Display(self.request)
        separator = ", " if show.english else "、"
        return separator.join(
            f"{show.term('lifecycle_status', token)} {count}"
            for token, count in by_status.items()
        )
