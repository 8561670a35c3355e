"""A site with something in every work list: catalogue items drafted, sent
back, waiting for the department and for the reform office, and cases
new, accepted, under review with each traffic light, and granted."""

from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.testing.zope import Browser
from tests.applications.test_case_list import file_case
from tests.applications.test_case_list import light_case
from tests.fixtures.applications import act
from tests.fixtures.catalogue import create_people
from tests.fixtures.catalogue import make_item

import pytest
import transaction


PASSWORD = "secret-pw-123"


def step(item, *transitions, comment=""):
    """Step an item; its guide, flow and review rules follow it."""
    for transition in transitions:
        api.content.transition(obj=item, transition=transition, comment=comment)


def browser_for(functional, user=None, language="zh-CN"):
    browser = Browser(functional["app"])
    browser.handleErrors = False
    browser.raiseHttpErrors = False
    browser.addHeader("Accept-Language", language)
    if user:
        browser.addHeader("Authorization", f"Basic {user}:{PASSWORD}")
    return browser


@pytest.fixture
def busy_site(case_site):
    """case_site with catalogue people and one thing in every list; the
    objects by what they are, committed."""
    site = case_site
    create_people(site)
    with api.env.adopt_user(SITE_OWNER_NAME):
        draft = make_item(site.a, "drug", "药品经营许可", "XK00013000")
        sent_back = make_item(site.a, "medical", "医疗器械经营许可", "XK00014000")
        step(sent_back, "submit")
        step(sent_back, "reject", comment="请补充法律依据条款")
        pending_department = make_item(
            site.a, "cosmetics", "化妆品生产许可", "XK00015000"
        )
        step(pending_department, "submit")
        pending_office = make_item(site.b, "building", "建筑工程施工许可", "XK00021000")
        step(pending_office, "submit", "approve")
    new = file_case(site, "林小梅")
    accepted = file_case(site, "陈建国")
    act("clerk_a", accepted, "accept")
    lights = {
        light: light_case(site, light, f"申请人{light}")
        for light in ("green", "yellow", "red")
    }
    for case in lights.values():
        act("case_reviewer_a", case, "start_review")
    granted = light_case(site, "green", "吴丽华")
    act("case_reviewer_a", granted, "start_review")
    act("decider_a", granted, "approve")
    transaction.commit()
    return {
        "site": site,
        "draft": draft,
        "sent_back": sent_back,
        "pending_department": pending_department,
        "pending_office": pending_office,
        "new": new,
        "accepted": accepted,
        "lights": lights,
        "granted": granted,
    }
