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
    where they are given (``life_events.names``)."""

    audience = schema.Choice(
        title=_("label_life_event_audience", default="For"),
        vocabulary="putian.policy.LifeEventAudiences",
    )
    title_en = schema.TextLine(
        title=_("label_life_event_title_en", default="English name"),
        description=_(
            "help_english_name",
            default="Shown to visitors who read the site in English",
        ),
        required=False,
    )
    description_en = schema.TextLine(
        title=_("label_life_event_description_en", default="English description"),
        required=False,
    )


@implementer(ILifeEvent)
class LifeEvent(Item):
    """One theme: its page lists the published items tagged with it."""
