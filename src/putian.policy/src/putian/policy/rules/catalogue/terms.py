"""Controlled vocabularies of the catalogue: the one source of every term.

The Plone vocabularies are generated from these tuples, so a token written
here is what gets stored; titles may change, tokens must not.
"""

from dataclasses import dataclass
from putian.policy.rules.common.errors import unknown_choice
from types import MappingProxyType


@dataclass(frozen=True)
class Term:
    """One entry of a vocabulary: stored token, Chinese and English title."""

    token: str
    title_zh: str
    title_en: str


# 事项类型 (R3). The two letters are also the head of the base code (R2).
ITEM_CATEGORIES = (
    Term("XK", "行政许可", "Administrative licensing"),
    Term("QR", "行政确认", "Administrative confirmation"),
    Term("JF", "行政给付", "Administrative payment"),
    Term("JL", "行政奖励", "Administrative reward"),
    Term("CJ", "行政裁决", "Administrative adjudication"),
    Term("CF", "行政处罚", "Administrative penalty"),
    Term("QZ", "行政强制", "Administrative enforcement"),
    Term("ZS", "行政征收", "Administrative levy"),
    Term("JC", "行政检查", "Administrative inspection"),
    Term("QT", "其他行政权力", "Other administrative power"),
    Term("GG", "公共服务", "Public service"),
)

# 实施层级 (R2: one standard shared by every level).
LEVELS = (
    Term("city", "市级", "City"),
    Term("county", "县（区）级", "County or district"),
    Term("township", "乡镇（街道）级", "Township or subdistrict"),
    Term("village", "村（社区）级", "Village or community"),
)

# 事项状态 (R1).
LIFECYCLE_STATUSES = (
    Term("retained", "保留", "Retained"),
    Term("cancelled", "取消", "Cancelled"),
    Term("filing", "改为备案", "Changed to filing"),
    Term("commitment", "实行告知承诺", "Notification and commitment"),
    Term("optimized", "转化优化", "Converted and optimized"),
)

# R1: a reformed item may be cancelled or restored; a cancelled item is
# history, so nothing leaves "cancelled" (re-creating it is a new item).
ALLOWED_LIFECYCLE_CHANGES = MappingProxyType(
    {
        "retained": frozenset({"cancelled", "filing", "commitment", "optimized"}),
        "filing": frozenset({"cancelled", "retained"}),
        "commitment": frozenset({"cancelled", "retained"}),
        "optimized": frozenset({"cancelled", "retained"}),
        "cancelled": frozenset(),
    }
)

# 跑动次数 (R17).
TRIPS = (
    Term("0", "一趟不用跑", "No trip needed"),
    Term("1", "最多跑一趟", "At most one trip"),
    Term("2", "需跑多趟", "Several trips"),
)

# 网上办理深度 (R17).
ONLINE_DEPTHS = (
    Term("0", "不提供网上办理", "Not available online"),
    Term("1", "网上咨询（一级）", "Online consultation (level 1)"),
    Term("2", "网上预审（二级）", "Online pre-review (level 2)"),
    Term("3", "网上受理（三级）", "Online acceptance (level 3)"),
    Term("4", "全程网办（四级）", "Fully online (level 4)"),
)

# From level 3 the application itself is accepted online, which is what the
# plan counts as "online handling open" (网上可办).
ONLINE_OPEN_MIN_DEPTH = 3

# 法律依据层级 (R5).
LEGAL_BASIS_LEVELS = (
    Term("law", "法律", "Law"),
    Term("administrative_regulation", "行政法规", "Administrative regulation"),
    Term("local_regulation", "地方性法规", "Local regulation"),
    Term("ministry_rule", "部门规章", "Ministry rule"),
    Term("local_government_rule", "地方政府规章", "Local government rule"),
    Term(
        "ministry_normative",
        "国务院部门规范性文件",
        "Normative document of a State Council department",
    ),
    Term("provincial_normative", "省级规范性文件", "Provincial normative document"),
    Term(
        "municipal_normative",
        "设区的市级及以下规范性文件",
        "Normative document of a city or lower level",
    ),
    Term("other", "其他", "Other"),
)

# R5: only these may justify asking the applicant for a material; a city's
# or county's own document cannot add requirements.
ACCEPTED_MATERIAL_BASIS_LEVELS = frozenset(
    level.token for level in LEGAL_BASIS_LEVELS[:7]
)

# 材料必要性.
MATERIAL_REQUIREMENTS = (
    Term("required", "必须提交", "Always required"),
    Term("conditional", "特定情形下提交", "Required in specific situations"),
)

# 材料形式.
MATERIAL_FORMS = (
    Term("original", "原件", "Original"),
    Term("copy", "复印件", "Photocopy"),
    Term("electronic", "电子件", "Electronic document"),
)

# 办理形式 (R4).
HANDLING_FORMS = (
    Term("window", "窗口办理", "At the service window"),
    Term("online", "网上办理", "Online"),
    Term("mail", "邮寄办理", "By mail"),
    Term("self_service", "自助办理", "Self-service terminal"),
)

