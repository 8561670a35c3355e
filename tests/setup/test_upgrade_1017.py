"""Upgrade 1017: departments made before it record their remedy organs."""

from plone import api
from plone.app.testing import SITE_OWNER_NAME
from tests.fixtures.catalogue import make_department
from tests.fixtures.catalogue import make_xianyou_department
from tests.fixtures.catalogue import USCC_A


PROFILE = "putian.policy:default"


def as_before_1017(department):
    """What a department made before 1017 holds: neither name."""
    for name in ("reconsideration_organ", "litigation_court"):
        department.__dict__.pop(name, None)
    department._p_changed = True
    return department


def test_upgrade_1017_fills_each_department_from_the_core(portal, setup_tool):
    with api.env.adopt_user(SITE_OWNER_NAME):
        city = as_before_1017(
            make_department(portal, "a", "莆田市市场监督管理局", USCC_A)
        )
        county = as_before_1017(make_xianyou_department(portal))
        kept = make_xianyou_department(portal, id_="tax")
        kept.reconsideration_organ = "国家税务总局莆田市税务局"
        kept.litigation_court = ""
    assert city.reconsideration_organ is None
    setup_tool.setLastVersionForProfile(PROFILE, "1016")
    setup_tool.upgradeProfile(PROFILE, "1017")
    assert setup_tool.getLastVersionForProfile(PROFILE) == ("1017",)
    assert (city.reconsideration_organ, city.litigation_court) == (
        "莆田市人民政府",
        "莆田市城厢区人民法院",
    )
    assert (county.reconsideration_organ, county.litigation_court) == (
        "仙游县人民政府",
        "仙游县人民法院",
    )
    # A name already recorded is kept; only the blank one is proposed.
    assert (kept.reconsideration_organ, kept.litigation_court) == (
        "国家税务总局莆田市税务局",
        "仙游县人民法院",
    )


def test_upgrade_1017_leaves_a_department_the_core_cannot_place(portal, setup_tool):
    from putian.policy.demo.structure import organ_uscc
    from putian.policy.upgrades.v1017 import record_remedy_organs

    with api.env.adopt_user(SITE_OWNER_NAME):
        far = as_before_1017(
            make_department(
                portal,
                "f",
                "福州市鼓楼区某局",
                organ_uscc("350102", 3),
                "350102",
                "county",
            )
        )
    assert record_remedy_organs(setup_tool) == (0, 1)
    assert far.reconsideration_organ is None
