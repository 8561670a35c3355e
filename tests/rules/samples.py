"""Sample data shared by the rule tests: the 食品经营许可 item of 莆田市.

Plain constants and builders; each builder returns a fresh dict that is
complete and passes every rule, and ``**changes`` replaces its keys.
"""

from putian.policy.rules.review_rules import review_rule_fields


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
