"""The known cases on the functional site, for the service and the page."""

from plone import api
from putian.policy.restapi.services.supervision import get as service
from putian.policy.supervision import views
from tests.supervision.cases import make_cases
from tests.supervision.cases import TODAY

import pytest
import transaction


PASSWORD = "secret-pw-123"


@pytest.fixture
def supervised(case_site, monkeypatch):
    """The known cases, committed; the service's and the page's today is TODAY; a reform
    office and a plain member beside the case workers."""
    monkeypatch.setattr(service, "today", lambda: TODAY)
    monkeypatch.setattr(views, "today", lambda: TODAY)
    cases = make_cases({"a": case_site.a, "b": case_site.b})
    for name, roles in (("office", ["ReformOffice"]), ("member", [])):
        api.user.create(
            email=f"{name}@putian.example", username=name, password=PASSWORD
        )
        if roles:
            api.user.grant_roles(username=name, roles=roles)
    transaction.commit()
    return case_site, cases
