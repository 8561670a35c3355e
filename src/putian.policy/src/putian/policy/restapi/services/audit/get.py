"""``GET /putian/@audit``: the site's audit trail for supervisors (R23).

The filters are audit.query's; ``b_start``/``b_size`` page the JSON as
plone.restapi pages its listings. ``format=csv`` (or ``Accept: text/csv``)
answers every matching entry as CSV (audit.export); ``verify=1`` checks the
hash chains instead (audit.verification).
"""

from plone.restapi.batching import HypermediaBatch
from plone.restapi.services import Service
from putian.policy.audit.export import csv_file
from putian.policy.audit.export import csv_filename
from putian.policy.audit.query import batch_window
from putian.policy.audit.query import trail_filters
from putian.policy.audit.query import TrailPage
from putian.policy.audit.storage import audit_log
from putian.policy.audit.verification import chain_report
from putian.policy.restapi.services.errors import bad_request
from putian.policy.rules.common.errors import RuleInputError

import json


class AuditGet(Service):
    def render(self):
        if not self.wants_csv():
            return super().render()
        self.check_permission()
        try:
            filters = trail_filters(self.request.form)
        except RuleInputError as error:
            body = bad_request(self.request, error)
            self.request.response.setHeader("Content-Type", "application/json")
            return json.dumps(body, indent=2, sort_keys=True)
        response = self.request.response
        response.setHeader("Content-Type", "text/csv; charset=utf-8")
        response.setHeader(
            "Content-Disposition", f'attachment; filename="{csv_filename()}"'
        )
        return csv_file(audit_log(self.context, create=False), filters)

    def wants_csv(self) -> bool:
        if self.request.form.get("format") == "csv":
            return True
        accept = self.request.getHeader("Accept", "") or ""
        return accept.split(",")[0].strip().startswith("text/csv")

    def reply(self):
        form = self.request.form
        try:
            filters = trail_filters(form)
            b_start, b_size = batch_window(form)
        except RuleInputError as error:
            return bad_request(self.request, error)
        log = audit_log(self.context, create=False)
        if form.get("verify") not in (None, "", "0", "false"):
            report = chain_report(log, filters["object_uid"])
            return {"@id": self.current_url(), **report}
        keys = log.query_keys(**filters) if log is not None else ()
        batch = HypermediaBatch(self.request, TrailPage(keys, b_start, b_size))
        result = {
            "@id": self.current_url(),
            "items_total": batch.items_total,
            "items": [log.entry(uid, sequence).as_dict() for uid, sequence in batch],
        }
        if batch.links:
            result["batching"] = batch.links
        return result

    def current_url(self) -> str:
        query = self.request.get("QUERY_STRING", "")
        url = f"{self.context.absolute_url()}/@audit"
        return f"{url}?{query}" if query else url
