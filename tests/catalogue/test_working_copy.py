"""A published guide stays online, unchanged, while its change is reviewed."""

from AccessControl import Unauthorized
from plone import api
from plone.app.iterate.interfaces import ICheckinCheckoutPolicy
from plone.app.iterate.interfaces import IWorkingCopy
from plone.app.testing import logout
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from putian.policy.audit.storage import audit_log
from putian.policy.audit.subscribers import record_pending_edits

import pytest
import requests
import transaction


REVIEW = ("submit", "approve", "publish")
NEW_LOCATION = "莆田市行政服务中心一楼综合受理窗口"
OLD_LOCATION = "莆田市行政服务中心二楼市场监管窗口"


def publish_all(item):
    """The item published; its guide, flow and review rules with it."""
    with api.env.adopt_user(SITE_OWNER_NAME):
        for transition in REVIEW:
            api.content.transition(obj=item, transition=transition)


@pytest.fixture
def published(people, item_a):
    publish_all(item_a)
    return item_a


def can(user, permission, obj):
    with api.env.adopt_user(username=user):
        return api.user.has_permission(permission, obj=obj)


def test_only_the_departments_editor_may_check_out(published):
    guide = published.guide
    assert can("editor_a", "iterate : Check out content", guide)
    assert not can("editor_b", "iterate : Check out content", guide)
    assert not can("reviewer_a", "iterate : Check out content", guide)
    assert not can("member", "iterate : Check out content", guide)


def test_change_goes_through_review_then_replaces_the_original(published):
    guide = published.guide
    with api.env.adopt_user(username="editor_a"):
        copy = ICheckinCheckoutPolicy(guide).checkout(published)
        copy.location = NEW_LOCATION
        assert api.content.get_state(copy) == "draft"
        api.content.transition(obj=copy, transition="submit")
    # The public still sees the published guide, unchanged.
    logout()
    assert guide.location == OLD_LOCATION
    assert not api.user.has_permission("View", obj=copy)
    with api.env.adopt_user(username="reviewer_a"):
        api.content.transition(obj=copy, transition="approve")
    # The office checks the copy in; it is never published on its own.
    workflow = api.portal.get_tool("portal_workflow")
    with api.env.adopt_user(username="office"):
        assert {t["id"] for t in workflow.getTransitionsFor(copy)} == {"reject"}
        # iterate checks the check-in permission on the published original.
        assert api.user.has_permission("iterate : Check in content", obj=guide)
        ICheckinCheckoutPolicy(copy).checkin("地址调整，经审核同意")
    assert guide.location == NEW_LOCATION
    assert api.content.get_state(guide) == "published"
    assert not any(IWorkingCopy.providedBy(child) for child in published.objectValues())


def test_check_in_before_review_is_refused(published):
    with api.env.adopt_user(username="editor_a"):
        copy = ICheckinCheckoutPolicy(published.guide).checkout(published)
        copy.location = NEW_LOCATION
    with api.env.adopt_user(username="office"), pytest.raises(Unauthorized):
        ICheckinCheckoutPolicy(copy).checkin("未经审核")
    assert published.guide.location == OLD_LOCATION


def test_editors_of_another_department_cannot_check_in(published):
    assert not can("editor_a", "iterate : Check in content", published.guide)
    assert not can("editor_b", "iterate : Check in content", published.guide)


def test_compliance_and_page_use_the_original(published):
    from putian.policy.catalogue.compliance import current_child
    from putian.policy.content.service_guide import IServiceGuide

    with api.env.adopt_user(username="editor_a"):
        ICheckinCheckoutPolicy(published.guide).checkout(published)
    assert current_child(published, IServiceGuide) is not None
    assert current_child(published, IServiceGuide).getId() == "guide"


