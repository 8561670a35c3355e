"""``/putian/@@supervision``: the lights per department and the lines by
kind, as a supervisor and a department read them (lxml on the page)."""

from lxml import html
from tests.supervision.cases import EXPECTED_LINES
from tests.supervision.conftest import PASSWORD

import requests


def page(site, user="supervisor", **params):
    response = requests.get(
        f"{site.absolute_url()}/@@supervision",
        params=params,
        auth=(user, PASSWORD) if user else None,
        allow_redirects=False,
        timeout=60,
    )
    return response, html.fromstring(response.text) if response.text else None


def shown_lines(tree, cases) -> set:
    names = {case.absolute_url(): name for name, case in cases.items()}
    found = set()
    for group in tree.cssselect(".supervision-kind"):
        kind = group.get("id").removeprefix("kind-")
        for line in group.cssselect(".supervision-line"):
            url = line.cssselect("a.supervision-case")[0].get("href")
            found.add((kind, names[url], line.get("data-light")))
    return found


def test_a_supervisor_sees_every_line_by_kind(supervised):
    site, cases = supervised
    response, tree = page(site)
    assert response.status_code == 200
    assert shown_lines(tree, cases) == EXPECTED_LINES
    rows = {
        row.cssselect("th")[0].text_content().strip(): [
            cell.text_content().strip() for cell in row.cssselect("td")
        ]
        for row in tree.cssselect("#supervision-lights tbody tr")
    }
    assert rows == {site.a.Title(): ["1", "1", "1"], site.b.Title(): ["0", "0", "1"]}
    trail = tree.cssselect("#kind-denial_without_remedies a.supervision-trail")[0]
    assert trail.get("href") == f"{cases['denied'].absolute_url()}/@@audit-trail"


def test_a_department_sees_its_own_lines(supervised):
    site, cases = supervised
    _response, tree = page(site, "clerk_b")
    assert {name for _, name, _ in shown_lines(tree, cases)} == {"silent", "denied"}
    options = tree.cssselect("#filter-department option")
    assert [option.text_content() for option in options[1:]] == [site.b.Title()]


def test_the_filter_form_filters_and_refuses_in_chinese(supervised):
    site, cases = supervised
    _response, tree = page(site, kind="certificate_late")
    assert shown_lines(tree, cases) == {("certificate_late", "undelivered", "red")}
    selected = tree.cssselect("#filter-kind option[selected]")
    assert [option.get("value") for option in selected] == ["certificate_late"]
    response, tree = page(site, **{"from": "2026-11-10", "to": "2026-11-01"})
    assert response.status_code == 400
    assert (
        tree.cssselect("#supervision-error")[0].text_content() == "开始日期晚于结束日期"
    )


def test_anonymous_visitors_are_sent_to_log_in(supervised):
    site, _ = supervised
    response, _tree = page(site, user=None)
    assert response.status_code == 302
    assert "login" in response.headers["Location"]


def test_a_member_without_a_department_is_told_so(supervised):
    site, _ = supervised
    _response, tree = page(site, "member")
    assert tree.cssselect("#supervision-not-yours")
    assert not tree.cssselect(".supervision-line")


def test_refused_attempts_are_listed(supervised):
    site, _cases = supervised
    _response, tree = page(site)
    attempts = tree.cssselect(".supervision-refusal")
    assert sorted(item.get("data-kind") for item in attempts) == [
        "beyond_authority",
        "out_of_order",
    ]
    actors = {
        item.cssselect(".supervision-actor")[0].text_content() for item in attempts
    }
    assert actors == {"clerk_b", "decider_a"}
