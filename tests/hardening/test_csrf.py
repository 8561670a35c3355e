"""A forged request without the plone.protect token does nothing (issue 19).

Every form of the portal that writes is posted twice by a browser session
that logged in through the login form (the ``__ac`` cookie, as a forged
cross-site request would carry it): first without ``_authenticator``, as a
page on another site would post it — refused with 403 and nothing written
(read back) — then with the person's own token, which does it (so the
refusal is the token's, not a missing field's or a missing permission's).

The applicant's forms on the tracking page are anonymous; they carry a
token too, checked the same way.

The portal's own REST services take only ``Content-Type: application/json``
(tests/http/test_cross_site.py); plone.restapi's own endpoints are tried
here with the cookie and a body a form can send.
"""

from AccessControl.SpecialUsers import nobody
from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.protect.authenticator import createToken
from putian.policy.applications.certificates import certificate_of
from putian.policy.rules.calendar.arrangement import arrangement_from_json
from putian.policy.workcalendar.storage import apply_arrangement
from putian.policy.workcalendar.storage import overrides_in
from putian.policy.workcalendar.storage import working_calendar
from tests.fixtures.applications import act
from tests.fixtures.applications import CORRECTION
from tests.fixtures.applications import create_case_workers
from tests.fixtures.applications import new_case
from tests.fixtures.applications import PDF
from tests.fixtures.applications import publish
from tests.fixtures.catalogue import create_people
from tests.fixtures.catalogue import make_item
from tests.fixtures.catalogue import make_xianyou_department
from tests.fixtures.rest import form_login
from tests.fixtures.rest import PASSWORD
from tests.http.test_bad_bodies import last_transaction
from tests.http.test_cross_site import FORGERIES
from typing import Any

import json
import pytest
import requests
import transaction


TIMEOUT = 60
STAFF = {
    "editor_a": ("a", "DepartmentEditor"),
    "manager": (None, "Manager"),
    "clerk_c": ("c", "WindowClerk"),
}


@pytest.fixture
def csrf_site(site):
    """Departments A, B and Xianyou's county department C, item food of A
    published with its form; the case workers and the people above."""
    create_case_workers({"a": site.a, "b": site.b})
    with api.env.adopt_user(SITE_OWNER_NAME):
        make_xianyou_department(site, "c")
        make_item(site.c, base_code="XK00012000")
        for obj in (site.a.food, site.a.food.guide):
            if api.content.get_state(obj) == "draft":
                publish(obj)
    create_people(site, STAFF, PASSWORD)
    transaction.commit()
    return site


def logged_in(site, user) -> requests.Session:
    """A browser session that logged in through the form (none for None)."""
    return requests.Session() if user is None else form_login(site, user)[0]


def token(user) -> str:
    if user is None:
        with api.env.adopt_user(user=nobody):
            return createToken()
    with api.env.adopt_user(username=user):
        return createToken()


def fresh():
    """Read what the server committed."""
    transaction.begin()


class FormFields(HTMLParser):
    """What a browser would post from the form with id ``form_id``."""

    def __init__(self, form_id):
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.inside = False
        self.fields: list[tuple[str, str]] = []
        self._select = None
        self._textarea = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = attrs.get("id") == self.form_id
        if not self.inside:
            return
        name = attrs.get("name")
        if tag == "input" and name:
            kind = attrs.get("type", "text")
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                return
            if kind in ("submit", "button", "image", "file"):
                return
            self.fields.append((name, attrs.get("value", "")))
        elif tag == "select" and name:
            self._select = name
        elif tag == "option" and self._select and "selected" in attrs:
            self.fields.append((self._select, attrs.get("value", "")))
        elif tag == "textarea" and name:
            self._textarea = [name, ""]

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "select":
            self._select = None
        elif tag == "textarea" and self._textarea is not None:
            self.fields.append(tuple(self._textarea))
            self._textarea = None


def browser_form(session, url, form_id) -> list[tuple[str, str]]:
    response = session.get(url, timeout=TIMEOUT)
    assert response.status_code == 200, (url, response.status_code)
    parser = FormFields(form_id)
    parser.feed(response.text)
    assert parser.fields, f"no form #{form_id} on {url}"
    return parser.fields


# --- The forms ----------------------------------------------------------------


@dataclass(frozen=True)
class Form:
    """One form: who posts it, where, what, and what it writes."""

    user: str | None  # None: the anonymous applicant
    setup: Callable[[Any], Any]  # the site -> the object the form writes
    url: Callable[[Any], str]  # the object -> the form's action
    data: Callable[[Any, Any], list]  # (session, object) -> the fields
    probe: Callable[[Any], Any]  # the object -> what the form changes
    files: Callable[[Any], dict] | None = None
    done_status: tuple = (200, 302)
    # Our forms check the token before they write and answer 403. Plone's
    # z3c.form edit form does not: it saves and redirects, and plone.protect's
    # transform, finding a write without the token, aborts the transaction
    # after the fact, so the browser still sees the form's 302.
    forged_status: tuple = (403,)


