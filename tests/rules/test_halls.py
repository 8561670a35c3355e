"""R15/R17: which window of a service hall handles an item."""

from hypothesis import given
from hypothesis import strategies as st
from putian.policy.rules.cases.halls import check_windows
from putian.policy.rules.cases.halls import departments_named
from putian.policy.rules.cases.halls import Hall
from putian.policy.rules.cases.halls import hall_serves
from putian.policy.rules.cases.halls import inferred_division
from putian.policy.rules.cases.halls import ItemPlace
from putian.policy.rules.cases.halls import Window
from putian.policy.rules.cases.halls import window_handles


CITY_HALL = Hall("city", "350300")
XIANYOU_HALL = Hall("county", "350322")

FOOD = ItemPlace("scjgj", "city", "350300", "XK")
MARRIAGE = ItemPlace("mzj", "city", "350300", "QR")
XIANYOU_FOOD = ItemPlace("xy-scjgj", "county", "350322", "XK")
CHENGXIANG_FOOD = ItemPlace("cx-scjgj", "county", "350302", "XK")


def test_a_comprehensive_window_handles_every_item_the_hall_serves():
    everything = Window.of()
    assert window_handles(CITY_HALL, everything, FOOD)
    assert window_handles(CITY_HALL, everything, MARRIAGE)


def test_a_hall_serves_its_own_level_only():
    assert not window_handles(CITY_HALL, Window.of(), XIANYOU_FOOD)
    assert window_handles(XIANYOU_HALL, Window.of(), XIANYOU_FOOD)
    assert not window_handles(XIANYOU_HALL, Window.of(), FOOD)


def test_a_county_hall_does_not_serve_another_county():
    assert not window_handles(XIANYOU_HALL, Window.of(), CHENGXIANG_FOOD)
    assert not hall_serves(XIANYOU_HALL, CHENGXIANG_FOOD)


def test_a_city_hall_without_a_division_serves_the_city():
    assert hall_serves(Hall("city"), FOOD)
    assert hall_serves(Hall("city", ""), MARRIAGE)
    assert not hall_serves(Hall("city"), XIANYOU_FOOD)


def test_a_county_hall_without_a_division_serves_only_the_departments_it_names():
    # Counties are many: guessing would send 城厢区 applicants to 仙游县.
    unknown_county = Hall("county")
    assert not hall_serves(unknown_county, XIANYOU_FOOD)
    assert not window_handles(unknown_county, Window.of(), CHENGXIANG_FOOD)
    named = Window.of(departments=["xy-scjgj"])
    assert window_handles(unknown_county, named, XIANYOU_FOOD)
    assert not window_handles(Hall("township", ""), Window.of(), XIANYOU_FOOD)


def test_a_department_window_handles_that_department_only():
    market = Window.of(departments=["scjgj"])
    assert window_handles(CITY_HALL, market, FOOD)
    assert not window_handles(CITY_HALL, market, MARRIAGE)


def test_a_stationed_department_is_handled_even_from_another_level():
    # 市级部门进驻县级大厅: the window names the department itself.
    stationed = Window.of(departments=["scjgj"])
    assert window_handles(XIANYOU_HALL, stationed, FOOD)


def test_categories_narrow_what_a_window_handles():
    licences = Window.of(departments=["scjgj", "mzj"], categories=["XK"])
    assert window_handles(CITY_HALL, licences, FOOD)
    assert not window_handles(CITY_HALL, licences, MARRIAGE)
    confirmations = Window.of(categories=["QR"])
    assert window_handles(CITY_HALL, confirmations, MARRIAGE)
    assert not window_handles(CITY_HALL, confirmations, FOOD)


def test_an_item_without_a_category_is_not_in_a_category_window():
    uncategorised = ItemPlace("scjgj", "city", "350300", None)
    assert not window_handles(CITY_HALL, Window.of(categories=["XK"]), uncategorised)
    assert window_handles(CITY_HALL, Window.of(), uncategorised)


def test_empty_entries_in_a_window_are_ignored():
    assert Window.of(departments=["", None], categories=[""]) == Window.of()
    assert Window.of(departments=None, categories=None) == Window.of()


departments = st.sampled_from(["scjgj", "mzj", "zjj", "xy-scjgj"])
categories = st.sampled_from(["XK", "QR", "GG"])
items = st.builds(
    ItemPlace,
    departments,
    st.sampled_from(["city", "county"]),
    st.sampled_from(["350300", "350322"]),
    categories,
)
windows = st.builds(
    Window.of, st.lists(departments, max_size=2), st.lists(categories, max_size=2)
)


@given(windows, items)
def test_a_window_handles_no_more_than_its_unnarrowed_self(window, item):
    wider = Window.of(departments=window.departments)
    if window_handles(CITY_HALL, window, item):
        assert window_handles(CITY_HALL, wider, item)


@given(windows, items)
def test_a_named_department_decides_regardless_of_the_hall(window, item):
    if window.departments:
        assert window_handles(CITY_HALL, window, item) == window_handles(
            XIANYOU_HALL, window, item
        )


TITLES = {
    "scjgj": "莆田市市场监督管理局",
    "cx-scjgj": "莆田市城厢区市场监督管理局",
    "zjj": "莆田市住房和城乡建设局",
    "zrzyj": "莆田市自然资源局",
}


def test_departments_named_in_a_windows_text_in_order():
    text = "莆田市住房和城乡建设局、莆田市自然资源局"
    assert departments_named(text, TITLES) == ["zjj", "zrzyj"]
    assert departments_named("莆田市自然资源局；莆田市住房和城乡建设局", TITLES) == [
        "zrzyj",
        "zjj",
    ]


def test_a_longer_name_is_not_read_as_a_shorter_one():
    assert departments_named("莆田市城厢区市场监督管理局", TITLES) == ["cx-scjgj"]
    # A name that is part of another is only read where it stands alone.
    titles = {"short": "市场监督管理局", "long": "仙游县市场监督管理局"}
    assert departments_named("仙游县市场监督管理局", titles) == ["long"]
    both = "仙游县市场监督管理局、市场监督管理局"
    assert departments_named(both, titles) == ["long", "short"]


def test_words_that_name_no_department():
    assert departments_named("各进驻部门", TITLES) == []
    assert departments_named(None, TITLES) == []
    assert departments_named("莆田市市场监督管理局", {"x": ""}) == []


def test_a_halls_division_is_inferred_from_the_departments_it_names():
    xianyou = ("county", "350322")
    city = ("city", "350300")
    assert inferred_division("county", [xianyou, city]) == "350322"
    assert inferred_division("county", [xianyou, xianyou]) == "350322"
    assert inferred_division("county", [xianyou, ("county", "350302")]) is None
    assert inferred_division("county", [city]) is None
    assert inferred_division("county", []) is None
    assert inferred_division("township", [("township", "")]) is None


def test_each_window_has_its_own_number():
    assert check_windows([{"number": "A01"}, {"number": "B01"}]) == []
    assert check_windows(None) == []
    repeated = check_windows([{"number": "A01"}, {"number": " A01 "}])
    assert [f.code for f in repeated] == ["window_number_repeated"]
    assert "A01" in repeated[0].message_zh
    missing = check_windows([{"number": "A01"}, {"name": "综合窗口"}, {"number": ""}])
    assert [f.code for f in missing] == ["window_number_missing"] * 2
    assert missing[0].message_zh == "第2个窗口缺少窗口编号"
