from plone.dexterity.content import Item
from plone.supermodel import model
from putian.policy import _
from zope import schema
from zope.interface import implementer


class ILifeEvent(model.Schema):
    """A life event (办事主题): items grouped the way people meet them (R17).

    Editors keep the taxonomy in the 办事主题 folder; departments tag their
    items with it (behavior ``putian.life_events``).  The title and
    description are the Chinese; an English visitor reads the English ones
    where they are given (behavior ``putian.policy.behaviors.english_name``:
    ``title_en`` and ``description_en``, the attributes stored before it)."""

    audience = schema.Choice(
        title=_("label_life_event_audience", default="For"),
        vocabulary="putian.policy.LifeEventAudiences",
    )


@implementer(ILifeEvent)
class LifeEvent(Item):
    """One theme: its page lists the published items tagged with it."""
