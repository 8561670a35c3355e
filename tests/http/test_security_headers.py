"""nosniff and a Content-Security-Policy on pages, REST answers and
downloads; an uploaded material is served as an attachment with the type the
intake checked (issue 20)."""

from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from putian.policy.portal.headers.subscribers import DOCUMENT_POLICY
from putian.policy.portal.headers.subscribers import PAGE_POLICY
from putian.policy.portal.headers.subscribers import policy_for
from putian.policy.portal.headers.subscribers import SIGNED_IN_PAGE_POLICY
from tests.fixtures.applications import new_case

import pytest
import requests
import transaction


CLERK = ("clerk_a", "secret-pw-123")


def directives(policy: str) -> dict:
    return {
        part.split()[0]: part.split()[1:]
        for part in (piece.strip() for piece in policy.split(";"))
        if part
    }


def assert_protected(response, policy):
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Content-Security-Policy"] == policy


def test_the_page_policy_allows_nothing_from_elsewhere():
    page = directives(PAGE_POLICY)
    assert page["default-src"] == ["'self'"]
    assert page["object-src"] == ["'none'"]
    assert page["base-uri"] == ["'self'"]
    assert page["form-action"] == ["'self'"]
    assert page["frame-ancestors"] == ["'self'"]
    for sources in page.values():
        assert "*" not in sources
        assert not any(source.startswith(("http:", "https:")) for source in sources)
    assert "'unsafe-eval'" not in page["script-src"]
    signed_in = directives(SIGNED_IN_PAGE_POLICY)
    assert signed_in.pop("script-src") == page.pop("script-src") + ["'unsafe-eval'"]
    assert signed_in == page
    document = directives(DOCUMENT_POLICY)
    assert document["default-src"] == ["'none'"]
    assert "sandbox" in document
    assert "script-src" not in document


def test_a_page(site):
    response = requests.get(site.absolute_url(), timeout=60)
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/html")
    assert_protected(response, PAGE_POLICY)


def test_a_page_for_a_signed_in_user(site):
    response = requests.get(
        site.absolute_url(), auth=(SITE_OWNER_NAME, SITE_OWNER_PASSWORD), timeout=60
    )
    assert response.status_code == 200
    assert_protected(response, SIGNED_IN_PAGE_POLICY)


def test_an_error_answer(site):
    """Whatever renders the error (an HTML page, or JSON as here under the
    test server), its policy is the one for its type."""
    response = requests.get(f"{site.absolute_url()}/no-such-page", timeout=60)
    assert response.status_code == 404
    assert_protected(response, policy_for(response.headers["Content-Type"]))
    refused = requests.get(
        f"{site.absolute_url()}/a/cases", allow_redirects=False, timeout=60
    )
    assert refused.status_code in (302, 401)
    assert_protected(refused, policy_for(refused.headers.get("Content-Type")))


def test_the_policy_follows_the_type():
    assert policy_for("text/html; charset=utf-8") == PAGE_POLICY
    assert policy_for("text/html", signed_in=True) == SIGNED_IN_PAGE_POLICY
    assert policy_for("application/json", signed_in=True) == DOCUMENT_POLICY
    assert policy_for("application/json") == DOCUMENT_POLICY
    assert policy_for("image/svg+xml") == DOCUMENT_POLICY
    assert policy_for(None) == DOCUMENT_POLICY


def test_a_rest_answer(site):
    response = requests.get(
        site.absolute_url(), headers={"Accept": "application/json"}, timeout=60
    )
    assert response.status_code == 200
    assert_protected(response, DOCUMENT_POLICY)


@pytest.fixture
def material(case_site):
    with api.env.adopt_user(SITE_OWNER_NAME):
        case = new_case(case_site.a.food).case
    transaction.commit()
    return case.objectValues()[0]


def test_a_case_material_download(material):
    response = requests.get(
        f"{material.absolute_url()}/@@download/file", auth=CLERK, timeout=60
    )
    assert response.status_code == 200, response.text[:300]
    assert response.headers["Content-Type"] == "application/pdf"
    assert response.headers["Content-Disposition"].startswith("attachment")
    assert response.content.startswith(b"%PDF")
    assert_protected(response, DOCUMENT_POLICY)


def test_the_flowchart_svg_opened_alone_runs_nothing(site):
    response = requests.get(
        f"{site.a.food.absolute_url()}/@@flowchart.svg",
        auth=(SITE_OWNER_NAME, SITE_OWNER_PASSWORD),
        timeout=60,
    )
    assert response.status_code == 200, response.text[:300]
    assert response.headers["Content-Type"].startswith("image/svg+xml")
    assert_protected(response, DOCUMENT_POLICY)


def test_a_download_of_the_public_sample(site):
    """A file of a published guide, anonymous."""
    guide = site.a.food.guide
    with api.env.adopt_user(SITE_OWNER_NAME):
        for transition in ("submit", "approve", "publish"):
            api.content.transition(obj=site.a.food, transition=transition)
    transaction.commit()
    response = requests.get(
        f"{guide.absolute_url()}/@@download/result_sample", timeout=60
    )
    assert response.status_code == 200, response.text[:300]
    assert response.headers["Content-Disposition"].startswith("attachment")
    assert_protected(response, DOCUMENT_POLICY)
