"""What the portal gives away to a visitor who probes it (issue 19, Leaks):
no traceback, no server banner, no ZMI for anonymous, no open redirect
through ``came_from``, HEAD and OPTIONS safe."""

from urllib.parse import urlsplit

import pytest
import requests


PROBES = [
    # A name that does not exist, a traversal attempt, a view that raises
    # on bad input, a REST call to nothing.
    "no-such-page",
    "a/../../../etc/passwd",
    "a/food/@@flowchart.svg/../../manage_main",
    "@@catalogue?b_start=-1&b_size=abc",
    "@@track?receipt=%00%ff",
    "a/%2e%2e/%2e%2e/Control_Panel",
]

TRACEBACK_MARKS = (
    "Traceback (innermost last)",
    "Traceback (most recent call last)",
    'File "/',
    "Module ZPublisher",
    "zExceptions",
    "site-packages",
    "buildout-eggs",
)


@pytest.mark.parametrize("path", PROBES)
def test_no_traceback_for_a_probe(case_site, path):
    site = case_site
    for accept in ("text/html", "application/json"):
        response = requests.get(
            f"{site.absolute_url()}/{path}",
            headers={"Accept": accept},
            allow_redirects=False,
            timeout=60,
        )
        assert response.status_code < 500, (path, accept, response.text[:500])
        for mark in TRACEBACK_MARKS:
            assert mark not in response.text, (path, accept, mark)


def test_no_server_banner(case_site):
    site = case_site
    response = requests.get(site.absolute_url(), timeout=60)
    assert "X-Powered-By" not in response.headers
    assert "Zope" not in response.headers.get("Server", "")
    assert "Plone" not in response.headers.get("Server", "")


@pytest.mark.parametrize(
    "path",
    [
        "manage_main",
        "manage",
        "acl_users/manage_main",
        "portal_catalog/manage_catalogView",
        "portal_setup/manage_importSteps",
        "a/manage_main",
        "a/cases/manage_main",
    ],
)
def test_no_zmi_for_anonymous(case_site, path):
    site = case_site
    response = requests.get(
        f"{site.absolute_url()}/{path}", allow_redirects=False, timeout=60
    )
    assert response.status_code in (302, 401, 403, 404), (path, response.status_code)
    if response.status_code == 302:
        # To the login form, not into the management screens.
        assert (
            "/login" in response.headers["Location"]
            or "require_login" in (response.headers["Location"])
        )
    assert "manage_tabs" not in response.text
    assert "Zope Management Interface" not in response.text


FOREIGN = [
    "https://evil.example/",
    "//evil.example/",
    "/\\evil.example/",
    "https:evil.example",
    "javascript:alert(1)",
    "https://evil.example/putian",
    "http://localhost.evil.example/",
]


def _logged_in_redirect(site, came_from):
    response = requests.post(
        f"{site.absolute_url()}/login",
        data={
            "__ac_name": "clerk_a",
            "__ac_password": "secret-pw-123",
            "came_from": came_from,
            "buttons.login": "Log in",
        },
        allow_redirects=False,
        timeout=60,
    )
    return response


def _stays_home(site, location):
    if not location:
        return True
    parts = urlsplit(location)
    home = urlsplit(site.absolute_url())
    if parts.scheme or parts.netloc:
        return (parts.scheme, parts.netloc) == (home.scheme, home.netloc)
    return location.startswith("/") and not location.startswith(("//", "/\\"))


@pytest.mark.parametrize("came_from", FOREIGN)
def test_no_open_redirect_after_login(case_site, came_from):
    site = case_site
    response = _logged_in_redirect(site, came_from)
    assert response.status_code in (200, 302, 303), response.status_code
    assert _stays_home(site, response.headers.get("Location")), response.headers
    assert "evil.example" not in response.headers.get("Location", "")
    assert "javascript:" not in response.headers.get("Location", "")


