"""``GET /putian/@supervision``: the supervision lines of R20.

Filters: ``department``, ``item``, ``from``, ``to``, ``kind``
(supervision.filters); ``b_start``/``b_size`` page the lines as
plone.restapi pages its listings. Supervisors and the reform office see
every department; a department's staff their own; anonymous visitors 401.
Beside the lines, ``refused``: the newest attempts out of order or beyond
authority (supervision.refusals), and how many in all.
"""

from plone.restapi.batching import HypermediaBatch
from putian.policy.audit.query import batch_window
from putian.policy.restapi.services.errors import bad_request
from putian.policy.restapi.services.errors import forbidden
from putian.policy.restapi.services.errors import not_found
from putian.policy.restapi.services.traversal import PathService
from putian.policy.rules.calendar.clock import today
from putian.policy.rules.common.errors import RuleInputError
from putian.policy.rules.supervision.lines import LINE_KINDS
from putian.policy.rules.supervision.refusals import REFUSAL_TITLES
from putian.policy.supervision.filters import line_filters
from putian.policy.supervision.filters import visible_departments
from putian.policy.supervision.refusals import refused_attempts
from putian.policy.supervision.report import LIGHTS
from putian.policy.supervision.report import supervision_report
from putian.policy.supervision.sample_listing import sample_json
from putian.policy.supervision.sampling import sample_store


NOT_SUPERVISING = (
    "只有监察人员、审改办和各部门工作人员可以查看监察信息",
    "Only supervisors, the reform office and a department's staff see "
    "supervision lines",
)


# The newest refused attempts answered beside the lines (``kind`` and the
# audit trail's own @audit?action=refused select among the rest).
REFUSALS_SHOWN = 100


NOT_SAMPLING = (
    "只有监察人员和审改办可以查看抽样检查",
    "Only supervisors and the reform office see the samples",
)
NO_SUCH_SAMPLE = ("没有这个抽样", "No such sample")


class SupervisionGet(PathService):
    """The lines; ``@supervision/samples`` the samples drawn, newest first,
    and ``@supervision/samples/<id>`` one of them."""

    def reply(self):
        visible = visible_departments()
        if visible is not None and not visible:
            return forbidden(self.request, NOT_SUPERVISING)
        if self.params:
            return self.samples(visible)
        return self.lines(visible)

    def samples(self, visible):
        if visible is not None:
            return forbidden(self.request, NOT_SAMPLING)
        portal_url = self.context.absolute_url()
        store = sample_store(create=False)
        if self.params == ["samples"]:
            samples = store.newest_first() if store is not None else []
            return {
                "@id": f"{portal_url}/@supervision/samples",
                "items_total": len(samples),
                "items": [sample_json(sample, portal_url) for sample in samples],
            }
        sample = None
        if len(self.params) == 2 and self.params[0] == "samples" and store:
            sample = store.get(self.params[1])
        if sample is None:
            return not_found(self.request, NO_SUCH_SAMPLE)
        return sample_json(sample, portal_url)

    def lines(self, visible):
        form = self.request.form
        try:
            filters = line_filters(form, visible)
            b_start, b_size = batch_window(form)
        except RuleInputError as error:
            return bad_request(self.request, error)
        report = supervision_report(filters, today())
        batch = HypermediaBatch(self.request, report.lines)
        portal_url = self.context.absolute_url()
        result = {
            "@id": self.current_url(),
            "items_total": batch.items_total,
            "items": [self.line(line, portal_url) for line in batch],
            "lights": [
                {"department": {"uid": uid, "title": counts["title"]}}
                | {light: counts[light] for light in LIGHTS}
                for uid, counts in sorted(
                    report.lights.items(), key=lambda pair: pair[1]["title"]
                )
            ],
        }
        attempts = refused_attempts(filters)
        result["refused_total"] = len(attempts)
        result["refused"] = [
            self.refusal(attempt) for attempt in attempts[:REFUSALS_SHOWN]
        ]
        if batch.links:
            result["batching"] = batch.links
        return result

    @staticmethod
    def refusal(attempt) -> dict:
        zh, en = REFUSAL_TITLES[attempt.kind]
        return {
            "@id": attempt.case_url,
            "audit_trail": attempt.trail_url,
            "kind": attempt.kind,
            "kind_title": zh,
            "kind_title_en": en,
            "timestamp": attempt.timestamp,
            "actor": attempt.actor,
            "attempted": attempt.attempted,
            "state": attempt.state,
            "reasons": list(attempt.reasons_zh),
            "reasons_en": list(attempt.reasons_en),
            "department": {
                "uid": attempt.department_uid,
                "title": attempt.department_title,
            },
        }

    @staticmethod
    def line(line, portal_url: str) -> dict:
        kind = LINE_KINDS[line.kind]
        return {
            "@id": line.case_url,
            "audit_trail": line.trail_url,
            "audit_api": f"{portal_url}/@audit?object={line.case_uid}",
            "receipt_number": line.receipt_number,
            "accepted_on": line.accepted_on.isoformat(),
            "kind": line.kind,
            "kind_title": kind.title_zh,
            "kind_title_en": kind.title_en,
            "light": line.light,
            "rule": line.rule,
            "source": line.source,
            "message": line.message_zh,
            "message_en": line.message_en,
            "department": {
                "uid": line.department_uid,
                "title": line.department_title,
            },
        }

    def current_url(self) -> str:
        query = self.request.get("QUERY_STRING", "")
        url = f"{self.context.absolute_url()}/@supervision"
        return f"{url}?{query}" if query else url
