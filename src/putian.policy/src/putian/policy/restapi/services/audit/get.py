"""``GET /putian/@audit``: the site's audit trail for supervisors (R23).

Filters: ``department`` (UID, id or path), ``object`` (UID or path),
``user``, ``action``, ``start`` and ``end`` (YYYY-MM-DD, Beijing days,
both included); ``b_start``/``b_size`` page the JSON.  ``format=csv`` (or
``Accept: text/csv``) answers every matching entry as CSV; ``verify=1``
checks the hash chains instead.
"""

from datetime import date
from datetime import datetime
from plone import api
from plone.restapi.services import Service
from putian.policy.audit.storage import audit_log
from putian.policy.restapi.services.errors import bad_request
from putian.policy.rules.calendar.clock import BEIJING
from putian.policy.rules.calendar.parsing import parse_date
from putian.policy.rules.common.errors import RuleInputError
from urllib.parse import parse_qsl
from urllib.parse import urlencode

import csv
import io
import json
import re
import tempfile


DEFAULT_BATCH_SIZE = 25
MAX_BATCH_SIZE = 1000
UID = re.compile(r"^[0-9a-f]{32}$")

CSV_COLUMNS = (
    "timestamp",
    "actor",
    "action",
    "object_uid",
    "object_path",
    "department",
    "sequence",
    "before",
    "after",
    "comment",
    "previous_hash",
    "entry_hash",
)


def _refusal(code: str, zh: str, en: str) -> RuleInputError:
    return RuleInputError(code, zh, en)


