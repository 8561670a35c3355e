"""A published item (its guide, flow and review rules with it) with its
generated application form."""

from plone import api
from plone.app.testing import SITE_OWNER_NAME
from tests.fixtures.applications import publish

import pytest
import transaction


@pytest.fixture
def form_site(site):
    """The functional site, item food published with its form; committed."""
    from putian.policy.applications.easyform import make_application_form

    with api.env.adopt_user(SITE_OWNER_NAME):
        item = site.a.food
        publish(item)
        make_application_form(item.guide)
    transaction.commit()
    return site
