"""``POST /putian/@supervision/sample`` {"department", "from", "to",
"size", "seed"}: draw closed cases at random, reproducibly (R20), and keep
the sample. Supervisors and the reform office only."""

from putian.policy.restapi.services.body import BadBody
from putian.policy.restapi.services.body import INTEGER
from putian.policy.restapi.services.body import json_object
from putian.policy.restapi.services.body import Kind
from putian.policy.restapi.services.body import TEXT
from putian.policy.restapi.services.errors import forbidden
from putian.policy.restapi.services.errors import input_refused
from putian.policy.restapi.services.errors import not_found
from putian.policy.restapi.services.traversal import PathService
from putian.policy.rules.common.errors import RuleInputError
from putian.policy.supervision.filters import line_filters
from putian.policy.supervision.filters import visible_departments
from putian.policy.supervision.sample_listing import sample_json
from putian.policy.supervision.sampling import draw
from zope.interface import alsoProvides

import plone.protect.interfaces


SEED = Kind(
    "文本或整数",
    "text or an integer",
    lambda value: isinstance(value, (str, int)) and not isinstance(value, bool),
)
FIELDS = {"department": TEXT, "from": TEXT, "to": TEXT, "size": INTEGER, "seed": SEED}
NOT_SAMPLING = (
    "只有监察人员和审改办可以抽样检查",
    "Only supervisors and the reform office draw samples",
)
NO_SUCH_ACTION = ("没有这个监察操作", "No such supervision action")


class SamplePost(PathService):
    def reply(self):
        if self.params != ["sample"]:
            return not_found(self.request, NO_SUCH_ACTION)
        if visible_departments() is not None:
            return forbidden(self.request, NOT_SAMPLING)
        alsoProvides(self.request, plone.protect.interfaces.IDisableCSRFProtection)
        try:
            body = json_object(self.request, fields=FIELDS)
        except BadBody as error:
            return error.reply(self.request)
        try:
            filters = line_filters(body, None)
            sample = draw(
                filters, filters_department(filters), body.get("size"), body.get("seed")
            )
        except RuleInputError as error:
            return input_refused(self.request, error)
        self.request.response.setStatus(201)
        return sample_json(sample, self.context.absolute_url())


def filters_department(filters) -> str | None:
    if filters.department_uids is None:
        return None
    return next(iter(filters.department_uids))
