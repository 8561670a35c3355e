from plone import api
from plone.restapi.services import Service
from putian.policy.catalogue.report import department_report
from putian.policy.restapi.errors import bad_request
from putian.policy.rules import RuleInputError
from putian.policy.rules.indicators import indicators_as_dict


class DepartmentReportGet(Service):
    """``/putian/@compliance?department=<id>``: a department's indicators."""

    def reply(self):
        department_id = self.request.form.get("department") or ""
        brains = api.content.find(portal_type="Department", getId=department_id)
        if not department_id or len(brains) != 1:
            return bad_request(
                self.request,
                RuleInputError(
                    "unknown_department",
                    f"没有这个部门：{department_id}",
                    f"No such department: {department_id}",
                ),
            )
        department = brains[0].getObject()
        indicators, items = department_report(department)
        result = indicators_as_dict(indicators)
        result["@id"] = (
            f"{self.context.absolute_url()}/@compliance?department={department_id}"
        )
        result["department"] = {
            "@id": department.absolute_url(),
            "id": department_id,
            "title": department.Title(),
        }
        result["items_total"] = len(items)
        return result