@pytest.mark.parametrize("came_from", FOREIGN)
def test_no_open_redirect_from_the_login_page(case_site, came_from):
    site = case_site
    """The login form does not carry a foreign address into its hidden field."""
    response = requests.get(
        f"{site.absolute_url()}/login",
        params={"came_from": came_from},
        allow_redirects=False,
        timeout=60,
    )
    assert response.status_code == 200
    assert "evil.example" not in response.text
    assert "javascript:alert" not in response.text


@pytest.mark.parametrize("came_from", FOREIGN)
def test_no_open_redirect_from_logout(case_site, came_from):
    site = case_site
    response = requests.get(
        f"{site.absolute_url()}/logout",
        params={"came_from": came_from, "next": came_from},
        allow_redirects=False,
        timeout=60,
    )
    assert _stays_home(site, response.headers.get("Location")), response.headers


PUBLIC = ["", "@@catalogue", "a/food", "@@track", "@@verify-certificate"]


@pytest.mark.parametrize("path", PUBLIC)
def test_head_answers_like_get_without_a_body(case_site, path):
    site = case_site
    url = f"{site.absolute_url()}/{path}"
    got = requests.get(url, allow_redirects=False, timeout=60)
    head = requests.head(url, allow_redirects=False, timeout=60)
    assert got.status_code == 200, (path, got.status_code)
    assert head.status_code == got.status_code, (path, head.status_code)
    assert head.content == b""
    assert head.headers["Content-Type"] == got.headers["Content-Type"]


@pytest.mark.parametrize(
    "path", PUBLIC + ["a/cases", "@audit", "@supervision", "@calendar"]
)
def test_options_reveals_and_writes_nothing(case_site, path):
    site = case_site
    from tests.http.test_bad_bodies import last_transaction

    before = last_transaction(site)
    response = requests.options(
        f"{site.absolute_url()}/{path}", allow_redirects=False, timeout=60
    )
    assert response.status_code < 500, (path, response.status_code)
    for mark in TRACEBACK_MARKS:
        assert mark not in response.text
    assert "X-Powered-By" not in response.headers
    assert last_transaction(site) == before


def test_the_instance_serves_through_the_front_door():
    """bin/instance's pipeline is the one the test server runs."""
    from configparser import ConfigParser
    from pathlib import Path

    wsgi_ini = Path(__file__).resolve().parents[2] / "parts/instance/etc/wsgi.ini"
    config = ConfigParser()
    config.read(wsgi_ini)
    pipeline = config["pipeline:main"]["pipeline"].split()
    assert pipeline.index("egg:putian.policy#putian_front_door") < pipeline.index(
        "zope"
    )


def test_a_cors_preflight_still_reaches_the_portal():
    """Only a plain OPTIONS is answered at the door; plone.restapi keeps the
    CORS preflight."""
    from putian.policy.front_door import FrontDoor

    seen = []

    def portal(environ, start_response):
        seen.append(environ["REQUEST_METHOD"])
        start_response("200 OK", [("X-Powered-By", "Zope"), ("Vary", "Origin")])
        return [b"portal"]

    door = FrontDoor(portal)
    answers = []

    def start_response(status, headers, exc_info=None):
        answers.append((status, dict(headers)))

    preflight = {
        "REQUEST_METHOD": "OPTIONS",
        "HTTP_ORIGIN": "https://hall.example",
        "HTTP_ACCESS_CONTROL_REQUEST_METHOD": "POST",
    }
    assert door(preflight, start_response) == [b"portal"]
    assert seen == ["OPTIONS"]
    assert "X-Powered-By" not in answers[-1][1]
    assert door({"REQUEST_METHOD": "OPTIONS"}, start_response) == [b""]
    assert seen == ["OPTIONS"]
    assert answers[-1][1]["Allow"] == "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS"
    assert door({"REQUEST_METHOD": "HEAD"}, start_response) == [b""]
    assert seen == ["OPTIONS", "GET"]
