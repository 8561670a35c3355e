from plone import api
from plone.restapi.services import Service
from putian.policy.catalogue.report import department_report
from putian.policy.restapi.services.errors import bad_request
from putian.policy.rules.catalogue.indicators import indicators_as_dict
from putian.policy.rules.common.errors import RuleInputError


class DepartmentReportGet(Service):
    """``/putian/@compliance?department=<id>``: a department's indicators."""

    def reply(self):
        department_id = self.request.form.get("department") or ""
        # A UID is unique; an id may repeat across counties.
        brains = api.content.find(portal_type="Department", UID=department_id or "-")
        if not brains:
            brains = api.content.find(portal_type="Department", getId=department_id)
        if len(brains) > 1:
            return bad_request(
                self.request,
                RuleInputError(
                    "ambiguous_department",
                    f"有多个部门的标识为{department_id}，请使用UID",
                    f"Several departments have the id {department_id}: use the UID",
                ),
            )
        if not department_id or not brains:
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
            f"{self.context.absolute_url()}/@compliance?department={department.UID()}"
        )
        result["department"] = {
            "@id": department.absolute_url(),
            "id": department.getId(),
            "UID": department.UID(),
            "title": department.Title(),
        }
        result["items_total"] = len(items)
        return result
