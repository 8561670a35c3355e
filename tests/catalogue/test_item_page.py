"""The item page as a citizen and as an editor see it."""

from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from putian.policy.rules.catalogue.guide import GUIDE_ELEMENTS

import pytest
import re
import requests
import transaction


@pytest.fixture
def published(site):
    with api.env.adopt_user(SITE_OWNER_NAME):
        for transition in ("submit", "approve", "publish"):
            api.content.transition(obj=site.a.food, transition=transition)
    transaction.commit()
    return site.a.food


def page(url, auth=None):
    response = requests.get(
        url, auth=auth, headers={"Accept-Language": "zh-CN"}, timeout=30
    )
    assert response.status_code == 200
    return response.text


def test_citizen_sees_the_guide_in_standard_order(published):
    html = page(published.absolute_url())
    positions = [html.index(f'id="guide-{element.name}"') for element in GUIDE_ELEMENTS]
    assert positions == sorted(positions)
    assert "食品经营许可证" in html
    assert "《中华人民共和国食品安全法》第三十五条" in html
    assert "10个工作日" in html
    assert "莆田市市场监督管理局" in html


def test_materials_with_basis_and_sharing(published):
    html = page(published.absolute_url())
    materials = html[html.index('id="guide-materials"') :]
    assert "食品经营许可申请书" in materials
    assert "《食品经营许可和备案管理办法》 第十三条" in materials
    # 营业执照 is fetched by data sharing: the applicant is told so.
    assert re.search(r"营业执照\s*<span[^>]*>[^<]*无需提交", materials)


def test_citizen_does_not_see_findings(published):
    assert 'id="compliance"' not in page(published.absolute_url())


def test_editor_sees_what_is_missing(site):
    with api.env.adopt_user(SITE_OWNER_NAME):
        site.a.food.guide.supervision_phone = None
    transaction.commit()
    html = page(site.a.food.absolute_url(), auth=(SITE_OWNER_NAME, SITE_OWNER_PASSWORD))
    section = html[html.index('id="compliance"') :]
    assert "R4" in section
    assert "监督电话" in section


def test_change_history(site):
    with api.env.adopt_user(SITE_OWNER_NAME):
        item = site.a.food
        item.lifecycle_status = "commitment"
        item.lifecycle_reason = "实行告知承诺制"
        item.lifecycle_document = "莆政文〔2017〕88号"
        from zope.event import notify
        from zope.lifecycleevent import ObjectModifiedEvent

        notify(ObjectModifiedEvent(item))
    transaction.commit()
    html = page(item.absolute_url(), auth=(SITE_OWNER_NAME, SITE_OWNER_PASSWORD))
    history = html[html.index('id="history"') :]
    assert "保留 → 实行告知承诺" in history
    assert "莆政文〔2017〕88号" in history


def test_guide_url_shows_the_same_page(published):
    html = page(published.guide.absolute_url())
    assert 'id="guide-materials"' in html
    assert "食品经营许可" in html
