"""Sample data shared by the rule tests: the 食品经营许可 item of 莆田市.

Plain constants and builders; each builder returns a fresh dict that is
complete and passes every rule, and ``**changes`` replaces its keys.
"""

from datetime import date
from putian.policy.rules.catalogue.review_rules import review_rule_fields


FOOD_SAFETY_LAW = {
    "level": "law",
    "name": "《中华人民共和国食品安全法》",
    "article": "第三十五条",
    "text": "国家对食品生产经营实行许可制度。",
}
LICENSING_MEASURES = {
    "level": "ministry_rule",
    "name": "《食品经营许可和备案管理办法》",
    "article": "第十一条",
}
# Municipal: below the levels that may require a material (R5).
MUNICIPAL_NOTICE = {
    "level": "municipal_normative",
    "name": "《莆田市食品经营许可审查工作规程》",
    "article": "第五条",
}


def food_licence(**changes) -> dict:
    """The catalogue item (main item, not a sub-item)."""
    item = {
        "title": "食品经营许可",
        "category": "XK",
        "base_code": "XK00012000",
        "legal_basis": [FOOD_SAFETY_LAW],
        "implementing_organ": "莆田市市场监督管理局",
        "trips": "1",
        "online_depth": "4",
        "statutory_limit_days": 10,
        "committed_limit_days": 5,
        "limit_exemption_reason": None,
        "lifecycle_status": "retained",
    }
    item.update(changes)
    return item


def food_material(**changes) -> dict:
    """One application material: by default the application form."""
    material = {
        "name": "食品经营许可申请书",
        "requirement": "required",
        "condition": None,
        "copies": 1,
        "form": "original",
        "legal_basis": [LICENSING_MEASURES],
        "shareable": False,
        "obtained_by_sharing": False,
    }
    material.update(changes)
    return material


def food_materials() -> list[dict]:
    """The materials of the guide: three asked of the applicant, one fetched."""
    return [
        food_material(),
        # Held by the market bureau itself: fetched, never asked for.
        food_material(
            name="营业执照",
            form="copy",
            shareable=True,
            obtained_by_sharing=True,
        ),
        food_material(
            name="法定代表人授权委托书",
            requirement="conditional",
            condition="委托他人代为办理的",
        ),
        food_material(name="食品安全管理制度", form="electronic", copies=None),
    ]


def food_guide(**changes) -> dict:
    """The service guide (办事指南) of the item: the guide's own elements."""
    guide = {
        "result_name": "食品经营许可证",
        "result_sample": "食品经营许可证（样本）.pdf",
        "fee_standard": "工本费每证10元",
        "fee_basis": "《行政事业性收费标准管理办法》（发改价格规〔2018〕988号）",
        "materials": food_materials(),
        "procedure": "申请—受理—审查—决定—送达",
        "handling_forms": ["window", "online"],
        "review_criteria": "符合《食品经营许可和备案管理办法》第十二条规定的条件",
        "cross_area_scope": "city",
        "appointment": True,
        "online_payment": False,
        "courier_delivery": True,
        "location": "莆田市行政服务中心市场监管窗口（荔城区）",
        "office_hours": "工作日上午8:00—12:00，下午14:30—17:30",
        "consultation_phone": "0594-2345678",
        "supervision_phone": "12345",
    }
    guide.update(changes)
    return guide


def food_review_rules(**changes) -> dict:
    """The review work rules (审查工作细则): all thirty elements filled in."""
    rules = {
        field.name: f"{field.stage.title_zh}环节：{field.element.title_zh}的具体规定"
        for field in review_rule_fields()
    }
    rules.update(changes)
    return rules


# -- approval flows (R6-R10, R14) ------------------------------------------

FOOD_BUREAU = "莆田市市场监督管理局"
HOUSING_BUREAU = "莆田市住房和城乡建设局"
LAND_BUREAU = "莆田市自然资源局"
FIRE_BRIGADE = "莆田市消防救援支队"


