"""The samples of R20 (抽样检查) as the REST services answer them."""

from plone import api
from putian.policy.supervision.findings import finding_json
from putian.policy.supervision.findings import findings_of


def sample_json(sample: dict, portal_url: str) -> dict:
    cases = []
    for uid in sample["case_uids"]:
        case = api.content.get(UID=uid)
        entry = {"uid": uid}
        if case is not None:
            entry |= {
                "@id": case.absolute_url(),
                "title": case.Title(),
                "receipt_number": getattr(case, "receipt_number", None),
                "findings": [finding_json(f) for f in findings_of(case)],
            }
        cases.append(entry)
    return {
        "@id": f"{portal_url}/@supervision/samples/{sample['id']}",
        "id": sample["id"],
        "drawn_by": sample["drawn_by"],
        "drawn_at": sample["drawn_at"],
        "filters": {
            "department": sample["department"],
            "from": sample["from"],
            "to": sample["to"],
            "size": sample["size"],
            "seed": sample["seed"],
        },
        "population": sample["population"],
        "case_uids": list(sample["case_uids"]),
        "cases": cases,
    }