def test_working_copy_over_rest(site):
    publish_all(site.a.food)
    transaction.commit()
    guide_url = site.a.food.guide.absolute_url()
    auth = (SITE_OWNER_NAME, SITE_OWNER_PASSWORD)
    headers = {"Accept": "application/json"}
    created = requests.post(
        f"{guide_url}/@workingcopy", headers=headers, auth=auth, timeout=30
    )
    assert created.status_code == 201, created.text
    copy_url = created.json()["@id"]
    patched = requests.patch(
        copy_url,
        json={"location": NEW_LOCATION},
        headers=headers,
        auth=auth,
        timeout=30,
    )
    assert patched.status_code == 204, patched.text
    public = requests.get(guide_url, headers=headers, timeout=30).json()
    assert public["location"] == OLD_LOCATION
    # Checked in only after the department's and the office's review.
    too_early = requests.patch(
        f"{copy_url}/@workingcopy", headers=headers, auth=auth, timeout=30
    )
    assert too_early.status_code == 401
    for transition in ("submit", "approve"):
        requests.post(
            f"{copy_url}/@workflow/{transition}",
            json={},  # a step is a JSON call (Content-Type: application/json)
            headers=headers,
            auth=auth,
            timeout=30,
        ).raise_for_status()
    checked_in = requests.patch(
        f"{copy_url}/@workingcopy", headers=headers, auth=auth, timeout=30
    )
    assert checked_in.status_code == 204, checked_in.text
    public = requests.get(guide_url, headers=headers, timeout=30).json()
    assert public["location"] == NEW_LOCATION
    assert public["review_state"] == "published"


def test_upgrade_to_1004_gives_existing_content_the_new_permissions(
    published, setup_tool
):
    # Content published under 1003 had no check-out permission settings.
    guide = published.guide
    guide.manage_permission("iterate : Check out content", roles=[], acquire=0)
    setup_tool.setLastVersionForProfile("putian.policy:default", "1003")
    assert not can("editor_a", "iterate : Check out content", guide)
    setup_tool.upgradeProfile("putian.policy:default")
    assert can("editor_a", "iterate : Check out content", guide)


def test_the_office_checks_in_over_rest_after_review(site):
    from plone.app.iterate.interfaces import ICheckinCheckoutPolicy as Policy

    publish_all(site.a.food)
    for name, department, role in (
        ("editor_a", site.a, "DepartmentEditor"),
        ("reviewer_a", site.a, "DepartmentReviewer"),
        ("office", None, "ReformOffice"),
    ):
        api.user.create(
            email=f"{name}@putian.example", username=name, password="secret-pw-123"
        )
        api.user.grant_roles(username=name, obj=department, roles=[role])
    with api.env.adopt_user(username="editor_a"):
        copy = Policy(site.a.food.guide).checkout(site.a.food)
        copy.location = NEW_LOCATION
        api.content.transition(obj=copy, transition="submit")
    transaction.commit()
    copy_url = copy.absolute_url()
    office = ("office", "secret-pw-123")
    headers = {"Accept": "application/json"}
    too_early = requests.patch(
        f"{copy_url}/@workingcopy", headers=headers, auth=office, timeout=30
    )
    assert too_early.status_code in (401, 403)
    with api.env.adopt_user(username="reviewer_a"):
        api.content.transition(obj=copy, transition="approve")
    transaction.commit()
    checked_in = requests.patch(
        f"{copy_url}/@workingcopy", headers=headers, auth=office, timeout=30
    )
    assert checked_in.status_code == 204, checked_in.text
    public = requests.get(site.a.food.guide.absolute_url(), headers=headers, timeout=30)
    assert public.json()["location"] == NEW_LOCATION


def test_a_change_that_breaks_the_rules_is_not_checked_in(published):
    guide = published.guide
    with api.env.adopt_user(username="editor_a"):
        copy = ICheckinCheckoutPolicy(guide).checkout(published)
        copy.supervision_phone = None  # an R4 element removed
        api.content.transition(obj=copy, transition="submit")
    with api.env.adopt_user(username="reviewer_a"):
        api.content.transition(obj=copy, transition="approve")
    with api.env.adopt_user(username="office"):
        control = api.content.get_view("iterate_control", copy)
        assert control.checkin_allowed() is False
    # With an exemption recorded by the office, the change may go through.
    published.compliance_exemption = "监督电话统一使用12345，经改革办同意"
    with api.env.adopt_user(username="office"):
        assert api.content.get_view("iterate_control", copy).checkin_allowed()
    published.compliance_exemption = None
    with api.env.adopt_user(username="office"), pytest.raises(Unauthorized):
        ICheckinCheckoutPolicy(copy).checkin("去掉监督电话")
    assert guide.supervision_phone == "12345"


