"""Every custom POST/PATCH service refuses a malformed body with a 400 in
Chinese and English, and writes nothing (issue 20)."""

from dataclasses import dataclass
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from putian.policy.applications.certificates import certificate_of
from tests.fixtures.applications import act
from tests.fixtures.applications import new_case

import json
import pytest
import re
import requests
import transaction


CJK = re.compile("[\u4e00-\u9fff]")
LATIN = re.compile("[A-Za-z]")
STAFF_PASSWORD = "secret-pw-123"
MANAGER = (SITE_OWNER_NAME, SITE_OWNER_PASSWORD)


@dataclass(frozen=True)
class Target:
    """One custom service: where it is, who may call it, a text field it reads."""

    name: str
    method: str
    path: str  # below the site; {case} and {certificate} are filled in
    user: str | None  # None: anonymous; "manager": the site owner
    text_field: str
    takes_materials: bool = False

    def auth(self):
        if self.user is None:
            return None
        if self.user == "manager":
            return MANAGER
        return (self.user, STAFF_PASSWORD)


SERVICES = [
    Target("apply", "POST", "a/food/@apply", None, "applicant_name", True),
    Target("case_step", "POST", "{case}/@workflow/accept", "clerk_a", "comment"),
    Target("revoke", "POST", "{certificate}/@revoke", "decider_a", "reason"),
    Target("forward", "POST", "{case}/@forward", "clerk_a", "department"),
    Target("acknowledge", "POST", "a/@forwarded", "clerk_a", "case"),
    Target("standard", "POST", "b/@create-from-standard", "manager", "standard"),
    Target("calendar", "PATCH", "@calendar", "manager", "year"),
    Target("track", "POST", "@track", None, "receipt", True),
    Target("catalogue_step", "POST", "a/food/@workflow/retire", "manager", "comment"),
]

DEEP = 100_000

# Bodies sent with Content-Type: application/json; {field} is the service's.
BODIES = {
    "array": b"[]",
    "string": b'"x"',
    "null": b"null",
    "number": b"42",
    "true": b"true",
    "not_json": b"{this is not json",
    "truncated": b'{"comment": "',
    "not_utf8": '{"{field}": "中文"}'.encode("gbk"),
    "latin1": '{"{field}": "café"}'.encode("latin-1"),
    "utf16": '{"{field}": "x"}'.encode("utf-16"),
    "nested_arrays": b"[" * DEEP + b"]" * DEEP,
    "nested_objects": b'{"a":' * DEEP + b"1" + b"}" * DEEP,
    "nested_in_field": b'{"{field}": ' + b"[" * DEEP + b"]" * DEEP + b"}",
    "nan": b'{"{field}": NaN}',
    "infinity": b'{"{field}": 1e999}',
    "lone_surrogate": b'{"{field}": "\\ud800"}',
    "field_number": b'{"{field}": 42}',
    "field_list": b'{"{field}": ["a", "b"]}',
    "field_object": b'{"{field}": {"a": "b"}}',
    "field_boolean": b'{"{field}": true}',
}
MATERIAL_BODIES = {
    "materials_list": b'{"materials": []}',
    "materials_text": b'{"materials": "material_1"}',
    "material_not_object": b'{"materials": {"material_1": 42}}',
    "material_data_number": b'{"materials": {"material_1": {"data": 42}}}',
}


def corpus():
    for service in SERVICES:
        for name, body in BODIES.items():
            yield pytest.param(service, body, id=f"{service.name}-{name}")
        if service.takes_materials:
            for name, body in MATERIAL_BODIES.items():
                yield pytest.param(service, body, id=f"{service.name}-{name}")


def last_transaction(site):
    return site._p_jar.db().lastTransaction()


@pytest.fixture
def targets(case_site):
    """A submitted case and a decided case with its certificate; committed."""
    with api.env.adopt_user(SITE_OWNER_NAME):
        case = new_case(case_site.a.food).case
        decided = new_case(case_site.a.food).case
    act("clerk_a", decided, "accept")
    act("case_reviewer_a", decided, "start_review")
    act("decider_a", decided, "approve")
    certificate = certificate_of(decided)
    assert certificate is not None
    transaction.commit()
    site_path = "/".join(case_site.getPhysicalPath())

    def relative(obj):
        return "/".join(obj.getPhysicalPath())[len(site_path) + 1 :]

    return case_site, {"case": relative(case), "certificate": relative(certificate)}


def send(site, paths, service, body: bytes, headers=None, session=None):
    url = f"{site.absolute_url()}/{service.path.format(**paths)}"
    return (session or requests).request(
        service.method,
        url,
        data=body,
        headers=headers
        or {"Accept": "application/json", "Content-Type": "application/json"},
        auth=None if session else service.auth(),
        timeout=120,
    )


def assert_refused(response, status=400):
    assert response.status_code == status, response.text[:500]
    error = response.json()["error"]
    assert error["type"] == "BadRequest"
    assert CJK.search(error["message"]), error
    assert LATIN.search(error["message_en"]), error
    assert not CJK.search(error["message_en"]), error


@pytest.mark.parametrize(("service", "body"), corpus())
def test_a_bad_body_is_refused_in_both_languages(targets, service, body):
    site, paths = targets
    body = body.replace(b"{field}", service.text_field.encode())
    before = last_transaction(site)
    assert_refused(send(site, paths, service, body))
    assert last_transaction(site) == before


@pytest.mark.parametrize(
    "service",
    # Applications carry their files: their limit is far larger.
    [service for service in SERVICES if not service.takes_materials],
    ids=lambda service: service.name,
)
def test_too_large_a_body_is_refused(targets, service):
    """Over the limit: refused before it is read, with the same shape."""
    site, paths = targets
    body = json.dumps({service.text_field: "x" * (1024 * 1024 + 1)}).encode()
    before = last_transaction(site)
    assert_refused(send(site, paths, service, body), status=413)
    assert last_transaction(site) == before
