"""Submitting an application: checks, receipt numbers, query codes, files."""

from datetime import date
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from putian.policy.applications.intake import submit
from putian.policy.applications.intake import Upload
from putian.policy.applications.numbering import new_receipt_number
from putian.policy.rules.cases.receipts import parse_receipt
from putian.policy.rules.cases.receipts import query_code_matches
from putian.policy.rules.cases.uploads import MAX_UPLOAD_BYTES
from tests.fixtures.applications import APPLICANT
from tests.fixtures.applications import application_pdf
from tests.fixtures.applications import new_case
from tests.fixtures.applications import open_for_intake
from tests.fixtures.applications import PDF

import pytest


@pytest.fixture
def item_a(item_a):
    """Item A, published: applications are taken for published items only."""
    with api.env.adopt_user(SITE_OWNER_NAME):
        open_for_intake(item_a)
    return item_a


def submit_as_owner(item, data, uploads):
    with api.env.adopt_user(SITE_OWNER_NAME):
        return submit(item, data, uploads)


def fields(findings):
    return [finding.field for finding in findings]


def cases_of(department):
    return list(department["cases"].objectIds())


def test_receipt_numbers_follow_on_per_department_and_day(item_a, departments):
    first = submit_as_owner(item_a, APPLICANT, application_pdf())[0]
    second = submit_as_owner(item_a, APPLICANT, application_pdf())[0]
    one, two = parse_receipt(first.receipt_number), parse_receipt(second.receipt_number)
    assert one.department_code == two.department_code == "003632104"
    assert two.sequence == one.sequence + 1
    assert first.case.getId() == first.receipt_number.lower()


def test_each_department_and_day_has_its_own_sequence(departments):
    a, b = departments["a"], departments["b"]
    day = date(2031, 1, 2)
    assert new_receipt_number(a, day).endswith("-0001")
    assert new_receipt_number(a, day).endswith("-0002")
    assert new_receipt_number(b, day).endswith("-0001")
    assert new_receipt_number(a, date(2031, 1, 3)).endswith("-0001")


def test_a_department_code_of_its_own(departments):
    departments["a"].case_code = "SCJGJ"
    assert new_receipt_number(departments["a"], date(2031, 2, 1)) == (
        "SCJGJ-20310201-0001"
    )


def test_only_the_digest_of_the_query_code_is_kept(item_a):
    submitted = submit_as_owner(item_a, APPLICANT, application_pdf())[0]
    case = submitted.case
    assert submitted.query_code not in str(case.__dict__)
    from putian.policy.applications.numbering import query_code_secret

    assert query_code_matches(
        submitted.query_code, case.query_code_digest, query_code_secret()
    )


def test_the_case_keeps_the_items_limits_and_the_applicant(item_a):
    case = new_case_as_owner(item_a)
    assert (case.statutory_limit_days, case.committed_limit_days) == (20, 10)
    assert case.applicant_name == "林小梅"
    assert case.item_title == "食品经营许可"
    assert case.fees == "不收费"


