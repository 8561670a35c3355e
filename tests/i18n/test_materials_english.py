"""A guide material's English name and condition: on the guide page and the
online form's upload labels for an English visitor, the Chinese for a
Chinese one and wherever the guide gives no English."""

from plone import api
from plone.app.testing import SITE_OWNER_NAME
from tests.fixtures.applications import publish
from tests.fixtures.catalogue import material
from tests.fixtures.html import page

import pytest
import transaction


CONDITIONAL = material(
    name="授权委托书",
    name_en="Power of attorney",
    requirement="conditional",
    condition="委托他人代为办理的",
    condition_en="When someone else applies on the applicant's behalf",
)


@pytest.fixture
def named(site):
    """Food published; its first material and a conditional one named in
    English, the licence (营业执照) not; its application form made."""
    from putian.policy.applications.easyform import make_application_form

    with api.env.adopt_user(SITE_OWNER_NAME):
        item = site.a.food
        guide = item.guide
        first, *others = guide.materials
        guide.materials = [
            {**first, "name_en": "Application for a food business licence"},
            *others,
            CONDITIONAL,
        ]
        publish(item)
        make_application_form(guide)
    transaction.commit()
    return site


def material_rows(tree) -> list[list[str]]:
    return [
        [" ".join(cell.text_content().split()) for cell in row.xpath("./td")[:2]]
        for row in tree.xpath("//table[contains(@class,'putian-materials')]//tr[td]")
    ]


def upload_labels(tree) -> list[str]:
    (form,) = tree.xpath("//form[contains(@action, '/guide/apply')]")
    texts = form.xpath(".//label[starts-with(@for, 'form-widgets-material_')]/text()")
    return [" ".join(text.split()) for text in texts if text.strip()]


def test_the_guide_page_names_the_materials_in_english(named):
    rows = material_rows(page(f"{named.absolute_url()}/a/food", "en"))
    names = [name for name, _ in rows]
    assert names[0] == "Application for a food business licence"
    assert names[1].startswith("营业执照")  # no English given: the Chinese stands
    assert names[2] == "Power of attorney"
    assert rows[2][1].endswith(" (When someone else applies on the applicant's behalf)")


def test_the_guide_page_in_chinese(named):
    rows = material_rows(page(f"{named.absolute_url()}/a/food", "zh-CN"))
    assert rows[0][0] == "食品经营许可申请书"
    assert rows[2][0] == "授权委托书"
    assert rows[2][1].endswith("（委托他人代为办理的）")


def test_the_form_labels_its_uploads_in_the_visitors_language(named):
    url = f"{named.absolute_url()}/a/food/guide/apply"
    assert upload_labels(page(url, "en")) == [
        "Application for a food business licence",
        "Power of attorney",
    ]
    assert upload_labels(page(url, "zh-CN")) == ["食品经营许可申请书", "授权委托书"]


def test_an_english_name_added_later_shows_without_a_new_form(named):
    with api.env.adopt_user(SITE_OWNER_NAME):
        guide = named.a.food.guide
        guide.materials = [
            {**row, "name_en": "Letter of authorisation"}
            if row["name"] == "授权委托书"
            else row
            for row in guide.materials
        ]
    transaction.commit()
    labels = upload_labels(page(f"{named.absolute_url()}/a/food/guide/apply", "en"))
    assert labels[-1] == "Letter of authorisation"
