"""Something in every demo user's work list (issue 13).

- Catalogue items of 市场监管局 and 住建局 at each step of review: a draft,
  one sent back with the reviewer's reason, one waiting for the
  department's review, one waiting for the reform office.
- The demo's cases (demo/cases.py) are filed on the day the demo loads, so
  every deadline would be green: right after they are filed, two of them
  are dated back as if they had come in earlier (their whole clock moves:
  submission, acceptance, every workflow step), one overdue, one near its
  deadline.
"""

from datetime import timedelta
from plone import api
from putian.policy.applications.folders import case_folder
from putian.policy.applications.schedule import refresh_deadlines
from putian.policy.applications.schedule import traffic_light
from putian.policy.applications.state import WORKFLOW_ID
from putian.policy.demo import cases as demo_cases
from putian.policy.demo.items import Basis
from putian.policy.demo.items import BUSINESS_LICENCE
from putian.policy.demo.items import Item
from putian.policy.demo.items import LAW
from putian.policy.demo.items import Material
from putian.policy.demo.items import REGULATION


DRUG_LAW = Basis(LAW, "《中华人民共和国药品管理法》", "第五十二条")
DEVICE_REGULATION = Basis(REGULATION, "《医疗器械监督管理条例》", "第四十二条")
INDUSTRIAL_REGULATION = Basis(
    REGULATION, "《中华人民共和国工业产品生产许可证管理条例》", "第二条"
)
CONSTRUCTION_LAW = Basis(LAW, "《中华人民共和国建筑法》", "第十三条")

# (item, the catalogue steps it has taken, the reason of a send-back)
ITEMS_IN_REVIEW = (
    (
        Item(
            "scjgj",
            "XK00018000",
            "药品零售企业经营许可",
            DRUG_LAW,
            30,
            15,
            "药品经营许可证",
            (Material("药品经营许可申请表", DRUG_LAW), BUSINESS_LICENCE),
        ),
        (),
        None,
    ),
    (
        Item(
            "scjgj",
            "XK00019000",
            "第三类医疗器械经营许可",
            DEVICE_REGULATION,
            20,
            10,
            "医疗器械经营许可证",
            (Material("医疗器械经营许可申请表", DEVICE_REGULATION), BUSINESS_LICENCE),
        ),
        ("submit", "reject"),
        "审查标准须写明经营场所和库房面积的具体要求，请补充后重新提交。",
    ),
    (
        Item(
            "scjgj",
            "XK00011000",
            "重要工业产品生产许可",
            INDUSTRIAL_REGULATION,
            60,
            30,
            "全国工业产品生产许可证",
            (
                Material("工业产品生产许可证申请书", INDUSTRIAL_REGULATION),
                BUSINESS_LICENCE,
            ),
        ),
        ("submit",),
        None,
    ),
    (
        Item(
            "zjj",
            "XK00026000",
            "建筑业企业资质核准",
            CONSTRUCTION_LAW,
            20,
            10,
            "建筑业企业资质证书",
            (Material("建筑业企业资质申请表", CONSTRUCTION_LAW), BUSINESS_LICENCE),
        ),
        ("submit", "approve"),
        None,
    ),
)

# applicant (demo/cases.py) -> the traffic light their case is dated back to
CASES_DATED_BACK = {"陈建国": "red", "黄秀英": "yellow"}
# How far back a case may be dated to find its light.
MAX_DAYS_BACK = 120


def _step(item, transitions, reason):
    """Step the item; its guide, flow and review rules follow it."""
    for transition in transitions:
        comment = reason if transition == "reject" else ""
        api.content.transition(obj=item, transition=transition, comment=comment)


def ensure_items_in_review(site, counts):
    """The items of ITEMS_IN_REVIEW, once (by id), made as the loader makes
    every demo item."""
    # The loader calls this module: import it when it is loaded.
    from putian.policy.demo import loader

    for row, transitions, reason in ITEMS_IN_REVIEW:
        department = site[row.department]
        id_ = row.base_code.lower()
        if id_ in department.objectIds():
            continue
        item = api.content.create(
            container=department, type="ApprovalItem", id=id_, **loader.item_values(row)
        )
        hall = loader.hall_of(loader._department_row(row.department))
        loader._add_parts(item, row, hall, department.consultation_phone)
        _step(item, transitions, reason)
        counts["items"] += 1


def _move_clock(case, days: int) -> None:
    """The case as if everything had happened ``days`` days earlier."""
    delta = timedelta(days=days)
    case.submitted = case.submitted - delta
    if case.accepted_on is not None:
        case.accepted_on = case.accepted_on - delta
    case.creation_date = case.creation_date - days
    history = case.workflow_history.get(WORKFLOW_ID, ())
    case.workflow_history[WORKFLOW_ID] = tuple(
        {**entry, "time": entry["time"] - days} for entry in history
    )


def date_cases_back(site):
    """Right after the demo's cases are filed: date two of them back."""
    folder = case_folder(site[demo_cases.DEPARTMENT])
    for case in folder.objectValues():
        wanted = CASES_DATED_BACK.get(getattr(case, "applicant_name", None))
        if wanted is None or case.accepted_on is None:
            continue
        moved = 0
        while traffic_light(case) != wanted and moved < MAX_DAYS_BACK:
            _move_clock(case, 1)
            moved += 1
            refresh_deadlines(case)
        case.reindexObject()


def ensure_worklists(site, counts):
    """After the loader's users and cases (``counts``: what it created)."""
    ensure_items_in_review(site, counts)
    if counts.get("cases"):
        date_cases_back(site)
