"""Review work rules (审查工作细则, R11): ten elements for each of three stages.

The schema is built from the core's term tables, so the fields are exactly
the ones ``rules.catalogue.review_rules`` checks: ``{stage}_{element}``.
"""

from plone.dexterity.content import Item
from plone.supermodel import model
from plone.supermodel.interfaces import FIELDSETS_KEY
from plone.supermodel.model import Fieldset
from putian.policy import _
from putian.policy.rules.catalogue.terms import REVIEW_ELEMENTS
from putian.policy.rules.catalogue.terms import REVIEW_STAGES
from zope import schema
from zope.interface import implementer
from zope.interface.interface import InterfaceClass


def review_rule_field_name(stage, element) -> str:
    return f"{stage.token}_{element.token}"


def _build_schema():
    fields = {}
    fieldsets = []
    for stage in REVIEW_STAGES:
        names = []
        for element in REVIEW_ELEMENTS:
            name = review_rule_field_name(stage, element)
            fields[name] = schema.Text(
                title=_(f"label_review_rule_{element.token}", default=element.title_en),
                required=False,
            )
            names.append(name)
        fieldsets.append(
            Fieldset(
                f"stage_{stage.token}",
                label=_(f"label_stage_{stage.token}", default=stage.title_en),
                fields=names,
            )
        )
    interface = InterfaceClass(
        "IReviewRules",
        (model.Schema,),
        fields,
        __doc__="Review work rules of an item, for accept, review and decide.",
        __module__=__name__,
    )
    interface.setTaggedValue(FIELDSETS_KEY, fieldsets)
    return interface


IReviewRules = _build_schema()


@implementer(IReviewRules)
class ReviewRules(Item):
    """Complete when every element of every stage is written (R11)."""
