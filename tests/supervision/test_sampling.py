"""``POST /putian/@supervision/sample`` and ``GET @supervision/samples``
over HTTP: closed cases drawn reproducibly, kept with who drew them, and
only for supervisors and the reform office."""

from datetime import date
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from tests.fixtures.applications import act
from tests.fixtures.applications import new_case

import pytest
import requests
import transaction


JSON = {"Accept": "application/json", "Content-Type": "application/json"}
PASSWORD = "secret-pw-123"


@pytest.fixture
def closed(supervised):
    """Beside the known cases (closed: ``undelivered`` of A, ``denied`` of
    B), five more approved cases of A, decided in November 2026."""
    site, cases = supervised
    food = site.a["food"]
    for number in range(5):
        with api.env.adopt_user(SITE_OWNER_NAME):
            case = new_case(food).case
        assert act("clerk_a", case, "accept").done
        assert act("case_reviewer_a", case, "start_review").done
        assert act("decider_a", case, "approve").done
        case.accepted_on = date(2026, 11, 2)
        case.decided_on = date(2026, 11, 10 + number)
        case.decision = dict(case.decision, decided_on=case.decided_on)
        case.reindexObject()
        cases[f"approved{number}"] = case
    transaction.commit()
    return site, cases


def read(url, user=None):
    auth = (user, PASSWORD) if user else None
    return requests.get(url, headers=JSON, auth=auth, timeout=60)


def draw(site, user="supervisor", **body):
    return requests.post(
        f"{site.absolute_url()}/@supervision/sample",
        json=body,
        headers=JSON,
        auth=(user, PASSWORD) if user else None,
        timeout=60,
    )


def drawn(site, user="supervisor", **body) -> dict:
    response = draw(site, user, **body)
    assert response.status_code == 201, response.text
    return response.json()


def names(sample, cases) -> set:
    by_uid = {case.UID(): name for name, case in cases.items()}
    return {by_uid[uid] for uid in sample["case_uids"]}


CLOSED_OF_A = {"undelivered", *(f"approved{number}" for number in range(5))}


def test_the_same_seed_draws_the_same_sample(closed):
    site, cases = closed
    first = drawn(site, department=site.a.UID(), size=3, seed="2026-抽查")
    again = drawn(site, department=site.a.UID(), size=3, seed="2026-抽查")
    assert len(first["case_uids"]) == 3
    assert names(first, cases) <= CLOSED_OF_A
    assert again["case_uids"] == first["case_uids"]
    assert again["id"] != first["id"]
    assert first["population"] == len(CLOSED_OF_A)


def test_other_seeds_draw_other_samples(closed):
    site, cases = closed
    samples = {
        tuple(drawn(site, department="a", size=3, seed=seed)["case_uids"])
        for seed in range(8)
    }
    # Eight draws of 3 among 6 (20 possible samples) are not all alike.
    assert len(samples) > 1


def test_a_size_beyond_the_population_takes_it_whole(closed):
    site, cases = closed
    sample = drawn(site, "office", size=50, seed=1)
    assert names(sample, cases) == CLOSED_OF_A | {"denied"}


def test_only_closed_cases_in_the_period_are_drawn(closed):
    site, cases = closed
    sample = drawn(site, department="a", size=50, seed=1, **{"from": "2026-11-11"})
    assert names(sample, cases) == {f"approved{number}" for number in range(1, 5)}
    sample = drawn(site, size=50, seed=1, to="2026-11-10")
    assert names(sample, cases) == {"undelivered", "denied", "approved0"}


def test_a_sample_is_kept_with_who_drew_it_and_how(closed):
    site, cases = closed
    sample = drawn(site, department=site.b.UID(), size=2, seed=7)
    response = requests.get(
        f"{site.absolute_url()}/@supervision/samples",
        headers=JSON,
        auth=("office", PASSWORD),
        timeout=60,
    )
    assert response.status_code == 200, response.text
    [listed] = response.json()["items"]
    assert listed["@id"] == sample["@id"]
    assert listed["drawn_by"] == "supervisor"
    assert listed["drawn_at"].startswith(str(date.today().year))
    assert listed["filters"] == {
        "department": site.b.UID(),
        "from": None,
        "to": None,
        "size": 2,
        "seed": "7",
    }
    [case] = listed["cases"]
    assert case["@id"] == cases["denied"].absolute_url()
    own = read(sample["@id"], "supervisor")
    assert own.status_code == 200
    assert own.json()["case_uids"] == [cases["denied"].UID()]


def test_department_staff_and_anonymous_visitors_draw_nothing(closed):
    site, _ = closed
    assert draw(site, None, size=1, seed=1).status_code == 401
    refused = draw(site, "clerk_a", size=1, seed=1)
    assert refused.status_code == 403
    assert refused.json()["error"]["message"] == "只有监察人员和审改办可以抽样检查"
    listing = f"{site.absolute_url()}/@supervision/samples"
    assert read(listing).status_code == 401
    response = read(listing, "decider_b")
    assert response.status_code == 403


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ({"seed": 1}, "抽样数量必须是正整数"),
        ({"size": 0, "seed": 1}, "抽样数量必须是正整数"),
        ({"size": 2}, "抽样种子"),
        ({"size": 2, "seed": " "}, "抽样种子不能为空"),
        ({"size": "3", "seed": 1}, "应为整数"),
        ({"size": 2, "seed": 1, "from": "2026-13-01"}, "开始日期"),
        (
            {"size": 2, "seed": 1, "from": "2026-11-20", "to": "2026-11-01"},
            "开始日期晚于结束日期",
        ),
        ({"size": 2, "seed": 1, "department": "nowhere"}, "部门"),
    ],
)
def test_bad_input_is_refused_in_chinese(closed, body, words):
    site, _ = closed
    response = draw(site, **body)
    assert response.status_code == 400, response.text
    assert words in response.json()["error"]["message"]
