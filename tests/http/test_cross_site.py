"""A cross-site "simple" request carrying the login cookie takes no case step,
revokes nothing and forwards nothing (issue 20).

A page on another site can make the browser POST with the user's cookie, but
only with a form's content types (text/plain, form-urlencoded, multipart) and
no custom header: every custom service requires Content-Type:
application/json, and the login cookie is SameSite=Lax besides.
"""

from plone import api
from tests.fixtures.rest import form_login
from tests.fixtures.rest import PASSWORD
from tests.http.test_bad_bodies import last_transaction
from tests.http.test_bad_bodies import SERVICES
from tests.http.test_bad_bodies import targets  # noqa: F401 (a fixture)

import json
import pytest
import requests
import transaction


MANAGER = "manager_p"


@pytest.fixture
def forged(targets):  # noqa: F811
    site, paths = targets
    api.user.create(email="m@putian.example", username=MANAGER, password=PASSWORD)
    api.user.grant_roles(username=MANAGER, roles=["Manager"])
    transaction.commit()
    return site, paths


def session_for(site, service):
    user = {None: "clerk_a", "manager": MANAGER}.get(service.user, service.user)
    return form_login(site, user)[0]


def what_a_real_call_sends(site, paths, service) -> dict:
    case = site.unrestrictedTraverse(paths["case"])
    return {
        "apply": {"applicant_name": "林小梅"},
        "case_step": {"comment": "予以受理"},
        "revoke": {"reason": "伪造的撤销"},
        "forward": {"department": "b"},
        "acknowledge": {"case": api.content.get_uuid(case)},
        "standard": {"standard": api.content.get_uuid(site.a.food)},
        "calendar": {"year": 2027, "holidays": [{"date": "2027-01-04"}]},
        "track": {"receipt": case.receipt_number, "code": "X", "action": "withdraw"},
        "catalogue_step": {"comment": "伪造的废止"},
    }[service.name]


FORGERIES = {
    # <form enctype="text/plain"> or fetch(…, {mode: "no-cors"}) with a JSON text
    "text_plain": lambda body: {
        "data": json.dumps(body),
        "headers": {"Content-Type": "text/plain"},
    },
    "form_urlencoded": lambda body: {
        "data": {key: json.dumps(value) for key, value in body.items()}
    },
    "multipart": lambda body: {
        "files": {key: (None, json.dumps(value)) for key, value in body.items()}
    },
    # fetch(…, {method: "POST", mode: "no-cors"}) without a body
    "no_body": lambda body: {},
}


@pytest.mark.parametrize("forgery", list(FORGERIES))
@pytest.mark.parametrize("service", SERVICES, ids=lambda service: service.name)
def test_a_forged_request_with_the_cookie_is_refused(forged, service, forgery):
    site, paths = forged
    session = session_for(site, service)
    body = what_a_real_call_sends(site, paths, service)
    before = last_transaction(site)
    forgery = FORGERIES[forgery](body)
    # Accept is a CORS-safelisted header: a no-cors fetch may send it (a
    # form cannot; without it the URL is not even the REST service).
    forgery["headers"] = {"Accept": "application/json", **forgery.get("headers", {})}
    response = session.request(
        service.method,
        f"{site.absolute_url()}/{service.path.format(**paths)}",
        timeout=60,
        **forgery,
    )
    assert response.status_code == 415, response.text[:500]
    error = response.json()["error"]
    assert error["code"] == "body_not_json"
    assert "application/json" in error["message"]
    assert "application/json" in error["message_en"]
    assert last_transaction(site) == before


def test_the_cookie_does_authenticate_a_json_call(forged):
    """The refusals above are not for want of a login."""
    site, paths = forged
    session = session_for(site, SERVICES[1])
    response = session.post(
        f"{site.absolute_url()}/{paths['case']}/@workflow/accept",
        json={"comment": "予以受理"},
        headers={"Accept": "application/json"},
        timeout=60,
    )
    assert response.status_code == 200, response.text[:500]
    assert response.json()["state"] == "accepted"


def test_the_login_cookie_is_same_site(forged):
    site, _paths = forged
    _session, response = form_login(site, "clerk_a")
    cookies = [
        value
        for name, value in response.raw.headers.items()
        if name.lower() == "set-cookie" and value.startswith("__ac=")
    ]
    assert cookies, response.headers
    attributes = {part.strip().lower() for part in cookies[0].split(";")}
    assert attributes & {"samesite=lax", "samesite=strict"}, cookies
    assert "httponly" in attributes


def test_a_bodiless_restapi_write_needs_json_with_the_cookie(forged):
    """plone.restapi's own bodiless writes (a working copy made by ``POST
    @workingcopy``) are held like ours: with the cookie alone, a no-cors
    fetch without a body is refused; with the Authorization header, which
    no other site can send without asking first, it is served."""
    site, _paths = forged
    guide_url = site.a.food.guide.absolute_url()
    session = form_login(site, MANAGER)[0]
    before = last_transaction(site)
    forged_copy = session.post(
        f"{guide_url}/@workingcopy", headers={"Accept": "application/json"}, timeout=60
    )
    assert forged_copy.status_code == 415, forged_copy.text[:500]
    assert forged_copy.json()["error"]["code"] == "body_not_json"
    assert last_transaction(site) == before
    made = requests.post(
        f"{guide_url}/@workingcopy",
        headers={"Accept": "application/json"},
        auth=(MANAGER, PASSWORD),
        timeout=60,
    )
    assert made.status_code == 201, made.text[:500]
