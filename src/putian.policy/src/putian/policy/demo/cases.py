"""Demo cases of 食品经营许可 in every stage a visitor may meet, handled by
the demo case workers through the same steps as the case pages.

Applicants and their resident ID numbers are invented (with valid check
digits); a query code is shown once, so the loader reports each one.
"""

from typing import NamedTuple


DEPARTMENT = "scjgj"
ITEM = "XK00012000"
CLERK = "scjgj_clerk"
REVIEWER = "scjgj_case_reviewer"
DECIDER = "scjgj_decider"

# A complete PDF of one blank page: what an applicant uploads.
PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)

SUSPENSION = {
    "suspension_kind": "inspection",
    "reason": "需对经营场所进行现场核查",
    "expected_days": 3,
}
CORRECTION = {
    "correction_items": [
        {
            "material": "食品经营许可申请书",
            "problem": "缺少法定代表人签字",
            "how_to_fix": "签字后扫描为PDF重新上传",
        }
    ]
}
DENIAL = {
    "reason": "经营场所与有毒有害场所的距离不符合食品安全要求",
    "reconsideration_notice": (
        "如不服本决定，可在收到本决定书之日起六十日内向莆田市人民政府申请行政复议"
    ),
    "litigation_notice": "或者在六个月内向莆田市城厢区人民法院提起行政诉讼",
}

# Each step: (user, transition, paper).
ACCEPT = (CLERK, "accept", {})
REVIEW = (REVIEWER, "start_review", {})
APPROVE = (DECIDER, "approve", {"comment": "符合条件，准予许可"})


class DemoCase(NamedTuple):
    applicant: str
    # 17 digits; the loader adds the check digit.
    id_body: str
    phone: str
    steps: tuple


CASES = (
    DemoCase("林小梅", "35030219900101123", "13905940001", ()),
    DemoCase("陈建国", "35030319850612201", "13905940002", (ACCEPT,)),
    DemoCase("黄秀英", "35032219860305302", "13905940003", (ACCEPT, REVIEW)),
    DemoCase(
        "郑志明",
        "35030319920818401",
        "13905940004",
        (ACCEPT, REVIEW, (REVIEWER, "suspend", SUSPENSION)),
    ),
    DemoCase("吴丽华", "35032219881120502", "13905940005", (ACCEPT, REVIEW, APPROVE)),
    DemoCase(
        "蔡文华",
        "35030219870228601",
        "13905940006",
        (ACCEPT, REVIEW, APPROVE, (CLERK, "deliver", {})),
    ),
    DemoCase(
        "许美玲",
        "35032219950707702",
        "13905940007",
        (ACCEPT, REVIEW, (DECIDER, "deny", DENIAL)),
    ),
    DemoCase(
        "方俊杰",
        "35030319890909801",
        "13905940008",
        ((CLERK, "request_correction", CORRECTION),),
    ),
)