def test_a_status_change_made_on_a_working_copy_is_logged_once(published):
    from zope.event import notify
    from zope.lifecycleevent import ObjectModifiedEvent

    with api.env.adopt_user(username="editor_a"):
        copy = ICheckinCheckoutPolicy(published).checkout(published.aq_parent)
        copy.lifecycle_status = "commitment"
        copy.lifecycle_reason = "实行告知承诺制"
        copy.lifecycle_document = "莆政文〔2017〕88号"
        notify(ObjectModifiedEvent(copy))
        api.content.transition(obj=copy, transition="submit")
    with api.env.adopt_user(username="reviewer_a"):
        api.content.transition(obj=copy, transition="approve")
    with api.env.adopt_user(username="office"):
        ICheckinCheckoutPolicy(copy).checkin("告知承诺制改革")
    item = published.aq_parent["food"]
    assert item.lifecycle_status == "commitment"
    [entry] = item.lifecycle_log
    assert entry["from_status"] == "retained"
    assert entry["reason"] == "实行告知承诺制"
    assert entry["document_number"] == "莆政文〔2017〕88号"


def test_the_working_copy_page_shows_the_change_under_review(published):
    with api.env.adopt_user(username="editor_a"):
        copy = ICheckinCheckoutPolicy(published.guide).checkout(published)
        copy.location = NEW_LOCATION
        view = api.content.get_view("view", copy)
        html = view()
        assert NEW_LOCATION in html
        assert OLD_LOCATION not in html
        original = api.content.get_view("view", published)()
        assert OLD_LOCATION in original


def test_an_items_working_copy_brings_its_parts_in(published):
    """The department changes an item as a whole: the guide edited inside
    the item's working copy, and a flow drawn there for an item that had
    lost its own meanwhile, reach the original at check-in; nothing edited
    is lost."""
    with api.env.adopt_user(username="editor_a"):
        # Plone's copy of a folderish item holds none of its children.
        copy = ICheckinCheckoutPolicy(published).checkout(published.aq_parent)
        assert copy.objectIds() == []
    with api.env.adopt_user(SITE_OWNER_NAME):
        api.content.copy(source=published.guide, target=copy)
        api.content.copy(source=published.flow, target=copy)
        api.content.delete(obj=published.flow)
    with api.env.adopt_user(username="editor_a"):
        copy.guide.location = NEW_LOCATION
        assert api.content.get_state(copy.guide) == "draft"
        api.content.transition(obj=copy, transition="submit")
    with api.env.adopt_user(username="reviewer_a"):
        api.content.transition(obj=copy, transition="approve")
    assert api.content.get_state(copy.flow) == "pending_office"
    guide_uid = api.content.get_uuid(published.guide)
    with api.env.adopt_user(username="office"):
        ICheckinCheckoutPolicy(copy).checkin("窗口调整，补绘流程图")
    item = published.aq_parent["food"]
    # The guide in force took the edit; it is the same guide, still public.
    assert api.content.get_uuid(item.guide) == guide_uid
    assert item.guide.location == NEW_LOCATION
    assert api.content.get_state(item.guide) == "published"
    # The flow moved in and was published with its item, by a real step.
    assert api.content.get_state(item.flow) == "published"
    history = item.flow.workflow_history["putian_catalogue_workflow"]
    assert history[-1]["action"] == "publish"
    assert history[-1]["actor"] == "office"
    assert sorted(item.objectIds()) == ["flow", "guide", "rules"]
    # The guide's change is in its audit trail, under the check-in (recorded
    # as the transaction commits).
    record_pending_edits()
    (*_, entry) = audit_log().trail(guide_uid)
    assert (entry.action, entry.actor) == ("edit", "office")
    assert entry.comment == "窗口调整，补绘流程图"
    assert entry.after["location"] == NEW_LOCATION


def test_an_items_working_copy_with_a_part_left_behind_is_not_checked_in(
    published,
):
    with api.env.adopt_user(username="editor_a"):
        copy = ICheckinCheckoutPolicy(published).checkout(published.aq_parent)
        api.content.transition(obj=copy, transition="submit")
    with api.env.adopt_user(username="reviewer_a"):
        api.content.transition(obj=copy, transition="approve")
    with api.env.adopt_user(SITE_OWNER_NAME):
        api.content.copy(source=published.rules, target=copy)
    assert api.content.get_state(copy.rules) == "draft"
    with api.env.adopt_user(username="office"):
        assert not api.content.get_view("iterate_control", copy).checkin_allowed()
        with pytest.raises(Unauthorized):
            ICheckinCheckoutPolicy(copy).checkin("细则未审")
    assert IWorkingCopy.providedBy(copy)
