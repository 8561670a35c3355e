from plone.restapi.services import Service
from putian.policy.catalogue.report import department_report
from putian.policy.departments.lookup import find_department
from putian.policy.departments.lookup import unknown_department
from putian.policy.restapi.services.errors import bad_request
from putian.policy.rules.catalogue.indicators import indicators_as_dict
from putian.policy.rules.common.errors import RuleInputError


class DepartmentReportGet(Service):
    """``/putian/@compliance?department=<UID or id>``: a department's
    indicators."""

    def reply(self):
        reference = self.request.form.get("department") or ""
        try:
            department = find_department(reference)
            if department is None:
                raise unknown_department(reference)
        except RuleInputError as error:
            return bad_request(self.request, error)
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