def _draft(site):
    with api.env.adopt_user(SITE_OWNER_NAME):
        return make_item(site.a, id_="draft", base_code="XK00014000")


def case_in(*steps):
    def build(site):
        with api.env.adopt_user(SITE_OWNER_NAME):
            submitted = new_case(site.a.food)
        for user, transition, paper in steps:
            assert act(user, submitted.case, transition, **paper).done
        return submitted

    return build


def approved_certificate(site):
    submitted = case_in(
        ("clerk_a", "accept", {}),
        ("case_reviewer_a", "start_review", {}),
        ("decider_a", "approve", {}),
    )(site)
    return certificate_of(submitted.case)


def county_case(site):
    with api.env.adopt_user(SITE_OWNER_NAME):
        return new_case(site.c.food).case


def forwarded_case(site):
    from putian.policy.applications.forwarding import forward

    case = county_case(site)
    with api.env.adopt_user(username="clerk_c"):
        assert forward(case, site.a, "") == []
    return case


def state(obj):
    fresh()
    return api.content.get_state(obj)


def calendar_year(site):
    """The days entered for 2027 and whether its arrangement is complete."""
    fresh()
    calendar = working_calendar(site)
    return dict(overrides_in(2027, site)), calendar.is_provisional_year(2027)


def county_department_without_items(site):
    """Xianyou's department C, before it has made any item of its own: the
    city's standard items are made into its items."""
    with api.env.adopt_user(SITE_OWNER_NAME):
        api.content.delete(site.c.food)
    return site.c


def with_2027_override(site):
    apply_arrangement(
        arrangement_from_json(
            {"year": 2027, "holidays": [{"date": "2027-03-01", "name": "测试"}]}
        ),
        site,
    )
    return site


def tracked(submitted):
    return [("receipt", submitted.receipt_number), ("code", submitted.query_code)]


def case_of(submitted):
    return submitted.case


def calendar_url(site):
    return f"{site.absolute_url()}/@@putian-calendar?year=2027"


def sharing_fields(session, department):
    return [
        ("form.submitted", "1"),
        ("inherit", "True"),
        ("entries.id:records", "member_x"),
        ("entries.type:records", "user"),
        ("entries.role_DepartmentEditor:records", "True"),
        ("form.button.Save", "Save"),
    ]


def edit_fields(session, item):
    fields = [
        (name, value)
        for name, value in browser_form(session, f"{item.absolute_url()}/edit", "form")
        if name != "_authenticator"
    ]
    fields = [
        (name, "改过的标题" if name == "form.widgets.IBasic.title" else value)
        for name, value in fields
    ]
    assert ("form.widgets.IBasic.title", "改过的标题") in fields
    return [*fields, ("form.buttons.save", "Save")]


