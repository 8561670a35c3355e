"""plone.restapi answers JSON at the site root."""

from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD

import requests


JSON = {"Accept": "application/json"}


def test_authenticated_json_at_site_root(functional):
    portal_url = functional["portal"].absolute_url()
    response = requests.get(
        portal_url,
        headers=JSON,
        auth=(SITE_OWNER_NAME, SITE_OWNER_PASSWORD),
        timeout=30,
    )
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("application/json")
    body = response.json()
    assert body["@id"] == portal_url
    assert body["@type"] == "Plone Site"
    assert "items" in body


def test_wrong_password_is_refused(functional):
    response = requests.get(
        functional["portal"].absolute_url() + "/@users",
        headers=JSON,
        auth=(SITE_OWNER_NAME, "wrong"),
        timeout=30,
    )
    assert response.status_code == 401