class AuditGet(Service):
    def render(self):
        if not self.wants_csv():
            return super().render()
        self.check_permission()
        try:
            filters = self.filters()
        except RuleInputError as error:
            body = bad_request(self.request, error)
            self.request.response.setHeader("Content-Type", "application/json")
            return json.dumps(body, indent=2, sort_keys=True)
        return self.csv_file(filters)

    def wants_csv(self) -> bool:
        if self.request.form.get("format") == "csv":
            return True
        accept = self.request.getHeader("Accept", "") or ""
        return accept.split(",")[0].strip().startswith("text/csv")

    def reply(self):
        try:
            filters = self.filters()
            b_start, b_size = self.batch_window()
        except RuleInputError as error:
            return bad_request(self.request, error)
        log = audit_log(self.context, create=False)
        if self.request.form.get("verify") not in (None, "", "0", "false"):
            return self.verification(log, filters.get("object_uid"))
        page, total = [], 0
        if log is not None:
            for total, (uid, sequence) in enumerate(log.query_keys(**filters), 1):
                if b_start < total <= b_start + b_size:
                    page.append(log.entry(uid, sequence).as_dict())
        result = {
            "@id": self.current_url(),
            "items_total": total,
            "items": page,
        }
        links = self.batching(total, b_start, b_size)
        if links:
            result["batching"] = links
        return result

    # Filters

    def filters(self) -> dict:
        form = self.request.form
        filters = {
            "department": self.department_uid(form.get("department")),
            "object_uid": self.object_uid(form.get("object")),
            "actor": form.get("user") or None,
            "action": form.get("action") or None,
            "start": self.day(form.get("start"), "开始日期", "start date"),
            "end": self.day(form.get("end"), "结束日期", "end date"),
        }
        if filters["start"] and filters["end"] and filters["start"] > filters["end"]:
            raise _refusal(
                "invalid_date_range",
                "开始日期晚于结束日期",
                "The start date is after the end date",
            )
        return filters

    def day(self, value, what_zh: str, what_en: str) -> date | None:
        if value in (None, ""):
            return None
        return parse_date(value, what_zh, what_en)

    def department_uid(self, value) -> str | None:
        if not value:
            return None
        catalog = api.portal.get_tool("portal_catalog")
        if "/" in value:
            department = self.traverse(value)
            if department is not None and department.portal_type == "Department":
                return department.UID()
            brains = []
        else:
            # A UID is unique; an id may repeat across counties.
            brains = catalog.unrestrictedSearchResults(
                portal_type="Department", UID=value
            ) or catalog.unrestrictedSearchResults(
                portal_type="Department", getId=value
            )
        if len(brains) > 1:
            raise _refusal(
                "ambiguous_department",
                f"有多个部门的标识为{value}，请使用UID",
                f"Several departments have the id {value}: use the UID",
            )
        if brains:
            return brains[0].UID
        # The trail outlives departments that were removed.
        if UID.match(value):
            return value
        raise _refusal(
            "unknown_department",
            f"没有这个部门：{value}",
            f"No such department: {value}",
        )

    def object_uid(self, value) -> str | None:
        if not value:
            return None
        if "/" not in value:
            return value
        obj = self.traverse(value)
        if obj is None:
            raise _refusal(
                "unknown_object",
                f"没有这个对象：{value}",
                f"No such object: {value}",
            )
        return api.content.get_uuid(obj)

    def traverse(self, path: str):
        """Content at ``path``, absolute or below the site; supervisors
        query trails of content they may not be allowed to view."""
        site_path = "/".join(self.context.getPhysicalPath())
        path = path.rstrip("/")
        if not path.startswith(site_path + "/"):
            path = f"{site_path}/{path.lstrip('/')}"
        return self.context.unrestrictedTraverse(path, None)

    def batch_window(self) -> tuple[int, int]:
        form = self.request.form
        try:
            b_start = int(form.get("b_start") or 0)
            b_size = int(form.get("b_size") or DEFAULT_BATCH_SIZE)
        except (TypeError, ValueError):
            b_start = b_size = -1
        if b_start < 0 or not 0 < b_size <= MAX_BATCH_SIZE:
            raise _refusal(
                "invalid_batch",
                f"分页参数应为b_start ≥ 0，1 ≤ b_size ≤ {MAX_BATCH_SIZE}",
                f"Batching needs b_start ≥ 0 and 1 ≤ b_size ≤ {MAX_BATCH_SIZE}",
            )
        return b_start, b_size

    # Answers

    def current_url(self) -> str:
        query = self.request.get("QUERY_STRING", "")
        url = f"{self.context.absolute_url()}/@audit"
        return f"{url}?{query}" if query else url

    def batching(self, total: int, b_start: int, b_size: int) -> dict | None:
        """plone.restapi's batching links."""
        if total <= b_size:
            return None
        params = [
            (key, value)
            for key, value in parse_qsl(self.request.get("QUERY_STRING", ""))
            if key != "b_start"
        ]

        def url(start: int) -> str:
            query = urlencode([*params, ("b_start", start)])
            return f"{self.context.absolute_url()}/@audit?{query}"

        last = (total - 1) // b_size * b_size
        links = {"@id": self.current_url(), "first": url(0), "last": url(last)}
        if b_start + b_size < total:
            links["next"] = url(b_start + b_size)
        if b_start > 0:
            links["prev"] = url(max(b_start - b_size, 0))
        return links

    def verification(self, log, object_uid: str | None) -> dict:
        broken = log.verify(object_uid) if log is not None else []
        return {
            "@id": self.current_url(),
            "intact": not broken,
            "broken": [
                {
                    "object": uid,
                    "first_broken": check.first_broken,
                    "reason": check.reason,
                    "message": check.message_zh,
                    "message_en": check.message_en,
                }
                for uid, check in broken
            ],
        }

    def csv_file(self, filters: dict):
        """Every matching entry, spooled to a file the server streams out.

        UTF-8 with a byte order mark, so Excel reads the Chinese.
        """
        log = audit_log(self.context, create=False)
        spool = tempfile.TemporaryFile()  # noqa: SIM115 - the server sends and closes it
        text = io.TextIOWrapper(spool, encoding="utf-8-sig", newline="")
        writer = csv.writer(text)
        writer.writerow(CSV_COLUMNS)
        entries = log.query(**filters) if log is not None else ()
        for entry in entries:
            data = entry.as_dict()
            for name in ("before", "after"):
                data[name] = json.dumps(data[name], ensure_ascii=False, sort_keys=True)
            writer.writerow(
                ["" if data[name] is None else data[name] for name in CSV_COLUMNS]
            )
        text.flush()
        text.detach()
        spool.seek(0)
        response = self.request.response
        response.setHeader("Content-Type", "text/csv; charset=utf-8")
        filename = f"audit-{datetime.now(BEIJING):%Y%m%d}.csv"
        response.setHeader("Content-Disposition", f'attachment; filename="{filename}"')
        return spool
