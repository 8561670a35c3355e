"""One item, one standard (R2): a county or township item made from the
city's standard item shares its name, category, base code, legal basis and
standard materials; the local department then sets its own limits, place
and phones."""

from copy import deepcopy
from plone import api
from plone.app.iterate.interfaces import IWorkingCopy
from putian.policy.catalogue.compliance import current_child
from putian.policy.content.service_guide import IServiceGuide
from putian.policy.rules.catalogue.codes import check_base_code_unique
from putian.policy.rules.catalogue.legal_basis import LEGAL_BASIS_FIELD
from putian.policy.rules.catalogue.standards import check_standard_source
from putian.policy.rules.catalogue.standards import LOCAL_ITEM_SETTINGS
from putian.policy.rules.catalogue.standards import STANDARD_FIELDS
from putian.policy.rules.catalogue.standards import STANDARD_GUIDE_FIELDS
from putian.policy.rules.common.errors import RuleInputError
from z3c.relationfield import RelationValue
from zope.component import getUtility
from zope.intid.interfaces import IIntIds


# Starting values of a new local item; its department may change them.
STARTING_ITEM_FIELDS = ("trips", "online_depth", *LOCAL_ITEM_SETTINGS)
SHARED_ITEM_FIELDS = tuple(
    name for name, _zh, _en in STANDARD_FIELDS if name != "title"
) + (LEGAL_BASIS_FIELD,)


def standard_items():
    """Published main items of city departments: the standards to follow."""
    return [
        brain
        for brain in api.content.find(
            portal_type="ApprovalItem",
            level="city",
            review_state="published",
            sort_on="base_code",
        )
        if brain.base_code
        and brain.base_code.endswith("000")
        and not brain.is_working_copy
    ]


def resolve_standard(uid):
    """The standard item with this UID: a published main item of the city."""
    brains = api.content.find(
        UID=uid or "-",
        portal_type="ApprovalItem",
        review_state="published",
        level="city",
    )
    standard = brains[0].getObject() if len(brains) == 1 else None
    if (
        standard is None
        or standard.get_main_item() is not None
        or IWorkingCopy.providedBy(standard)
    ):
        raise RuleInputError(
            "standard_missing",
            "请选择一个已发布的市级主项作为标准事项",
            "Choose a published city main item as the standard",
        )
    return standard


def create_from_standard(department, standard):
    """A draft item (and guide) in ``department`` following ``standard``."""
    standard_department = standard.get_department()
    findings = check_standard_source(
        standard_department.level if standard_department is not None else None,
        department.level,
    )
    codes = [
        brain.base_code
        for brain in api.content.find(
            context=department, portal_type="ApprovalItem", unrestricted=True
        )
    ]
    findings += check_base_code_unique(standard.base_code, codes)
    for finding in findings:
        raise RuleInputError(finding.code, finding.message_zh, finding.message_en)
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
            **{name: deepcopy(getattr(guide, name)) for name in STANDARD_GUIDE_FIELDS},
        )
    return item
