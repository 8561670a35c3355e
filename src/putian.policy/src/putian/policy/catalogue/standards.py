"""One item, one standard (R2): a county or township item made from the
city's standard item shares its name, category, base code, legal basis and
standard materials; the local department then sets its own limits, place
and phones."""

from copy import deepcopy
from plone import api
from plone.app.iterate.interfaces import IWorkingCopy
from putian.policy.catalogue.compliance import current_child
from putian.policy.content.service_guide import IServiceGuide
from putian.policy.rules import RuleInputError
from putian.policy.rules.codes import check_base_code_unique
from z3c.relationfield import RelationValue
from zope.component import getUtility
from zope.intid.interfaces import IIntIds


# Copied from the standard item: what R2 says is the same at every level,
# plus starting values the local department may change.
SHARED_ITEM_FIELDS = ("category", "base_code", "legal_basis")
STARTING_ITEM_FIELDS = (
    "trips",
    "online_depth",
    "statutory_limit_days",
    "committed_limit_days",
)
SHARED_GUIDE_FIELDS = (
    "result_name",
    "fee_standard",
    "fee_basis",
    "materials",
    "procedure",
    "handling_forms",
    "review_criteria",
    "cross_area_scope",
    "appointment",
    "online_payment",
    "courier_delivery",
)


def standard_items():
    """Published main items of city departments: the standards to follow."""
    return api.content.find(
        portal_type="ApprovalItem",
        level="city",
        review_state="published",
        sort_on="base_code",
    )


def create_from_standard(department, standard):
    """A draft item (and guide) in ``department`` following ``standard``."""
    standard_department = standard.get_department()
    if standard_department is None or standard_department.level != "city":
        raise RuleInputError(
            "standard_not_city",
            "标准事项必须是市级事项",
            "The standard item must be a city item",
        )
    if department.level == "city" or IWorkingCopy.providedBy(standard):
        raise RuleInputError(
            "local_department_required",
            "只有县（区）级、乡镇（街道）级部门从市级标准事项创建事项",
            "Only county and township departments create items from a city standard",
        )
    codes = [
        brain.base_code
        for brain in api.content.find(
            context=department, portal_type="ApprovalItem", unrestricted=True
        )
    ]
    for finding in check_base_code_unique(standard.base_code, codes):
        raise RuleInputError(finding.code, finding.message_zh, finding.message_en)

    # Deep copies: lists of rows must not be shared between the two items.
    values = {
        name: deepcopy(getattr(standard, name))
        for name in SHARED_ITEM_FIELDS + STARTING_ITEM_FIELDS
    }
    intids = getUtility(IIntIds)
    item = api.content.create(
        container=department,
        type="ApprovalItem",
        title=standard.Title(),
        standard_item=RelationValue(intids.getId(standard)),
        **values,
    )
    guide = current_child(standard, IServiceGuide)
    if guide is not None:
        api.content.create(
            container=item,
            type="ServiceGuide",
            title=guide.Title(),
            **{name: deepcopy(getattr(guide, name)) for name in SHARED_GUIDE_FIELDS},
        )
    return item
