"""GET @worklist: what waits for the signed-in person (issue 13)."""

from plone.restapi.services import Service
from putian.policy.worklist.roles import work_roles
from putian.policy.worklist.sections import WorkList
from zope.i18n import translate


def _iso(value):
    return value.isoformat() if value is not None else None


def line_json(line: dict) -> dict:
    answer = {
        "@id": line["url"],
        "UID": line["uid"],
        "title": line["title"],
        "department": line["department"],
        "review_state": line["state"],
        "state_title": line["state_title"],
        "deadline": _iso(line["deadline"]),
        "traffic_light": line["light"],
    }
    if "modified" in line:
        answer["modified"] = _iso(line["modified"])
        answer["sent_back"] = line["sent_back"]
    else:
        answer["submitted"] = _iso(line["submitted"])
    return answer


class WorklistGet(Service):
    """The sections of the roles the person holds, each with its count and
    its lines (overdue cases first), as on @@worklist."""

    def reply(self):
        worklist = WorkList(work_roles(), self.request)
        sections = [
            {
                "id": section.id,
                "role": section.role,
                "title": translate(section.title, context=self.request),
                "empty": translate(section.empty, context=self.request),
                "count": worklist.count(section),
                "items": [line_json(line) for line in worklist.lines(section)],
            }
            for section in worklist.sections()
        ]
        return {
            "@id": f"{self.context.absolute_url()}/@worklist",
            "total": sum(section["count"] for section in sections),
            "sections": sections,
        }