FORMS = {
    # browser/: a local item from the city's standard item
    "create_from_standard": Form(
        "manager",
        setup=county_department_without_items,
        url=lambda c: f"{c.absolute_url()}/@@create-from-standard",
        data=lambda session, c: [
            ("standard", api.content.get_uuid(c.aq_parent.a.food)),
            ("form.buttons.create", "1"),
        ],
        probe=lambda c: (fresh(), sorted(c.objectIds()))[1],
    ),
    # browser/templates/item.pt: the guide's online application form
    "make_application_form": Form(
        "manager",
        setup=lambda site: _draft(site).guide,
        url=lambda guide: f"{guide.absolute_url()}/@@make-application-form",
        data=lambda session, guide: [],
        probe=lambda guide: (fresh(), sorted(guide.objectIds()))[1],
    ),
    # workcalendar/: the four forms of Site Setup → 工作日历
    "calendar_save_day": Form(
        "manager",
        setup=lambda site: site,
        url=calendar_url,
        data=lambda session, site: [
            ("day", "2027-03-02"),
            ("kind", "holiday"),
            ("name", "伪造的假日"),
            ("form.buttons.save_day", "1"),
        ],
        probe=calendar_year,
    ),
    "calendar_remove_day": Form(
        "manager",
        setup=with_2027_override,
        url=calendar_url,
        data=lambda session, site: [
            ("remove_day", "2027-03-01"),
            ("form.buttons.remove_day", "1"),
        ],
        probe=calendar_year,
    ),
    "calendar_upload": Form(
        "manager",
        setup=lambda site: site,
        url=calendar_url,
        data=lambda session, site: [("form.buttons.upload", "1")],
        files=lambda site: {
            "arrangement_file": (
                "2027.json",
                json.dumps(
                    {"year": 2027, "holidays": [{"date": "2027-03-03", "name": "x"}]}
                ),
                "application/json",
            )
        },
        probe=calendar_year,
    ),
    "calendar_publish": Form(
        "manager",
        setup=lambda site: site,
        url=calendar_url,
        data=lambda session, site: [
            ("published", "1"),
            ("form.buttons.publish", "1"),
        ],
        probe=calendar_year,
    ),
    # applications/: the case's action page, its revoke and forward forms,
    # the upper organ's acknowledgement
    "case_action": Form(
        "clerk_a",
        setup=lambda site: case_in()(site).case,
        url=lambda case: f"{case.absolute_url()}/@@case-action",
        data=lambda session, case: [
            ("form.submitted", "1"),
            ("transition", "accept"),
            ("internal_note", "予以受理"),
        ],
        probe=state,
    ),
    "revoke_certificate": Form(
        "decider_a",
        setup=approved_certificate,
        url=lambda cert: f"{cert.absolute_url()}/@@revoke-certificate",
        data=lambda session, cert: [
            ("reason", "伪造的撤销"),
            ("form.buttons.confirm", "1"),
        ],
        probe=lambda cert: (fresh(), cert.status)[1],
    ),
    # Who may not revoke is refused, and the refusal is audited: a forged
    # request must not write even that entry.
    "revoke_refused_and_audited": Form(
        "clerk_a",
        setup=approved_certificate,
        url=lambda cert: f"{cert.absolute_url()}/@@revoke-certificate",
        data=lambda session, cert: [
            ("reason", "伪造的撤销"),
            ("form.buttons.confirm", "1"),
        ],
        probe=lambda cert: (fresh(), last_transaction(cert), cert.status)[1:],
    ),
    "forward_case": Form(
        "clerk_c",
        setup=county_case,
        url=lambda case: f"{case.absolute_url()}/@@forward-case",
        data=lambda session, case: [
            ("department", api.content.get_uuid(case.aq_parent.aq_parent.aq_parent.a))
        ],
        probe=lambda case: (fresh(), dict(case.forwarding or {}))[1],
    ),
    "acknowledge_forwarding": Form(
        "clerk_a",
        setup=forwarded_case,
        url=lambda case: (
            f"{case.aq_parent.aq_parent.aq_parent.a.absolute_url()}/@@forwarded-cases"
        ),
        data=lambda session, case: [("case", api.content.get_uuid(case))],
        probe=lambda case: (fresh(), case.forwarding.get("acknowledged_on"))[1],
    ),
    # applications/templates/track.pt: the applicant's own steps
    "track_withdraw": Form(
        None,
        setup=case_in(),
        url=lambda submitted: (
            f"{submitted.case.aq_parent.aq_parent.aq_parent.absolute_url()}/@@track"
        ),
        data=lambda session, submitted: [
            *tracked(submitted),
            ("action", "withdraw"),
            ("comment", "不再需要"),
        ],
        probe=lambda submitted: state(submitted.case),
    ),
    "track_resubmit": Form(
        None,
        setup=case_in(("clerk_a", "request_correction", CORRECTION)),
        url=lambda submitted: (
            f"{submitted.case.aq_parent.aq_parent.aq_parent.absolute_url()}/@@track"
        ),
        data=lambda session, submitted: [*tracked(submitted), ("action", "resubmit")],
        files=lambda submitted: {"material_1": ("签字版.pdf", PDF, "application/pdf")},
        probe=lambda submitted: state(submitted.case),
    ),
    "track_rate": Form(
        None,
        setup=case_in(
            ("clerk_a", "accept", {}),
            ("case_reviewer_a", "start_review", {}),
            ("decider_a", "approve", {}),
            ("clerk_a", "deliver", {}),
        ),
        url=lambda submitted: (
            f"{submitted.case.aq_parent.aq_parent.aq_parent.absolute_url()}/@@track"
        ),
        data=lambda session, submitted: [
            *tracked(submitted),
            ("action", "rate"),
            ("level", "satisfied"),
        ],
        probe=lambda submitted: (fresh(), submitted.case.rating)[1],
    ),
    # Plone's own forms on our content: the Dexterity edit form, the
    # workflow menu, the sharing tab (where department roles are given)
    "item_edit_form": Form(
        "editor_a",
        setup=_draft,
        url=lambda item: f"{item.absolute_url()}/@@edit",
        data=edit_fields,
        probe=lambda item: (fresh(), item.title)[1],
        forged_status=(302,),
    ),
    "workflow_menu": Form(
        "editor_a",
        setup=_draft,
        url=lambda item: f"{item.absolute_url()}/content_status_modify",
        data=lambda session, item: [("workflow_action", "submit")],
        probe=state,
    ),
    "sharing": Form(
        "manager",
        setup=lambda site: site.a,
        url=lambda a: f"{a.absolute_url()}/@@sharing",
        data=sharing_fields,
        probe=lambda a: (fresh(), a.get_local_roles_for_userid("member_x"))[1],
    ),
}


