"""The samples of R20 (抽样检查) as @supervision/samples and the page list
them: their filters, and each case with its findings."""

from plone import api
from putian.policy.supervision.findings import finding_json
from putian.policy.supervision.findings import findings_of


def sample_json(sample: dict, portal_url: str) -> dict:
    catalog = api.portal.get_tool("portal_catalog")
    # The reform office reads samples of cases it may not view itself.
    brains = {
        brain.UID: brain
        for brain in catalog.unrestrictedSearchResults(UID=list(sample["case_uids"]))
    }
    cases = []
    for uid in sample["case_uids"]:
        entry = {"uid": uid}
        brain = brains.get(uid)
        if brain is not None:
            facts = brain.supervision_facts
            entry |= {
                "@id": brain.getURL(),
                "title": brain.Title,
                "receipt_number": facts.get("receipt_number")
                if isinstance(facts, dict)
                else None,
                "department": {
                    "uid": brain.department_uid,
                    "title": brain.department_title,
                },
                "findings": [
                    finding_json(finding)
                    for finding in findings_of(brain._unrestrictedGetObject())
                ],
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
