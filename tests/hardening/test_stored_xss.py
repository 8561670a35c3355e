"""Stored XSS (issue 19): each payload of ``xss_payloads.txt`` is written
through REST into the text, datagrid and application fields people fill in,
and into an uploaded file's name; every page, SVG and CSV that shows the value
shows it inert. A payload refused at input (a 400) is held too; either way
nothing a browser would run comes back."""

from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from tests.applications.test_rest_path import apply
from tests.applications.test_rest_path import pdf_material
from tests.hardening.inert import formulas_in_csv
from tests.hardening.inert import live_in_html
from tests.hardening.inert import live_in_svg
from tests.hardening.inert import MARKER
from tests.hardening.inert import payloads

import pytest
import re
import requests


MANAGER = (SITE_OWNER_NAME, SITE_OWNER_PASSWORD)
CLERK = ("clerk_a", "secret-pw-123")
JSON = {"Accept": "application/json", "Content-Type": "application/json"}
PAYLOADS = payloads()


def payload_id(payload: str) -> str:
    return MARKER + re.match(r"\d+", payload.split(MARKER)[1]).group()


def test_the_corpus_is_whole():
    assert len(PAYLOADS) >= 40
    assert all(MARKER in payload for payload in PAYLOADS)
    assert any("\u200b" in payload for payload in PAYLOADS)
    assert any("\u202e" in payload for payload in PAYLOADS)


def patch(url, body):
    response = requests.patch(url, json=body, headers=JSON, auth=MANAGER, timeout=60)
    assert response.status_code in (204, 400), (url, response.status_code)
    return response.status_code == 204


def read(url, **fields):
    return requests.get(url, headers=JSON, auth=MANAGER, timeout=60).json()


def store_in_catalogue(site, payload) -> list[str]:
    """The payload in every free-text field of the item's parts; the names
    of the fields that took it."""
    item = f"{site.absolute_url()}/a/food"
    guide_data = read(f"{item}/guide")
    flow_data = read(f"{item}/flow")
    materials = guide_data["materials"]
    materials[0]["name"] = payload
    steps = flow_data["steps"]
    steps[1]["name"] = payload
    special = flow_data["special_steps"]
    special[0]["explanation"] = payload
    legal_basis = read(item)["legal_basis"]
    legal_basis[0]["text"] = payload
    writes = {
        "item.description": (item, {"description": payload}),
        "item.legal_basis": (item, {"legal_basis": legal_basis}),
        "guide.procedure": (f"{item}/guide", {"procedure": payload}),
        "guide.review_criteria": (f"{item}/guide", {"review_criteria": payload}),
        "guide.location": (f"{item}/guide", {"location": payload}),
        "guide.office_hours": (f"{item}/guide", {"office_hours": payload}),
        "guide.fee_standard": (f"{item}/guide", {"fee_standard": payload}),
        "guide.materials": (f"{item}/guide", {"materials": materials}),
        "flow.steps": (f"{item}/flow", {"steps": steps}),
        "flow.special_steps": (f"{item}/flow", {"special_steps": special}),
        "department.address": (
            f"{site.absolute_url()}/a",
            {"address": payload},
        ),
    }
    stored = [name for name, (url, body) in writes.items() if patch(url, body)]
    # The title last: a refused title leaves the item findable for the rest.
    if patch(item, {"title": f"食品经营许可{payload}"}):
        stored.append("item.title")
    return stored


def assert_inert_page(url, auth=None, **kwargs):
    response = requests.get(url, auth=auth, timeout=60, **kwargs)
    assert response.status_code == 200, (url, response.status_code)
    assert live_in_html(response.text) == [], url


@pytest.mark.parametrize("payload", PAYLOADS, ids=payload_id)
def test_catalogue_fields_come_back_inert(case_site, payload):
    site = case_site
    stored = store_in_catalogue(site, payload)
    item = f"{site.absolute_url()}/a/food"
    for url in (
        item,
        f"{item}/guide",
        f"{item}/flow",
        f"{site.absolute_url()}/a",
        f"{site.absolute_url()}/@@catalogue",
        f"{site.absolute_url()}/@@catalogue?SearchableText=食品",
        site.absolute_url(),
    ):
        assert_inert_page(url)
        assert_inert_page(url, auth=MANAGER)
    assert_inert_page(f"{item}/edit", auth=MANAGER)
    assert_inert_page(f"{item}/guide/edit", auth=MANAGER)
    assert_inert_page(f"{item}/flow/edit", auth=MANAGER)
    svg = requests.get(f"{item}/flow/@@flowchart.svg", timeout=60)
    assert svg.status_code == 200
    assert live_in_svg(svg.content) == []
    if "flow.steps" in stored:
        assert MARKER in svg.text  # the step's name is shown, as text
    rest = requests.get(item, headers={"Accept": "application/json"}, timeout=60)
    assert rest.headers["Content-Type"].startswith("application/json")


@pytest.mark.parametrize("payload", PAYLOADS, ids=payload_id)
def test_application_fields_and_file_names_come_back_inert(case_site, payload):
    site = case_site
    materials = pdf_material()
    materials["material_1"]["filename"] = f"{payload}.pdf"
    filed = apply(site, applicant_name=payload[:60], materials=materials)
    if filed.status_code != 201:
        # Held at the door, with a message, not a 500.
        assert filed.status_code == 400, filed.text
        assert filed.json()["error"]["message"]
        filed = apply(site, materials=materials)
        if filed.status_code != 201:
            assert filed.status_code == 400
            return
    body = filed.json()
    case = f"{site.absolute_url()}/a/cases/{body['receipt_number'].lower()}"
    assert_inert_page(case, auth=CLERK)
    assert_inert_page(f"{case}/@@audit-trail", auth=MANAGER)
    assert_inert_page(f"{site.absolute_url()}/a/cases", auth=CLERK)
    tracked = requests.post(
        f"{site.absolute_url()}/@@track",
        data={"receipt": body["receipt_number"], "code": body["query_code"]},
        timeout=60,
    )
    assert tracked.status_code == 200
    assert live_in_html(tracked.text) == []
    exported = requests.get(
        f"{site.absolute_url()}/@audit",
        headers={"Accept": "text/csv"},
        auth=MANAGER,
        timeout=60,
    )
    assert exported.status_code == 200
    assert formulas_in_csv(exported.text) == []
