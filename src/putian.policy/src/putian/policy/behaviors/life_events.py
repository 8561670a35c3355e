from plone.autoform import directives
from plone.autoform.interfaces import IFormFieldProvider
from plone.supermodel import model
from putian.policy import _
from z3c.form.browser.checkbox import CheckBoxFieldWidget
from zope import schema
from zope.interface import provider


@provider(IFormFieldProvider)
class ILifeEvents(model.Schema):
    """The life events an item belongs to (个人办事 / 法人办事 themes)."""

    model.fieldset(
        "life_events",
        label=_("fieldset_life_events", default="Life events"),
        fields=["life_events"],
    )
    directives.widget("life_events", CheckBoxFieldWidget)
    life_events = schema.List(
        title=_("label_life_events", default="Life events"),
        description=_(
            "help_life_events",
            default="Where a citizen or a company looks for this item. "
            "The themes are kept by the reform office.",
        ),
        value_type=schema.Choice(vocabulary="putian.policy.LifeEvents"),
        required=False,
        default=[],
    )
