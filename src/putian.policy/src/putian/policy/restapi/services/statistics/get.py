"""``GET /putian/@statistics?department=&month=YYYY-MM&format=json|csv``.

R22: a month's figures per department and the total, against the plan's
targets (statistics.report); ``format=csv`` answers them as CSV.
"""

from plone.restapi.services import Service
from putian.policy.restapi.services.errors import bad_request
from putian.policy.rules.common.errors import RuleInputError
from putian.policy.statistics.csv_export import csv_filename
from putian.policy.statistics.csv_export import report_csv
from putian.policy.statistics.report import month_report

import json


class StatisticsGet(Service):
    def _report(self):
        form = self.request.form
        return month_report(form.get("month"), form.get("department"), self.context)

    def render(self):
        if self.request.form.get("format") != "csv":
            return super().render()
        self.check_permission()
        response = self.request.response
        try:
            report = self._report()
        except RuleInputError as error:
            body = bad_request(self.request, error)
            response.setHeader("Content-Type", "application/json")
            return json.dumps(body, indent=2, sort_keys=True)
        response.setHeader("Content-Type", "text/csv; charset=utf-8")
        response.setHeader(
            "Content-Disposition", f'attachment; filename="{csv_filename(report)}"'
        )
        return report_csv(report)

    def reply(self):
        try:
            report = self._report()
        except RuleInputError as error:
            return bad_request(self.request, error)
        if self.request.form.get("format") not in (None, "", "json"):
            return bad_request(
                self.request,
                RuleInputError(
                    "invalid_format",
                    "格式只能是 json 或 csv",
                    "The format is json or csv",
                ),
            )
        return {"@id": f"{self.context.absolute_url()}/@statistics", **report}