def flow_step(kind: str, name: str, days: int, **changes) -> dict:
    """One counted step of a flow."""
    step = {
        "kind": kind,
        "name": name,
        "department": FOOD_BUREAU,
        "role": None,
        "working_days": days,
        "parallel_group": None,
    }
    step.update(changes)
    return step


def food_flow(**changes) -> dict:
    """食品经营许可: single-organ, 受理 1 day → 审查 5 days → 决定 2 days."""
    flow = {
        "kind": "single",
        "form": "standard",
        "lead_department": None,
        "cooperating_departments": [],
        "steps": [
            flow_step("accept", "受理", 1, role="窗口受理人员"),
            flow_step("review", "审查", 5, role="食品经营许可审查员"),
            flow_step("decide", "决定", 2, role="分管局领导"),
        ],
        "special_steps": [],
        "complex_exemption_reason": None,
        "formal_review_only": False,
    }
    flow.update(changes)
    return flow


def food_flow_limits(**changes) -> dict:
    """The limits the food flow is checked against: committed 10 of 20."""
    limits = {
        "statutory_limit_days": 20,
        "committed_limit_days": 10,
        "limit_exemption_reason": None,
    }
    limits.update(changes)
    return limits


def cooperation(department: str, opinion_days: int, **changes) -> dict:
    """A cooperating department of a joint flow, every duty written out."""
    entry = {
        "department": department,
        "duties": f"{department}负责本部门职责范围内的审查并出具意见",
        "handover_points": "住建局受理后推送申请材料；审查意见回传住建局",
        "material_transfer": "通过审批系统电子流转，不要求申请人重复提交",
        "opinion_deadline_days": opinion_days,
    }
    entry.update(changes)
    return entry


def construction_flow(**changes) -> dict:
    """建筑工程施工许可: joint flow led by 住建局, a parallel joint review.

    受理 1 day → 联合审查 (住建局 3, 自然资源局 4, 消防 2 days side by side,
    so 4 days) → 决定 2 days: 7 counted days.
    """
    group = "联合审查"
    flow = {
        "kind": "joint",
        "form": "standard",
        "lead_department": HOUSING_BUREAU,
        "cooperating_departments": [
            cooperation(LAND_BUREAU, 4, duties="核查建设工程规划许可及用地情况"),
            cooperation(FIRE_BRIGADE, 2, duties="核查消防设计审查意见"),
        ],
        "steps": [
            flow_step("accept", "受理", 1, department=HOUSING_BUREAU),
            flow_step(
                "review",
                "施工条件审查",
                3,
                department=HOUSING_BUREAU,
                parallel_group=group,
            ),
            flow_step(
                "review",
                "规划用地核查",
                4,
                department=LAND_BUREAU,
                parallel_group=group,
            ),
            flow_step(
                "review",
                "消防设计核查",
                2,
                department=FIRE_BRIGADE,
                parallel_group=group,
            ),
            flow_step("decide", "决定", 2, department=HOUSING_BUREAU),
        ],
        "special_steps": [],
        "complex_exemption_reason": None,
        "formal_review_only": False,
    }
    flow.update(changes)
    return flow


def construction_limits(**changes) -> dict:
    """Committed 7 of 15 statutory working days."""
    return food_flow_limits(
        **{"statutory_limit_days": 15, "committed_limit_days": 7, **changes}
    )


def site_inspection(**changes) -> dict:
    """现场核查: an inspection the law requires; no committee approval needed."""
    special = {
        "kind": "inspection",
        "name": "现场核查",
        "duration_days": 3,
        "legal_basis": "《食品经营许可和备案管理办法》第二十条",
        "required_by_law": True,
        "committee_approval_date": None,
        "committee_document": None,
        "explanation": "对经营场所进行现场核查，所需时间不计入审批时限",
        "after_step": 0,
    }
    special.update(changes)
    return special


