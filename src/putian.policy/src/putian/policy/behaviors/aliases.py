"""The names people call an item by (俗称): 办餐饮证 for 食品经营许可.

The catalogue and ``@search`` find the item under each alias, its pinyin and
its initials (indexers.py, rules/search_terms.py).
"""

from plone.autoform.interfaces import IFormFieldProvider
from plone.dexterity.interfaces import IDexterityContent
from plone.supermodel import model
from putian.policy import _
from putian.policy.rules.catalogue.search_terms import MAX_ALIAS_LENGTH
from putian.policy.rules.catalogue.search_terms import MAX_ALIASES
from putian.policy.rules.catalogue.search_terms import normalize_aliases
from zope import schema
from zope.component import adapter
from zope.interface import implementer
from zope.interface import provider


@provider(IFormFieldProvider)
class IAliases(model.Schema):
    """Other names of an item, as the public says them."""

    aliases = schema.List(
        title=_("label_aliases", default="Also known as"),
        description=_(
            "help_aliases",
            default="What people call this item in everyday speech, one per "
            "line (such as “catering licence” or “opening a restaurant”); "
            "search finds the item under each. "
            "At most ${count} names of at most ${length} characters.",
            mapping={"count": MAX_ALIASES, "length": MAX_ALIAS_LENGTH},
        ),
        # A blank line is dropped when the aliases are kept, not refused.
        value_type=schema.TextLine(max_length=MAX_ALIAS_LENGTH, required=False),
        max_length=MAX_ALIASES,
        required=False,
        default=[],
    )


@implementer(IAliases)
@adapter(IDexterityContent)
class Aliases:
    """Kept on the item, trimmed and each name once, however it was typed
    (form, REST or import)."""

    def __init__(self, context):
        self.context = context

    @property
    def aliases(self) -> list[str]:
        return list(getattr(self.context, "aliases", None) or ())

    @aliases.setter
    def aliases(self, value) -> None:
        self.context.aliases = normalize_aliases(value)
