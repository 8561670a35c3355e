"""A published item with its generated application form, however the
guide, flow and review rules follow the item through review."""

from plone import api
from plone.app.testing import SITE_OWNER_NAME

import pytest
import transaction


def publish_with_parts(item):
    for obj in (item, item.guide, item.flow, item.rules):
        for transition in ("submit", "approve", "publish"):
            if api.content.get_state(obj) == "published":
                break
            available = {
                entry["id"]
                for entry in api.portal.get_tool("portal_workflow").getTransitionsFor(
                    obj
                )
            }
            if transition in available:
                api.content.transition(obj, transition)


@pytest.fixture
def form_site(site):
    """The functional site, item food published with its form; committed."""
    from putian.policy.applications.easyform import make_application_form

    with api.env.adopt_user(SITE_OWNER_NAME):
        item = site.a.food
        publish_with_parts(item)
        make_application_form(item.guide)
    transaction.commit()
    return site
