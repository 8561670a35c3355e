"""The department report against a known set of published items."""

from plone import api
from plone.app.testing import SITE_OWNER_NAME
from tests.fixtures.catalogue import make_item

import pytest
import requests
import transaction


EXEMPTION = "经改革办同意先行公开"


def publish(item, exempt=False):
    if exempt:
        item.compliance_exemption = EXEMPTION
    for transition in ("submit", "approve", "publish"):
        api.content.transition(obj=item, transition=transition)


@pytest.fixture
def department(site):
    """Four published items of department A and one draft.

    food: complete. permit: 2 trips, online depth 2. renewal: no flow.
    record: no guide, instant (committed 0). draft: not counted.
    """
    a = site.a
    with api.env.adopt_user(SITE_OWNER_NAME):
        publish(a.food)
        permit = make_item(a, "permit", "食品生产许可", "XK00013000")
        permit.trips = "2"
        permit.online_depth = "2"
        permit.reindexObject()
        publish(permit)
        renewal = make_item(a, "renewal", "食品经营许可延续", "XK00014000")
        api.content.delete(obj=renewal.flow)
        publish(renewal, exempt=True)
        record = make_item(a, "record", "食品经营备案", "QT00015000")
        record.category = "QT"
        record.committed_limit_days = 0
        record.reindexObject()
        api.content.delete(obj=record.guide)
        record.flow.steps = [
            {
                "kind": "accept",
                "name": "受理",
                "department": None,
                "role": None,
                "working_days": 0,
                "parallel_group": None,
            },
            {
                "kind": "decide",
                "name": "决定",
                "department": None,
                "role": None,
                "working_days": 0,
                "parallel_group": None,
            },
        ]
        record.flow.form = "one_review_one_approval"
        publish(record, exempt=True)
        make_item(a, "draft", "食品小作坊登记", "QR00016000").category = "QR"
    transaction.commit()
    return a


def indicators(site):
    response = requests.get(
        f"{site.absolute_url()}/@compliance",
        params={"department": "a"},
        headers={"Accept": "application/json"},
        timeout=30,
    )
    assert response.status_code == 200, response.text
    body = response.json()
    return body, {i["code"]: i for i in body["indicators"]}


def test_figures(site, department):
    body, by_code = indicators(site)
    assert body["department"]["title"] == "莆田市市场监督管理局"
    assert body["items_total"] == 4
    url = department.absolute_url()
    guide = by_code["guide"]
    assert (guide["numerator"], guide["denominator"]) == (3, 4)
    assert guide["missing"] == [f"{url}/record"]
    assert guide["meets_target"] is False
    flowchart = by_code["flowchart"]
    assert (flowchart["numerator"], flowchart["denominator"]) == (3, 4)
    assert flowchart["missing"] == [f"{url}/renewal"]
    trips = by_code["at_most_one_trip"]
    assert (trips["percent"], trips["target_percent"]) == (75.0, 90.0)
    assert trips["missing"] == [f"{url}/permit"]
    online = by_code["online_handling_open"]
    assert (online["numerator"], online["denominator"]) == (3, 4)
    assert online["meets_target"] is False
    instant = by_code["instant_items"]
    assert (instant["numerator"], instant["denominator"]) == (1, 4)
    assert by_code["review_rules"]["percent"] == 100.0


def test_unknown_department(site):
    response = requests.get(
        f"{site.absolute_url()}/@compliance",
        params={"department": "nope"},
        headers={"Accept": "application/json"},
        timeout=30,
    )
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "unknown_department"


def test_report_page(site, department):
    html = requests.get(
        f"{department.absolute_url()}/@@compliance-report",
        headers={"Accept-Language": "zh-CN"},
        timeout=30,
    ).text
    row = html[html.index('id="indicator-at_most_one_trip"') :]
    row = row[: row.index("</tr>")]
    assert "75.0%" in row
    assert "食品生产许可" in row
    assert "≥ 90%" in row


def test_department_by_uid_and_ambiguous_ids(site, department):
    from tests.fixtures.catalogue import make_department

    url = f"{site.absolute_url()}/@compliance"
    headers = {"Accept": "application/json"}
    by_uid = requests.get(
        url, params={"department": department.UID()}, headers=headers, timeout=30
    )
    assert by_uid.json()["items_total"] == 4
    with api.env.adopt_user(SITE_OWNER_NAME):
        folder = api.content.create(container=site, type="Folder", id="xianyou")
        make_department(folder, "a", "仙游县市场监督管理局", "11350322003632103T")
    transaction.commit()
    ambiguous = requests.get(
        url, params={"department": "a"}, headers=headers, timeout=30
    )
    assert ambiguous.status_code == 400
    assert ambiguous.json()["error"]["code"] == "ambiguous_department"