def post(session, spec, target, fields, with_token):
    if with_token:
        fields = [*fields, ("_authenticator", token(spec.user))]
    return session.post(
        spec.url(target),
        data=fields,
        files=spec.files(target) if spec.files else None,
        allow_redirects=False,
        timeout=TIMEOUT,
    )


@pytest.mark.parametrize("name", list(FORMS))
def test_a_form_posted_without_the_token_writes_nothing(csrf_site, name):
    spec = FORMS[name]
    if name == "sharing":
        api.user.create(
            email="x@putian.example", username="member_x", password=PASSWORD
        )
    target = spec.setup(csrf_site)
    transaction.commit()
    session = logged_in(csrf_site, spec.user)
    fields = spec.data(session, target)
    before = spec.probe(target)

    forged = post(session, spec, target, fields, with_token=False)
    assert forged.status_code in spec.forged_status, (
        forged.status_code,
        forged.headers.get("Location"),
        forged.text[:300],
    )
    assert spec.probe(target) == before

    real = post(session, spec, target, fields, with_token=True)
    assert real.status_code in spec.done_status, (real.status_code, real.text[:300])
    assert spec.probe(target) != before, real.text[:300]


# --- plone.restapi's own POST services ----------------------------------------
# Our services are tried in tests/http/test_cross_site.py; here the ones
# plone.restapi brings, which restapi/writes.py holds to the same rule.


@dataclass(frozen=True)
class RestWrite:
    """A POST a page of another site would like to make in the user's name."""

    url: Callable[[Any], str]  # the site -> where it is posted
    body: dict  # what the real call sends
    probe: Callable[[Any], Any]  # the site -> what it changes


def _user_exists(username):
    def probe(site):
        fresh()
        return api.user.get(username=username) is not None

    return probe


def _lock_of(site):
    fresh()
    return site.a.food.wl_isLocked()


REST_WRITES = {
    "create_content": RestWrite(
        url=lambda site: site.absolute_url(),
        body={"@type": "Document", "id": "forged", "title": "伪造的页面"},
        probe=lambda site: (fresh(), "forged" in site.objectIds())[1],
    ),
    "sharing": RestWrite(
        url=lambda site: f"{site.a.absolute_url()}/@sharing",
        body={
            "entries": [
                {"id": "member_x", "type": "user", "roles": {"DepartmentEditor": True}}
            ]
        },
        probe=lambda site: (fresh(), site.a.get_local_roles_for_userid("member_x"))[1],
    ),
    "lock": RestWrite(
        url=lambda site: f"{site.a.food.absolute_url()}/@lock",
        body={"stealable": True},
        probe=_lock_of,
    ),
    "add_user": RestWrite(
        url=lambda site: f"{site.absolute_url()}/@users",
        body={
            "username": "forged_user",
            "email": "forged@putian.example",
            "password": "forged-pw-123",
        },
        probe=_user_exists("forged_user"),
    ),
}


@pytest.mark.parametrize("name", list(REST_WRITES))
def test_a_restapi_write_forged_with_the_cookie_writes_nothing(csrf_site, name):
    spec = REST_WRITES[name]
    api.user.create(email="x@putian.example", username="member_x", password=PASSWORD)
    transaction.commit()
    session = logged_in(csrf_site, "manager")
    before = spec.probe(csrf_site)
    for forgery_name, forgery in FORGERIES.items():
        sent = forgery(spec.body)
        sent["headers"] = {"Accept": "application/json", **sent.get("headers", {})}
        at = last_transaction(csrf_site)
        forged = session.post(spec.url(csrf_site), timeout=TIMEOUT, **sent)
        assert forged.status_code == 415, (forgery_name, forged.text[:300])
        assert forged.json()["error"]["code"] == "body_not_json", forgery_name
        assert last_transaction(csrf_site) == at, forgery_name
        assert spec.probe(csrf_site) == before, forgery_name

    real = session.post(
        spec.url(csrf_site),
        json=spec.body,
        headers={"Accept": "application/json"},
        timeout=TIMEOUT,
    )
    assert real.status_code in (200, 201, 204), real.text[:300]
    assert spec.probe(csrf_site) != before, real.text[:300]
