"""Shared fixtures: pytest-plone over the layers of putian.policy.testing."""

from hypothesis import HealthCheck
from hypothesis import settings
from putian.policy.testing import FUNCTIONAL_TESTING
from putian.policy.testing import INTEGRATION_TESTING
from pytest_plone import fixtures_factory

import os
import pytest


# Compile the .po files when the layers load our ZCML, as bin/instance does.
os.environ.setdefault("zope_i18n_compile_mo_files", "true")

# These machines are shared and noisy: property tests judge results, not speed.
settings.register_profile(
    "shared-machine", deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("shared-machine")

pytest_plugins = [
    "pytest_plone",
    "tests.fixtures.catalogue",
    "tests.fixtures.applications",
    "tests.fixtures.browser",
]

globals().update(
    fixtures_factory(
        (
            (FUNCTIONAL_TESTING, "functional"),
            (INTEGRATION_TESTING, "integration"),
        )
    )
)


@pytest.fixture
def package_name() -> str:
    return "putian.policy"
