"""R21 on the staff case page: the clerk records a rating given at the
window on paper, sees the rectification it opens with its deadlines, and
records the follow-up visit and the response; the reviewer sees no form."""

from plone import api
from plone.app.testing import SITE_OWNER_NAME
from putian.policy.rules.calendar.clock import today
from putian.policy.rules.supervision.rectification import rectification_deadlines
from putian.policy.workcalendar.storage import working_calendar
from tests.fixtures.applications import act
from tests.fixtures.applications import new_case
from tests.fixtures.testbrowser import browser_for

import pytest
import transaction


@pytest.fixture
def decided(case_site):
    with api.env.adopt_user(SITE_OWNER_NAME):
        case = new_case(case_site.a.food).case
    act("clerk_a", case, "accept")
    act("case_reviewer_a", case, "start_review")
    act("decider_a", case, "approve")
    transaction.commit()
    return case_site, case.absolute_url()


def test_the_clerk_records_a_window_rating_and_its_rectification(functional, decided):
    site, url = decided
    reviewer = browser_for(functional, "case_reviewer_a")
    reviewer.open(url)
    assert 'id="record-rating"' not in reviewer.contents

    browser = browser_for(functional, "clerk_a")
    browser.open(url)
    form = browser.getForm(id="record-rating")
    form.getControl(name="level").value = ["dissatisfied"]
    form.getControl(name="channel").value = ["window"]
    form.getControl(name="comment").value = "窗口纸质评价表"
    form.submit()
    assert "已记录。" in browser.contents
    level = browser.contents.split('id="rating-level">')[1].split("<")[0]
    channel = browser.contents.split('id="rating-channel">')[1].split("<")[0]
    assert (level, channel) == ("不满意", "窗口评价")
    due = rectification_deadlines(working_calendar(site), today()).rectification_due
    assert f'id="rectification-due">{due.isoformat()}<' in browser.contents
    assert 'id="record-rating"' not in browser.contents

    step = browser.getForm(id="rectification-step")
    step.getControl(name="text").value = "已电话回访核实"
    step.submit()
    step = browser.getForm(id="rectification-step")
    step.getControl(name="text").value = "已调整窗口排班"
    step.submit()
    assert "已调整窗口排班" in browser.contents
    assert 'id="rectification-step"' not in browser.contents
