"""Two departments, their people, and items that meet every rule."""

from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.namedfile.file import NamedBlobFile
from putian.policy.rules.terms import REVIEW_ELEMENTS
from putian.policy.rules.terms import REVIEW_STAGES

import pytest
import transaction


# Valid unified social credit codes (checksums computed with python-stdnum).
USCC_A = "11350300003632104X"
USCC_B = "113503000036322585"

LEGAL_BASIS = [
    {
        "level": "law",
        "name": "《中华人民共和国食品安全法》",
        "article": "第三十五条",
        "text": "国家对食品生产经营实行许可制度。",
    }
]

MATERIALS = [
    {
        "name": "食品经营许可申请书",
        "requirement": "required",
        "condition": None,
        "copies": 1,
        "form": "original",
        "basis_level": "ministry_rule",
        "basis_name": "《食品经营许可和备案管理办法》",
        "basis_article": "第十三条",
        "shareable": False,
        "obtained_by_sharing": False,
        "blank_form": None,
        "sample": None,
    },
    {
        "name": "营业执照",
        "requirement": "required",
        "condition": None,
        "copies": 0,
        "form": "electronic",
        "basis_level": "ministry_rule",
        "basis_name": "《食品经营许可和备案管理办法》",
        "basis_article": "第十三条",
        "shareable": True,
        "obtained_by_sharing": True,
        "blank_form": None,
        "sample": None,
    },
]

GUIDE = {
    "result_name": "食品经营许可证",
    "fee_standard": "不收费",
    "fee_basis": None,
    "materials": MATERIALS,
    "procedure": "申请、受理、审查、决定、送达",
    "handling_forms": {"window", "online"},
    "review_criteria": "符合《食品经营许可和备案管理办法》规定的条件",
    "cross_area_scope": "city",
    "appointment": True,
    "online_payment": False,
    "courier_delivery": True,
    "location": "莆田市行政服务中心二楼市场监管窗口",
    "office_hours": "周一至周五 8:00-12:00, 14:30-17:30",
    "consultation_phone": "0594-2695000",
    "supervision_phone": "12345",
}

PEOPLE = {
    "editor_a": ("a", "DepartmentEditor"),
    "reviewer_a": ("a", "DepartmentReviewer"),
    "editor_b": ("b", "DepartmentEditor"),
    "reviewer_b": ("b", "DepartmentReviewer"),
    "office": (None, "ReformOffice"),
    "member": (None, None),
}


def review_rules_data():
    return {
        f"{stage.token}_{element.token}": f"{stage.title_zh}环节的{element.title_zh}"
        for stage in REVIEW_STAGES
        for element in REVIEW_ELEMENTS
    }


def make_department(container, id_, title, uscc, division_code="350300"):
    return api.content.create(
        container=container,
        type="Department",
        id=id_,
        title=title,
        uscc=uscc,
        level="city",
        division_code=division_code,
        consultation_phone="0594-2695000",
    )


def make_item(container, id_="food", title="食品经营许可", base_code="XK00012000"):
    """An item with a complete guide and review rules: it may be published."""
    item = api.content.create(
        container=container,
        type="ApprovalItem",
        id=id_,
        title=title,
        category="XK",
        base_code=base_code,
        legal_basis=LEGAL_BASIS,
        trips="1",
        online_depth="4",
        statutory_limit_days=20,
        committed_limit_days=10,
    )
    api.content.create(
        container=item,
        type="ServiceGuide",
        id="guide",
        title="办事指南",
        result_sample=NamedBlobFile(
            data=b"%PDF-1.4 sample",
            filename="sample.pdf",
            contentType="application/pdf",
        ),
        **GUIDE,
    )
    api.content.create(
        container=item,
        type="ReviewRules",
        id="rules",
        title="审查工作细则",
        **review_rules_data(),
    )
    return item


@pytest.fixture
def departments(portal):
    with api.env.adopt_user(SITE_OWNER_NAME):
        a = make_department(portal, "a", "莆田市市场监督管理局", USCC_A)
        b = make_department(portal, "b", "莆田市住房和城乡建设局", USCC_B)
    return {"a": a, "b": b}


@pytest.fixture
def people(portal, departments):
    for name, (department, role) in PEOPLE.items():
        api.user.create(
            email=f"{name}@putian.example", username=name, password="secret-pw-123"
        )
        if role and department:
            api.user.grant_roles(
                username=name, obj=departments[department], roles=[role]
            )
        elif role:
            api.user.grant_roles(username=name, roles=[role])
    return list(PEOPLE)


@pytest.fixture
def item_a(departments):
    with api.env.adopt_user(SITE_OWNER_NAME):
        return make_item(departments["a"])


@pytest.fixture
def site(functional):
    """Functional site with departments A and B and item food in A, committed."""
    portal = functional["portal"]
    with api.env.adopt_user(SITE_OWNER_NAME):
        a = make_department(portal, "a", "莆田市市场监督管理局", USCC_A)
        make_department(portal, "b", "莆田市住房和城乡建设局", USCC_B)
        make_item(a)
    transaction.commit()
    return portal