def new_case_as_owner(item):
    with api.env.adopt_user(SITE_OWNER_NAME):
        return new_case(item).case


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"id_number": "350302199001011238"}, "id_number"),
        ({"applicant_kind": "organisation"}, "id_number"),
        ({"phone": "123"}, "phone"),
        ({"delivery": "post", "postal_address": ""}, "postal_address"),
        ({"applicant_name": ""}, "applicant_name"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_stored(
    item_a, departments, changes, field
):
    submitted, findings = submit_as_owner(
        item_a, dict(APPLICANT, **changes), application_pdf()
    )
    assert submitted is None
    assert field in fields(findings)
    assert cases_of(departments["a"]) == []


def test_a_missing_required_material(item_a, departments):
    submitted, findings = submit_as_owner(item_a, APPLICANT, [])
    assert submitted is None
    assert fields(findings) == ["material_1"]
    assert "食品经营许可申请书" in findings[0].message_zh


@pytest.mark.parametrize(
    ("upload", "code"),
    [
        (Upload("material_1", "申请书.exe", b"MZ\x90\x00"), "upload_type_not_allowed"),
        (Upload("material_1", "申请书.png", PDF), "upload_extension_mismatch"),
        (
            Upload("material_1", "申请书.pdf", PDF + b"0" * MAX_UPLOAD_BYTES),
            "upload_too_large",
        ),
    ],
)
def test_wrong_type_or_oversize_uploads_are_refused(item_a, departments, upload, code):
    submitted, findings = submit_as_owner(item_a, APPLICANT, [upload])
    assert submitted is None
    assert [finding.code for finding in findings] == [code]
    assert findings[0].field == "material_1"
    assert cases_of(departments["a"]) == []


def test_a_material_obtained_by_sharing_is_never_asked_for(item_a):
    from putian.policy.applications.intake import requested_for

    names = [material.name for material in requested_for(item_a)]
    assert names == ["食品经营许可申请书"]


def test_every_department_has_its_case_folder(departments):
    for department in departments.values():
        folder = department["cases"]
        assert folder.portal_type == "CaseFolder"
        assert api.content.get_state(folder) == "internal"


def test_filing_a_case_does_not_write_the_case_folder(item_a, departments):
    """Concurrent submissions would conflict on anything written there."""
    import transaction

    folder = departments["a"]["cases"]
    new_case_as_owner(item_a)
    transaction.savepoint()
    new_case_as_owner(item_a)
    assert not folder.aq_base._p_changed
    assert folder.getOrdering().__class__.__name__ == "UnorderedOrdering"


def test_cases_and_their_files_stay_out_of_full_text_search(item_a):
    case = new_case_as_owner(item_a)
    catalog = api.portal.get_tool("portal_catalog")
    for words in ("食品经营许可", "食品经营许可申请书", case.receipt_number):
        found = catalog.unrestrictedSearchResults(
            SearchableText=words, portal_type=["Application", "File"]
        )
        assert len(found) == 0, words
    found = catalog.unrestrictedSearchResults(receipt_number=case.receipt_number)
    assert [brain.Title for brain in found] == [case.Title()]


# -- the one gate (issue 12) -------------------------------------------------


def sequence_of_a_new_case(item):
    submitted = submit_as_owner(item, APPLICANT, application_pdf())[0]
    return parse_receipt(submitted.receipt_number).sequence


def closed_codes(findings):
    return [finding.code for finding in findings]


def another_open_item(department):
    from tests.fixtures.catalogue import make_item

    with api.env.adopt_user(SITE_OWNER_NAME):
        item = make_item(department, id_="other", base_code="XK00013000")
        open_for_intake(item)
    return item


@pytest.mark.parametrize(
    ("close", "code"),
    [
        (lambda item: api.content.transition(item, "retire"), "intake_item_retired"),
        (
            lambda item: setattr(item, "online_depth", "0"),
            "intake_online_not_offered",
        ),
        (
            lambda item: setattr(item, "online_depth", "2"),
            "intake_online_not_offered",
        ),
        (
            lambda item: setattr(item, "lifecycle_status", "cancelled"),
            "intake_item_cancelled",
        ),
    ],
    ids=["retired", "not offered online", "pre-review only", "cancelled"],
)
def test_a_closed_item_takes_no_application_and_draws_no_number(
    item_a, departments, close, code
):
    other = another_open_item(departments["a"])
    before = sequence_of_a_new_case(other)
    filed = cases_of(departments["a"])
    with api.env.adopt_user(SITE_OWNER_NAME):
        close(item_a)
    submitted, findings = submit_as_owner(item_a, APPLICANT, application_pdf())
    assert submitted is None
    assert closed_codes(findings) == [code]
    assert findings[0].field is None
    assert cases_of(departments["a"]) == filed
    # No receipt number was drawn for the refused application.
    assert sequence_of_a_new_case(other) == before + 1


def test_a_draft_item_takes_no_application(departments):
    from tests.fixtures.catalogue import make_item

    with api.env.adopt_user(SITE_OWNER_NAME):
        draft = make_item(departments["a"], id_="draft")
    submitted, findings = submit_as_owner(draft, APPLICANT, application_pdf())
    assert submitted is None
    assert closed_codes(findings) == ["intake_item_not_published"]
    assert cases_of(departments["a"]) == []


def test_the_gate_comes_first_and_alone(item_a, departments):
    with api.env.adopt_user(SITE_OWNER_NAME):
        api.content.transition(item_a, "retire")
    _submitted, findings = submit_as_owner(item_a, {"applicant_name": 5}, [])
    assert closed_codes(findings) == ["intake_item_retired"]


def test_window_staff_file_for_an_item_not_offered_online(item_a, departments):
    item_a.online_depth = "0"
    with api.env.adopt_user(SITE_OWNER_NAME):
        submitted, findings = submit(
            item_a, dict(APPLICANT, channel="window"), application_pdf(), at_window=True
        )
    assert findings == []
    assert submitted.case.channel == "window"


def test_naming_the_window_channel_does_not_open_the_gate(item_a, departments):
    item_a.online_depth = "0"
    submitted, findings = submit_as_owner(
        item_a, dict(APPLICANT, channel="window"), application_pdf()
    )
    assert submitted is None
    assert closed_codes(findings) == ["intake_online_not_offered"]


# -- what an applicant may send (issue 20) -----------------------------------


def with_check_digit(body: str) -> str:
    from stdnum.cn import ric

    return body + ric.calc_check_digit(body + "0")


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"email": "a" * 1024 * 1024 + "@example.cn"}, "email", "email_too_long"),
        (
            {"id_number": with_check_digit("35030220990101123")},
            "id_number",
            "resident_id_birth_date_in_future",
        ),
        (
            {"applicant_name": "林小\x00梅"},
            "applicant_name",
            "applicant_name_invalid_characters",
        ),
        (
            {"applicant_name": "林小梅\x1b[2J\x1b[H"},
            "applicant_name",
            "applicant_name_invalid_characters",
        ),
        (
            {"applicant_name": "林小\r\n梅"},
            "applicant_name",
            "applicant_name_invalid_characters",
        ),
        (
            {"applicant_name": "林\ud800梅"},
            "applicant_name",
            "applicant_name_invalid_characters",
        ),
        ({"applicant_name": 42}, "applicant_name", "applicant_name_not_text"),
        ({"applicant_kind": ["person"]}, "applicant_kind", "applicant_kind_not_text"),
        ({"id_number": 350302199001011239}, "id_number", "id_number_not_text"),
        ({"phone": 13905940000}, "phone", "phone_not_text"),
        ({"email": True}, "email", "email_not_text"),
        ({"channel": {"online": 1}}, "channel", "channel_not_text"),
        ({"delivery": False}, "delivery", "delivery_not_text"),
        (
            {"delivery": "post", "postal_address": "莆田市\x00城厢区"},
            "postal_address",
            "postal_address_invalid_characters",
        ),
        ({"phone": "139 0594 0000" * 3}, "phone", "phone_too_long"),
    ],
)
def test_bad_applicant_values_are_refused_through_submit(
    item_a, departments, changes, field, code
):
    submitted, findings = submit_as_owner(
        item_a, dict(APPLICANT, **changes), application_pdf()
    )
    assert submitted is None
    assert [(finding.field, finding.code) for finding in findings] == [(field, code)]
    assert findings[0].message_zh
    assert findings[0].message_en
    assert cases_of(departments["a"]) == []


@pytest.mark.parametrize(
    ("filename", "code"),
    [
        ("申" * 10_000 + ".pdf", "upload_filename_too_long"),
        ("申请书\x00.pdf", "upload_filename_invalid_characters"),
        ("申请书\u202efdp.exe", "upload_filename_invalid_characters"),
        (12345, "upload_filename_not_text"),
    ],
)
def test_bad_file_names_are_refused_through_submit(item_a, departments, filename, code):
    submitted, findings = submit_as_owner(
        item_a, APPLICANT, [Upload("material_1", filename, PDF)]
    )
    assert submitted is None
    assert [(finding.field, finding.code) for finding in findings] == [
        ("material_1", code)
    ]
    assert cases_of(departments["a"]) == []
