"""The one gate of intake through the REST API (issue 12): a retired, draft
or not-online item takes no application, nothing is written, no receipt
number is drawn; and bad applicant values are refused with their field."""

from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from putian.policy.rules.cases.receipts import parse_receipt
from tests.fixtures.rest import apply
from tests.fixtures.rest import pdf_material

import pytest
import transaction


def sequence(response) -> int:
    assert response.status_code == 201, response.text
    return parse_receipt(response.json()["receipt_number"]).sequence


def case_ids(site) -> list:
    site._p_jar.sync()
    return sorted(site.a["cases"].objectIds())


@pytest.fixture
def other_item(case_site):
    """A second published item of department A, to draw numbers from."""
    from tests.fixtures.applications import publish
    from tests.fixtures.catalogue import make_item

    with api.env.adopt_user(SITE_OWNER_NAME):
        item = make_item(case_site.a, id_="other", base_code="XK00013000")
        publish(item)
    transaction.commit()
    return "other"


def retire(site):
    with api.env.adopt_user(SITE_OWNER_NAME):
        api.content.transition(site.a.food, "retire")


def not_online(site):
    site.a.food.online_depth = "0"


def pre_review_only(site):
    site.a.food.online_depth = "2"


@pytest.mark.parametrize(
    ("close", "code"),
    [
        (retire, "intake_item_retired"),
        (not_online, "intake_online_not_offered"),
        (pre_review_only, "intake_online_not_offered"),
    ],
    ids=["retired", "not offered online", "pre-review only"],
)
def test_a_closed_item_answers_400_and_nothing_is_written(
    case_site, other_item, close, code
):
    before = sequence(apply(case_site, other_item))
    filed = case_ids(case_site)
    close(case_site)
    transaction.commit()
    response = apply(case_site)
    assert response.status_code == 400
    error = response.json()["error"]
    assert [finding["code"] for finding in error["findings"]] == [code]
    assert error["message"]
    assert error["message_en"]
    assert case_ids(case_site) == filed
    # The refused application drew no receipt number.
    assert sequence(apply(case_site, other_item)) == before + 1


def test_naming_the_window_channel_does_not_open_an_item_not_online(case_site):
    not_online(case_site)
    transaction.commit()
    response = apply(case_site, channel="window")
    assert response.status_code == 400
    codes = [finding["code"] for finding in response.json()["error"]["findings"]]
    assert codes == ["intake_online_not_offered"]


def test_a_draft_item_answers_400(case_site):
    from tests.fixtures.catalogue import make_item

    with api.env.adopt_user(SITE_OWNER_NAME):
        make_item(case_site.a, id_="draft", base_code="XK00014000")
    transaction.commit()
    # The public does not see a draft at all.
    assert apply(case_site, "draft").status_code == 401
    # Who may see it (its department's staff) still cannot file for it.
    response = apply(case_site, "draft", auth=(SITE_OWNER_NAME, SITE_OWNER_PASSWORD))
    assert response.status_code == 400
    codes = [finding["code"] for finding in response.json()["error"]["findings"]]
    assert codes == ["intake_item_not_published"]
    assert case_ids(case_site) == []


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"email": "a" * 1024 * 1024 + "@example.cn"}, "email", "email_too_long"),
        (
            {"applicant_name": "林小梅\x1b[2J"},
            "applicant_name",
            "applicant_name_invalid_characters",
        ),
        (
            {"applicant_name": "林\r\n小梅"},
            "applicant_name",
            "applicant_name_invalid_characters",
        ),
        # (A number or a list where text belongs is refused by the body
        # parser before intake: tests/http; through submit(): test_intake.)
        (
            {"materials": pdf_material("申" * 10_000 + ".pdf")},
            "material_1",
            "upload_filename_too_long",
        ),
    ],
)
def test_bad_applicant_values_answer_400_with_their_field(
    case_site, changes, field, code
):
    response = apply(case_site, **changes)
    assert response.status_code == 400, response.text
    findings = response.json()["error"]["findings"]
    assert [(finding["field"], finding["code"]) for finding in findings] == [
        (field, code)
    ]
    assert findings[0]["message"]
    assert findings[0]["message_en"]
    assert case_ids(case_site) == []
