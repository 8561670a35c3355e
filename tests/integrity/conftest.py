"""Fixtures of the integrity tests (tests/integrity/portal_process.py)."""

from tests.integrity.portal_process import CHECKOUT
from tests.integrity.portal_process import free_port
from tests.integrity.portal_process import Instance

import pytest


@pytest.fixture(scope="session")
def site_var(tmp_path_factory):
    """A var/ holding what `make site` makes, without the demo: the admin
    (admin/admin) and the putian site; made once, copied by each test."""
    root = tmp_path_factory.mktemp("site")
    maker = Instance(root, free_port())
    environment = {"PUTIAN_DEMO": "0", "PUTIAN_ADMIN": ""}
    maker.run(CHECKOUT / "scripts" / "create_site.py", **environment)
    return maker.var


@pytest.fixture
def instance(tmp_path, site_var):
    """An instance on a copy of ``site_var`` (not started)."""
    portal = Instance(tmp_path, free_port(), var_from=site_var)
    yield portal
    portal.kill()
