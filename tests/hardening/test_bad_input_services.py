"""The bad-input corpus through our own services (issue 19).

tests/http/test_bad_bodies.py sends each service bodies of the wrong shape;
here each field and query parameter a service reads gets every value of its
kind from the corpus (bad_inputs.py): each answer is a 400 in our error
shape, in Chinese and English, never a 500, and nothing is committed (the
database's last transaction is unchanged). A case that a bad value did not
create is checked for by counting the cases.
"""

from plone import api
from tests.fixtures.applications import APPLICANT
from tests.fixtures.rest import upload
from tests.hardening import bad_inputs as corpus
from tests.hardening.test_bad_input import MANAGER
from tests.hardening.test_bad_input import NO_BODY
from tests.hardening.test_bad_input import Prober
from tests.hardening.test_bad_input import staff
from tests.http.test_bad_bodies import targets  # noqa: F401 (a fixture)

import pytest
import requests
import transaction


TEXT = corpus.WRONG_TYPES_FOR_TEXT + corpus.LONG_STRINGS + corpus.CONTROL_CHARACTERS
NOT_TEXT = corpus.WRONG_TYPES_FOR_TEXT
QUERY = corpus.BAD_QUERY_TEXT
# A 1 MB query string is refused by the HTTP server itself (431, Request
# Header Fields Too Large) before the portal sees it.
SHORT_QUERY = [(label, value) for label, value in QUERY if len(value) < 1000]
# A 1 MB value makes the body larger than a case step's limit (413, in the
# same shape) before any field is read.
REFUSED = (400, 413)


def material(upload) -> dict:
    return {"material_1": upload}


def good_pdf() -> dict:
    return upload("申请书.pdf", corpus.PDF)


def application(**changes) -> dict:
    return {**APPLICANT, "materials": material(good_pdf()), **changes}


def case_count(site) -> int:
    transaction.begin()
    return len(
        api.content.find(context=site.a, portal_type="Application", unrestricted=True)
    )


class ServiceProber(Prober):
    """A 413 for a body over its service's limit is as good as a 400."""

    def send(self, label, method, path, body=NO_BODY, statuses=REFUSED, **kwargs):
        return super().send(label, method, path, body, statuses=statuses, **kwargs)

    def each(self, name, values, method, path, make, **kwargs):
        """One request a (label, value) of ``values``: ``make(value)`` is
        its body, or its query parameters for a GET."""
        where = "params" if method == "GET" else "body"
        for label, value in values:
            self.send(
                f"{name}: {label}", method, path, **{where: make(value)}, **kwargs
            )


def apply(prober, name, values, make):
    """Each value through the anonymous application service."""
    prober.each(name, values, "POST", "a/food/@apply", make, auth=None)


@pytest.fixture
def prober(targets):  # noqa: F811
    site, paths = targets
    prober = ServiceProber(site)
    prober.paths = paths
    yield prober
    prober.assert_all_held()


def test_apply_refuses_every_bad_applicant_value(prober):
    site = prober.site
    cases = case_count(site)
    fields = {
        "applicant_name": TEXT,
        "applicant_kind": [*NOT_TEXT, *corpus.WRONG_CHOICES],
        "id_number": [*NOT_TEXT, *corpus.INVALID_RESIDENT_IDS],
        "phone": [*NOT_TEXT, *corpus.INVALID_PHONES],
        "email": [*NOT_TEXT, *corpus.INVALID_EMAILS],
        "channel": [*NOT_TEXT, *corpus.WRONG_CHOICES],
        "delivery": [*NOT_TEXT, *corpus.WRONG_CHOICES],
    }
    for field, values in fields.items():
        apply(prober, field, values, lambda value, f=field: application(**{f: value}))
    company = {"applicant_kind": "company", "applicant_name": "莆田市示例食品有限公司"}
    apply(
        prober,
        "credit code",
        corpus.INVALID_CREDIT_CODES,
        lambda code: application(**company, id_number=code),
    )
    # By post, an address is required and must be text without control codes.
    apply(
        prober,
        "postal_address",
        [("missing", ""), *TEXT],
        lambda value: application(delivery="post", postal_address=value),
    )
    assert case_count(site) == cases


def test_apply_refuses_every_bad_file(prober):
    site = prober.site
    cases = case_count(site)

    def with_upload(change):
        return lambda value: application(
            materials=material({**good_pdf(), **change(value)})
        )

    apply(
        prober,
        "base64",
        corpus.INVALID_BASE64,
        with_upload(lambda data: {"data": data}),
    )
    apply(
        prober,
        "file",
        [(label, (name, data)) for label, name, data in corpus.DISGUISED_FILES],
        lambda file: application(materials=material(upload(*file))),
    )
    apply(
        prober,
        "material",
        [*corpus.WRONG_TYPES_FOR_TEXT[:4], ("no data", {})],
        lambda value: application(materials={"material_1": value}),
    )
    apply(
        prober,
        "filename",
        [*TEXT[:6], ("1 MB name", "申" * 1_000_000 + ".pdf")],
        with_upload(lambda name: {"filename": name}),
    )
    assert case_count(site) == cases


