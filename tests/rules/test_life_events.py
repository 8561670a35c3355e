"""R17: life events for individuals and for businesses."""

from putian.policy.rules.catalogue.life_events import LIFE_EVENT_AUDIENCES


def test_life_events_are_for_individuals_and_for_businesses():
    assert [term.token for term in LIFE_EVENT_AUDIENCES] == ["personal", "business"]
    assert [term.title_zh for term in LIFE_EVENT_AUDIENCES] == ["个人办事", "法人办事"]