def expert_review(**changes) -> dict:
    """专家评审: not required by law, approved by the service-centre committee."""
    special = {
        "kind": "expert_review",
        "name": "专家评审",
        "duration_days": 5,
        "legal_basis": None,
        "required_by_law": False,
        "committee_approval_date": date(2024, 3, 15),
        "committee_document": "莆审管委〔2024〕3号",
        "explanation": "组织专家对技术方案进行评审，所需时间不计入审批时限",
        "after_step": 1,
    }
    special.update(changes)
    return special


def renewal_flow(**changes) -> dict:
    """食品经营许可延续: one review, one approval (一审一核), 2 + 1 days."""
    return food_flow(
        **{
            "form": "one_review_one_approval",
            "steps": [
                flow_step("review", "受理审查", 2, role="审查员"),
                flow_step("decide", "核准", 1, role="审批科科长"),
            ],
            **changes,
        }
    )


def deregistration_flow(**changes) -> dict:
    """食品经营许可注销: formal review only, decided on the spot (即办件).

    It passes every rule with a committed limit of 0 (R10).
    """
    return food_flow(
        **{
            "form": "one_review_one_approval",
            "formal_review_only": True,
            "steps": [
                flow_step("accept", "受理", 0, role="窗口受理人员"),
                flow_step("decide", "办结", 0, role="窗口受理人员"),
            ],
            **changes,
        }
    )


# -- cases (办件) of the 食品经营许可 item ----------------------------------

MARKET_BUREAU_NAME = "莆田市市场监督管理局"
RECONSIDERATION_BODY = "莆田市人民政府"
COURT = "莆田市城厢区人民法院"


def food_case(**changes) -> dict:
    """A case accepted on Friday 2025-01-24, just before the Spring Festival.

    Statutory limit 20 working days, committed limit 10 (R9: 50%).
    """
    case = {
        "accepted_on": date(2025, 1, 24),
        "statutory_days": 20,
        "committed_days": 10,
        "suspensions": [],
        "extension_days": 0,
    }
    case.update(changes)
    return case


def food_correction_notice() -> list[dict]:
    """一次性告知: every missing or faulty material, and how to correct it."""
    return [
        {
            "material": "食品经营许可申请书",
            "problem": "未经法定代表人签字",
            "how_to_fix": "由法定代表人签字并加盖公章后重新提交",
        },
        {
            "material": "经营场所平面布局图",
            "problem": "未标明食品处理区与非食品处理区",
            "how_to_fix": "按比例标注各功能区位置和面积后重新提交",
        },
        {
            "material": "食品安全管理制度",
            "problem": "缺少",
            "how_to_fix": "提交包含进货查验、从业人员健康管理等内容的管理制度文本",
        },
    ]


def food_denial(**changes) -> dict:
    """The paper a denial needs: its reasons and both remedies (R13)."""
    notice = (
        f"申请人如对{MARKET_BUREAU_NAME}作出的本决定不服，可在收到本决定书之日起"
        f"六十日内向{RECONSIDERATION_BODY}申请行政复议，或者在六个月内向{COURT}"
        "提起行政诉讼。"
    )
    denial = {
        "reason": "经现场核查，经营场所与有毒有害场所的距离不符合"
        "《食品经营许可审查通则》规定的要求",
        "reconsideration_notice": notice,
        "litigation_notice": notice,
    }
    denial.update(changes)
    return denial


def acceptance_receipt(**changes) -> dict:
    """受理单 of the food case: number, time limit, query, delivery, fees."""
    receipt = {
        "number": "SCJGJ-20250124-0007",
        "time_limit": "法定办结时限20个工作日，承诺办结时限10个工作日",
        "progress_query": "凭受理单编号和查询码登录莆田市网上办事大厅查询，或拨打12345",
        "result_delivery": "邮寄送达",
        "fees": "不收费",
    }
    receipt.update(changes)
    return receipt