def test_case_steps_refuse_bad_paper(prober):
    case = prober.paths["case"]
    prober.each(
        "comment",
        TEXT,
        "POST",
        f"{case}/@workflow/accept",
        lambda value: {"comment": value},
        auth=staff("clerk_a"),
    )
    rows = [*corpus.WRONG_ROWS, ("none", []), ("row of text", [{"material": 42}])]
    for label, value in rows:
        prober.send(
            f"correction items: {label}",
            "POST",
            f"{case}/@workflow/request_correction",
            {"correction_items": value},
            auth=staff("clerk_a"),
            # A step the rule refuses is recorded in the case's trail (R20).
            audited=label == "none",
        )
    transaction.begin()
    assert api.content.get_state(prober.site.unrestrictedTraverse(case)) == (
        "submitted"
    )


def test_revoke_forward_and_acknowledge_refuse_bad_values(prober):
    paths = prober.paths
    prober.each(
        "reason",
        TEXT,
        "POST",
        f"{paths['certificate']}/@revoke",
        lambda value: {"reason": value},
        auth=staff("decider_a"),
    )
    for label, value in [*NOT_TEXT, *QUERY, ("unknown", "nowhere")]:
        # A text of no department or case is refused by the rule, and the
        # refusal recorded in the audit trail (R20).
        audited = isinstance(value, str) and len(value) < 1000
        prober.send(
            f"department: {label}",
            "POST",
            f"{paths['case']}/@forward",
            {"department": value},
            auth=staff("clerk_a"),
            audited=audited,
        )
        prober.send(
            f"case: {label}",
            "POST",
            "a/@forwarded",
            {"case": value},
            auth=staff("clerk_a"),
            audited=audited,
        )
    transaction.begin()
    certificate = prober.site.unrestrictedTraverse(paths["certificate"])
    assert certificate.status == "valid"
    assert prober.site.unrestrictedTraverse(paths["case"]).forwarding is None


def test_track_refuses_bad_receipts_and_codes(prober):
    lookup = {"receipt": "SCJGJ-20260105-0001", "code": "ABCD1234"}
    for field in lookup:
        prober.each(
            field,
            [*NOT_TEXT, *corpus.LONG_STRINGS, *QUERY],
            "POST",
            "@track",
            lambda value, f=field: {**lookup, f: value},
            auth=None,
            # Malformed or unknown, a receipt answers the same 404 (nothing
            # told to someone guessing), and enough failures a 429.
            statuses=(400, 404, 413, 429),
            # A failed lookup is counted, and the count kept (a guesser
            # must not reset it by being refused).
            audited=True,
        )


def test_standard_and_calendar_refuse_bad_values(prober):
    prober.each(
        "standard",
        [*NOT_TEXT, *QUERY, ("unknown uid", "0" * 32)],
        "POST",
        "b/@create-from-standard",
        lambda value: {"standard": value},
    )
    prober.each(
        "year",
        [*corpus.WRONG_TYPES_FOR_INTEGER, ("year 1", 1)],
        "PATCH",
        "@calendar",
        lambda value: {"year": value},
    )
    prober.each(
        "holiday",
        corpus.INVALID_DATES,
        "PATCH",
        "@calendar",
        lambda value: {"year": 2027, "holidays": [{"date": value, "name": "假日"}]},
    )


def test_reading_services_refuse_bad_parameters(prober):
    # An empty parameter is one not given.
    dates = [
        (label, v) for label, v in corpus.INVALID_DATES if isinstance(v, str) and v
    ]
    numbers = [("negative", "-1"), ("word", "twenty"), ("huge", "9" * 30)]
    years = [("word", "year"), ("year 1", "1"), ("huge", "9" * 30)]
    probes = [
        # (name, values, service, its parameters for a value, who asks)
        (
            "deadline start",
            dates,
            "@deadline",
            lambda v: {"start": v, "days": "20"},
            None,
        ),
        ("audit start", dates, "@audit", lambda v: {"start": v}, MANAGER),
        ("supervision from", dates, "@supervision", lambda v: {"from": v}, MANAGER),
        (
            "deadline days",
            numbers,
            "@deadline",
            lambda v: {"start": "2026-01-05", "days": v},
            None,
        ),
        ("calendar year", years, "@calendar", lambda v: {"year": v}, None),
        (
            "verify number",
            SHORT_QUERY,
            "@verify-certificate",
            lambda v: {"number": v, "holder": "林小梅"},
            None,
        ),
        (
            "audit department",
            SHORT_QUERY,
            "@audit",
            lambda v: {"department": v},
            MANAGER,
        ),
        (
            "supervision department",
            SHORT_QUERY,
            "@supervision",
            lambda v: {"department": v},
            MANAGER,
        ),
    ]
    for name, values, service, make, auth in probes:
        prober.each(name, values, "GET", service, make, auth=auth)


def test_full_width_digits_are_read_as_digits(targets):  # noqa: F811
    """What a Chinese input method types is the applicant's number."""
    site, _paths = targets
    response = requests.post(
        f"{site.absolute_url()}/a/food/@apply",
        json=application(id_number="３５０３０２１９９００１０１１２３９"),
        headers={"Accept": "application/json"},
        timeout=60,
    )
    assert response.status_code == 201, response.text[:300]
    transaction.begin()
    (found,) = api.content.find(
        portal_type="Application",
        receipt_number=response.json()["receipt_number"],
        unrestricted=True,
    )
    assert found._unrestrictedGetObject().id_number == APPLICANT["id_number"]