# 通办范围 (R4).
CROSS_AREA_SCOPES = (
    Term("none", "不通办", "Local office only"),
    Term("city", "全市通办", "Anywhere in the city"),
    Term("province", "全省通办", "Anywhere in the province"),
    Term("national", "跨省通办", "Across provinces"),
)

# 审查环节 (R11).
REVIEW_STAGES = (
    Term("accept", "受理", "Acceptance"),
    Term("review", "审查", "Review"),
    Term("decide", "决定", "Decision"),
)

# 审查工作细则要素 (R11), required for every stage.
REVIEW_ELEMENTS = (
    Term("applicable_situations", "适用情形", "Applicable situations"),
    Term("legal_review_content", "法定审查内容", "Statutory review content"),
    Term("review_points", "审查要点", "Review points"),
    Term("criteria", "审查标准", "Review criteria"),
    Term("procedure", "审查程序", "Review procedure"),
    Term("time_limit", "审查时限", "Review time limit"),
    Term("responsibility", "岗位责任", "Reviewer responsibility"),
    Term("conclusions", "审查结论", "Review conclusions"),
    Term("notes", "注意事项", "Notes"),
    Term(
        "improper_review_consequences",
        "审查不当的后果",
        "Consequences of improper review",
    ),
)

# 周末服务事项 (R15).
WEEKEND_SERVICES = (
    Term("real_estate", "不动产登记", "Real estate registration"),
    Term("housing_fund", "住房公积金", "Housing provident fund"),
    Term("medical_insurance", "医疗保险", "Medical insurance"),
    Term("social_insurance", "社会保险", "Social insurance"),
    Term("marriage", "婚姻登记", "Marriage registration"),
    Term("household", "户籍", "Household registration"),
    Term("traffic_police", "交通管理", "Traffic management"),
    Term("exit_entry", "出入境", "Exit and entry"),
)

# 大厅管理制度 (R16).
HALL_RULES = (
    Term("one_time_notice", "一次性告知", "One-time notification"),
    Term("first_contact", "首问负责", "First-contact responsibility"),
    Term("stand_in", "AB岗工作", "A/B stand-in posts"),
    Term("service_commitment", "服务承诺", "Service commitment"),
    Term("time_limited", "限时办结", "Time-limited completion"),
    Term("accountability", "责任追究", "Accountability"),
    Term("disclosure", "信息公开", "Information disclosure"),
    Term("no_veto", "窗口无否决权（“不能说不”）", "No veto at the window"),
    Term("weekend_service", "周末服务", "Weekend service"),
)

# 特殊环节 (R8): steps whose time does not count against the limit.
SPECIAL_STEP_KINDS = (
    Term("public_notice", "公示", "Public notice"),
    Term("hearing", "听证", "Hearing"),
    Term("tender", "招标", "Tender"),
    Term("auction", "拍卖", "Auction"),
    Term("inspection", "检验", "Inspection"),
    Term("testing", "检测", "Testing"),
    Term("quarantine", "检疫", "Quarantine"),
    Term("surveying", "测绘", "Surveying and mapping"),
    Term("appraisal", "鉴定", "Appraisal"),
    Term("expert_review", "专家评审", "Expert review"),
)

# Every vocabulary by name, for generating the Plone vocabularies.
VOCABULARIES = MappingProxyType(
    {
        "item_categories": ITEM_CATEGORIES,
        "levels": LEVELS,
        "lifecycle_statuses": LIFECYCLE_STATUSES,
        "trips": TRIPS,
        "online_depths": ONLINE_DEPTHS,
        "legal_basis_levels": LEGAL_BASIS_LEVELS,
        "material_requirements": MATERIAL_REQUIREMENTS,
        "material_forms": MATERIAL_FORMS,
        "handling_forms": HANDLING_FORMS,
        "cross_area_scopes": CROSS_AREA_SCOPES,
        "review_stages": REVIEW_STAGES,
        "review_elements": REVIEW_ELEMENTS,
        "weekend_services": WEEKEND_SERVICES,
        "hall_rules": HALL_RULES,
        "special_step_kinds": SPECIAL_STEP_KINDS,
    }
)


def tokens(vocabulary: tuple[Term, ...]) -> tuple[str, ...]:
    """The tokens of a vocabulary, in order."""
    return tuple(entry.token for entry in vocabulary)


def term(vocabulary: tuple[Term, ...], token: str) -> Term:
    """The term for ``token``; an unknown token is bad input."""
    for entry in vocabulary:
        if entry.token == token:
            return entry
    raise unknown_choice("unknown_token", token, tokens(vocabulary), "取值", "value")


def is_online_handling_open(depth: str) -> bool:
    """R17: the item can be applied for online (网上受理 or 全程网办)."""
    return int(term(ONLINE_DEPTHS, depth).token) >= ONLINE_OPEN_MIN_DEPTH
