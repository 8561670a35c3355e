"""Approval and service items of the demo catalogue, as a table.

Legal bases cite real laws and regulations; time limits are the statutory
ones (working days) with a committed limit of at most half of them, or 0
for an instant item (即办件). Codes are the demo's own numbering.
"""

from typing import NamedTuple


LAW = "law"
REGULATION = "administrative_regulation"
RULE = "ministry_rule"


class Basis(NamedTuple):
    level: str
    name: str
    article: str


class Material(NamedTuple):
    name: str
    basis: Basis
    form: str = "original"
    # Held by another department: fetched by sharing, not asked for.
    shared: bool = False
    condition: str | None = None


class Item(NamedTuple):
    department: str
    base_code: str
    title: str
    basis: Basis
    statutory: int | None
    committed: int
    result: str
    materials: tuple
    trips: str = "1"
    online_depth: str = "4"
    # Items inside a main item: the main item's base code.
    main_item: str | None = None
    # What people call the item (俗称); search finds it under each.
    aliases: tuple = ()


BUSINESS_LICENCE = Material(
    "营业执照",
    Basis(LAW, "《中华人民共和国行政许可法》", "第三十一条"),
    form="electronic",
    shared=True,
)
ID_CARD = Material(
    "申请人居民身份证",
    Basis(LAW, "《中华人民共和国居民身份证法》", "第十四条"),
    form="electronic",
    shared=True,
)
POWER_OF_ATTORNEY = Material(
    "授权委托书",
    Basis(LAW, "《中华人民共和国行政许可法》", "第二十九条"),
    condition="委托他人代为办理的",
)

FOOD_SAFETY = Basis(LAW, "《中华人民共和国食品安全法》", "第三十五条")
FOOD_RULE = Basis(RULE, "《食品经营许可和备案管理办法》", "第十三条")
FOOD_PRODUCTION_RULE = Basis(RULE, "《食品生产许可管理办法》", "第十三条")
CONSTRUCTION_RULE = Basis(RULE, "《建筑工程施工许可管理办法》", "第四条")
PLANNING_LAW = Basis(LAW, "《中华人民共和国城乡规划法》", "第四十条")
REAL_ESTATE = Basis(REGULATION, "《不动产登记暂行条例》", "第十六条")
ROAD_TRANSPORT = Basis(REGULATION, "《中华人民共和国道路运输条例》", "第十条")
MEDICAL = Basis(REGULATION, "《医疗机构管理条例》", "第十五条")
SOCIAL_GROUPS = Basis(REGULATION, "《社会团体登记管理条例》", "第十一条")
EIA = Basis(LAW, "《中华人民共和国环境影响评价法》", "第二十二条")
HAZARDOUS = Basis(REGULATION, "《危险化学品安全管理条例》", "第三十四条")


ITEMS = (
    # 莆田市发展和改革委员会
    Item(
        "fgw",
        "XK00001000",
        "企业投资项目核准",
        Basis(REGULATION, "《企业投资项目核准和备案管理条例》", "第六条"),
        20,
        10,
        "项目核准文件",
        (
            Material(
                "项目申请书",
                Basis(REGULATION, "《企业投资项目核准和备案管理条例》", "第七条"),
            ),
            Material(
                "城乡规划行政主管部门出具的选址意见书",
                Basis(REGULATION, "《企业投资项目核准和备案管理条例》", "第八条"),
                form="electronic",
                shared=True,
            ),
            BUSINESS_LICENCE,
        ),
    ),
    Item(
        "fgw",
        "QT00001000",
        "企业投资项目备案",
        Basis(REGULATION, "《企业投资项目核准和备案管理条例》", "第十三条"),
        None,
        0,
        "项目备案证明",
        (
            Material(
                "项目备案信息表",
                Basis(REGULATION, "《企业投资项目核准和备案管理条例》", "第十三条"),
                form="electronic",
            ),
            BUSINESS_LICENCE,
        ),
        trips="0",
    ),
    # 莆田市市场监督管理局
    Item(
        "scjgj",
        "XK00012000",
        "食品经营许可",
        FOOD_SAFETY,
        20,
        10,
        "食品经营许可证",
        (
            Material("食品经营许可申请书", FOOD_RULE),
            BUSINESS_LICENCE,
            Material(
                "与食品经营相适应的主要设备设施、经营布局、操作流程等文件", FOOD_RULE
            ),
            POWER_OF_ATTORNEY,
        ),
        aliases=("办餐饮证", "开饭店"),
    ),
    Item(
        "scjgj",
        "XK00013000",
        "食品生产许可",
        FOOD_SAFETY,
        20,
        10,
        "食品生产许可证",
        (
            Material("食品生产许可申请书", FOOD_PRODUCTION_RULE),
            Material("食品生产设备布局图和食品生产工艺流程图", FOOD_PRODUCTION_RULE),
            Material("食品生产主要设备、设施清单", FOOD_PRODUCTION_RULE),
            BUSINESS_LICENCE,
        ),
    ),
    Item(
        "scjgj",
        "XK00014000",
        "特种设备使用登记",
        Basis(LAW, "《中华人民共和国特种设备安全法》", "第三十三条"),
        15,
        5,
        "特种设备使用登记证",
        (
            Material(
                "特种设备使用登记表",
                Basis(LAW, "《中华人民共和国特种设备安全法》", "第三十三条"),
            ),
            Material(
                "特种设备产品合格证",
                Basis(LAW, "《中华人民共和国特种设备安全法》", "第二十一条"),
                form="copy",
            ),
            BUSINESS_LICENCE,
        ),
    ),
    Item(
        "scjgj",
        "XK00015000",
        "计量标准器具核准",
        Basis(LAW, "《中华人民共和国计量法》", "第八条"),
        20,
        10,
        "计量标准考核证书",
        (
            Material(
                "计量标准考核（复查）申请书",
                Basis(RULE, "《计量标准考核办法》", "第九条"),
            ),
            Material(
                "计量标准技术报告",
                Basis(RULE, "《计量标准考核办法》", "第九条"),
            ),
        ),
        online_depth="3",
    ),
    Item(
        "scjgj",
        "CF00016000",
        "对未取得食品生产经营许可从事食品生产经营活动的行政处罚",
        Basis(LAW, "《中华人民共和国食品安全法》", "第一百二十二条"),
        90,
        45,
        "行政处罚决定书",
        (
            Material(
                "陈述申辩书",
                Basis(LAW, "《中华人民共和国行政处罚法》", "第四十五条"),
                condition="当事人提出陈述、申辩的",
            ),
            Material(
                "听证申请书",
                Basis(LAW, "《中华人民共和国行政处罚法》", "第六十四条"),
                condition="当事人要求听证的",
            ),
        ),
        online_depth="1",
    ),
    Item(
        "scjgj",
        "JC00017000",
        "对食品生产经营者的监督检查",
        Basis(LAW, "《中华人民共和国食品安全法》", "第一百一十条"),
        None,
        10,
        "监督检查记录",
        (
            Material(
                "食品生产经营者自查报告",
                Basis(LAW, "《中华人民共和国食品安全法》", "第四十七条"),
                condition="检查时发现问题需整改的",
            ),
            BUSINESS_LICENCE,
        ),
        online_depth="1",
    ),
    # 莆田市住房和城乡建设局
    Item(
        "zjj",
        "XK00021000",
        "建筑工程施工许可证核发",
        Basis(LAW, "《中华人民共和国建筑法》", "第七条"),
        7,
        3,
        "建筑工程施工许可证",
        (
            Material("建筑工程施工许可申请表", CONSTRUCTION_RULE),
            Material(
                "建设工程规划许可证",
                CONSTRUCTION_RULE,
                form="electronic",
                shared=True,
            ),
            Material("施工合同及施工单位确定文件", CONSTRUCTION_RULE, form="copy"),
        ),
    ),
    Item(
        "zjj",
        "XK00022000",
        "商品房预售许可",
        Basis(LAW, "《中华人民共和国城市房地产管理法》", "第四十五条"),
        10,
        5,
        "商品房预售许可证",
        (
            Material(
                "商品房预售许可申请表",
                Basis(RULE, "《城市商品房预售管理办法》", "第七条"),
            ),
            Material(
                "工程施工合同及关于施工进度的说明",
                Basis(RULE, "《城市商品房预售管理办法》", "第七条"),
                form="copy",
            ),
            Material(
                "商品房预售方案",
                Basis(RULE, "《城市商品房预售管理办法》", "第七条"),
            ),
        ),
    ),
    Item(
        "zjj",
        "XK00023000",
        "建筑业企业资质核准",
        Basis(LAW, "《中华人民共和国建筑法》", "第十三条"),
        20,
        10,
        "建筑业企业资质证书",
        (
            Material(
                "建筑业企业资质申请表",
                Basis(RULE, "《建筑业企业资质管理规定》", "第十四条"),
                form="electronic",
            ),
            BUSINESS_LICENCE,
            Material(
                "企业主要人员证明材料",
                Basis(RULE, "《建筑业企业资质管理规定》", "第十四条"),
                form="copy",
            ),
        ),
    ),
    Item(
        "zjj",
        "XK00024000",
        "房地产开发企业资质核定",
        Basis(REGULATION, "《城市房地产开发经营管理条例》", "第九条"),
        20,
        10,
        "房地产开发企业资质证书",
        (
            Material(
                "房地产开发企业资质申请表",
                Basis(RULE, "《房地产开发企业资质管理规定》", "第六条"),
            ),
            BUSINESS_LICENCE,
        ),
    ),
    Item(
        "zjj",
        "XK00025000",
        "城镇污水排入排水管网许可",
        Basis(REGULATION, "《城镇排水与污水处理条例》", "第二十一条"),
        15,
        5,
        "城镇污水排入排水管网许可证",
        (
            Material(
                "排水许可申请表",
                Basis(RULE, "《城镇污水排入排水管网许可管理办法》", "第八条"),
            ),
            Material(
                "排水户内部排水管网、专用检测井、污水排放口位置和口径的图纸及说明",
                Basis(RULE, "《城镇污水排入排水管网许可管理办法》", "第八条"),
            ),
            BUSINESS_LICENCE,
        ),
    ),
    # 莆田市自然资源局
    Item(
        "zrzyj",
        "XK00031000",
        "建设项目用地预审与选址意见书核发",
        Basis(LAW, "《中华人民共和国土地管理法》", "第五十二条"),
        20,
        10,
        "建设项目用地预审与选址意见书",
        (
            Material(
                "建设项目用地预审与选址申请表",
                Basis(RULE, "《建设项目用地预审管理办法》", "第六条"),
            ),
            Material(
                "建设项目用地预审与选址申请报告",
                Basis(RULE, "《建设项目用地预审管理办法》", "第六条"),
            ),
        ),
    ),
    Item(
        "zrzyj",
        "XK00032000",
        "建设工程规划许可证核发",
        PLANNING_LAW,
        20,
        7,
        "建设工程规划许可证",
        (
            Material("建设工程规划许可申请表", PLANNING_LAW),
            Material(
                "使用土地的有关证明文件", PLANNING_LAW, form="electronic", shared=True
            ),
            Material("建设工程设计方案", PLANNING_LAW),
        ),
    ),
    Item(
        "zrzyj",
        "XK00033000",
        "乡村建设规划许可证核发",
        Basis(LAW, "《中华人民共和国城乡规划法》", "第四十一条"),
        20,
        10,
        "乡村建设规划许可证",
        (
            Material(
                "乡村建设规划许可申请表",
                Basis(LAW, "《中华人民共和国城乡规划法》", "第四十一条"),
            ),
            ID_CARD,
        ),
        online_depth="3",
    ),
    Item(
        "zrzyj",
        "CJ00031000",
        "土地权属争议调处",
        Basis(LAW, "《中华人民共和国土地管理法》", "第十四条"),
        None,
        60,
        "土地权属争议处理决定书",
        (
            Material(
                "土地权属争议调处申请书",
                Basis(RULE, "《土地权属争议调查处理办法》", "第十一条"),
            ),
            Material(
                "土地权属争议的事实、理由和证据材料",
                Basis(RULE, "《土地权属争议调查处理办法》", "第十一条"),
                form="copy",
            ),
        ),
        trips="2",
        online_depth="2",
    ),
    Item(
        "zrzyj",
        "QR00031000",
        "不动产登记",
        REAL_ESTATE,
        30,
        5,
        "不动产权证书或不动产登记证明",
        (
            Material("不动产登记申请书", REAL_ESTATE),
            Material("申请人身份证明", REAL_ESTATE, form="electronic", shared=True),
            Material("相关的不动产权属来源证明材料", REAL_ESTATE, form="copy"),
        ),
    ),
    Item(
        "zrzyj",
        "QR00031001",
        "国有建设用地使用权及房屋所有权首次登记",
        REAL_ESTATE,
        30,
        5,
        "不动产权证书",
        (
            Material("不动产登记申请书", REAL_ESTATE),
            Material("房屋竣工验收资料", REAL_ESTATE, form="copy"),
            Material("申请人身份证明", REAL_ESTATE, form="electronic", shared=True),
        ),
        main_item="QR00031000",
    ),
    Item(
        "zrzyj",
        "QR00031002",
        "国有建设用地使用权及房屋所有权转移登记",
        REAL_ESTATE,
        30,
        3,
        "不动产权证书",
        (
            Material("不动产登记申请书", REAL_ESTATE),
            Material("不动产买卖合同", REAL_ESTATE, form="copy"),
            Material("申请人身份证明", REAL_ESTATE, form="electronic", shared=True),
        ),
        main_item="QR00031000",
    ),
    Item(
        "zrzyj",
        "QR00031003",
        "不动产抵押权登记",
        REAL_ESTATE,
        30,
        1,
        "不动产登记证明",
        (
            Material("不动产登记申请书", REAL_ESTATE),
            Material("抵押合同与主债权合同", REAL_ESTATE, form="copy"),
        ),
        main_item="QR00031000",
    ),
    # 莆田市交通运输局
    Item(
        "jtysj",
        "XK00041000",
        "道路旅客运输经营许可",
        ROAD_TRANSPORT,
        20,
        10,
        "道路运输经营许可证",
        (
            Material(
                "道路旅客运输经营申请表",
                Basis(RULE, "《道路旅客运输及客运站管理规定》", "第十二条"),
            ),
            Material(
                "企业章程文本",
                Basis(RULE, "《道路旅客运输及客运站管理规定》", "第十二条"),
            ),
            BUSINESS_LICENCE,
        ),
    ),
    Item(
        "jtysj",
        "XK00042000",
        "道路货物运输经营许可",
        Basis(REGULATION, "《中华人民共和国道路运输条例》", "第二十四条"),
        20,
        5,
        "道路运输经营许可证",
        (
            Material(
                "道路货物运输经营申请表",
                Basis(RULE, "《道路货物运输及站场管理规定》", "第九条"),
            ),
            Material(
                "安全生产管理制度文本",
                Basis(RULE, "《道路货物运输及站场管理规定》", "第九条"),
            ),
        ),
    ),
    Item(
        "jtysj",
        "XK00043000",
        "出租汽车经营许可",
        Basis(
            REGULATION,
            "《国务院对确需保留的行政审批项目设定行政许可的决定》",
            "第112项",
        ),
        20,
        10,
        "道路运输经营许可证",
        (
            Material(
                "巡游出租汽车经营申请表",
                Basis(RULE, "《巡游出租汽车经营服务管理规定》", "第九条"),
            ),
            Material(
                "车辆、停车场地等有关证明材料",
                Basis(RULE, "《巡游出租汽车经营服务管理规定》", "第九条"),
                form="copy",
            ),
        ),
    ),
    Item(
        "jtysj",
        "XK00044000",
        "公路超限运输许可",
        Basis(LAW, "《中华人民共和国公路法》", "第五十条"),
        5,
        2,
        "超限运输车辆通行证",
        (
            Material(
                "公路超限运输申请表",
                Basis(RULE, "《超限运输车辆行驶公路管理规定》", "第九条"),
                form="electronic",
            ),
            Material(
                "车辆行驶证",
                Basis(RULE, "《超限运输车辆行驶公路管理规定》", "第九条"),
                form="electronic",
                shared=True,
            ),
        ),
        trips="0",
    ),
    Item(
        "jtysj",
        "QT00041000",
        "机动车维修经营备案",
        Basis(REGULATION, "《中华人民共和国道路运输条例》", "第四十条"),
        None,
        0,
        "机动车维修经营备案回执",
        (
            Material(
                "机动车维修经营备案表",
                Basis(RULE, "《机动车维修管理规定》", "第十五条"),
            ),
            BUSINESS_LICENCE,
        ),
        trips="0",
    ),
    # 莆田市卫生健康委员会
    Item(
        "wjw",
        "XK00051000",
        "医疗机构执业登记",
        MEDICAL,
        45,
        20,
        "医疗机构执业许可证",
        (
            Material("医疗机构申请执业登记注册书", MEDICAL),
            Material("医疗机构用房产权证明或者使用证明", MEDICAL, form="copy"),
            Material("医疗机构规章制度", MEDICAL),
        ),
    ),
    Item(
        "wjw",
        "XK00052000",
        "医师执业注册",
        Basis(LAW, "《中华人民共和国医师法》", "第十三条"),
        20,
        5,
        "医师执业证书",
        (
            Material(
                "医师执业注册申请审核表",
                Basis(RULE, "《医师执业注册管理办法》", "第九条"),
            ),
            Material(
                "医师资格证书",
                Basis(RULE, "《医师执业注册管理办法》", "第九条"),
                form="electronic",
                shared=True,
            ),
            ID_CARD,
        ),
        trips="0",
    ),
    Item(
        "wjw",
        "XK00053000",
        "公共场所卫生许可",
        Basis(REGULATION, "《公共场所卫生管理条例》", "第八条"),
        20,
        5,
        "公共场所卫生许可证",
        (
            Material(
                "公共场所卫生许可申请表",
                Basis(RULE, "《公共场所卫生管理条例实施细则》", "第二十二条"),
            ),
            BUSINESS_LICENCE,
            Material(
                "公共场所地址方位示意图、平面图和卫生设施平面布局图",
                Basis(RULE, "《公共场所卫生管理条例实施细则》", "第二十二条"),
            ),
        ),
    ),
    Item(
        "wjw",
        "XK00054000",
        "母婴保健技术服务执业许可",
        Basis(LAW, "《中华人民共和国母婴保健法》", "第三十二条"),
        20,
        10,
        "母婴保健技术服务执业许可证",
        (
            Material(
                "母婴保健技术服务执业许可申请登记书",
                Basis(REGULATION, "《中华人民共和国母婴保健法实施办法》", "第三十五条"),
            ),
            Material(
                "卫生技术人员执业资格证明",
                Basis(REGULATION, "《中华人民共和国母婴保健法实施办法》", "第三十五条"),
                form="copy",
            ),
        ),
    ),
    Item(
        "wjw",
        "GG00051000",
        "出生医学证明办理",
        Basis(LAW, "《中华人民共和国母婴保健法》", "第二十三条"),
        None,
        0,
        "出生医学证明",
        (
            Material(
                "出生医学证明首次签发登记表",
                Basis(LAW, "《中华人民共和国母婴保健法》", "第二十三条"),
            ),
            Material(
                "父母亲有效身份证件",
                Basis(LAW, "《中华人民共和国居民身份证法》", "第十四条"),
                form="electronic",
                shared=True,
            ),
        ),
    ),
    # 莆田市教育局
    Item(
        "jyj",
        "XK00061000",
        "民办学校设立审批",
        Basis(LAW, "《中华人民共和国民办教育促进法》", "第十二条"),
        60,
        30,
        "民办学校办学许可证",
        (
            Material(
                "民办学校筹设申办报告",
                Basis(LAW, "《中华人民共和国民办教育促进法》", "第十四条"),
            ),
            Material(
                "民办学校章程",
                Basis(LAW, "《中华人民共和国民办教育促进法》", "第十七条"),
            ),
            Material(
                "资产来源、资金数额及有效证明文件",
                Basis(LAW, "《中华人民共和国民办教育促进法》", "第十四条"),
                form="copy",
            ),
        ),
        trips="2",
        online_depth="2",
    ),
    Item(
        "jyj",
        "QR00061000",
        "教师资格认定",
        Basis(LAW, "《中华人民共和国教师法》", "第十三条"),
        30,
        15,
        "教师资格证书",
        (
            Material(
                "教师资格认定申请表",
                Basis(REGULATION, "《教师资格条例》", "第十四条"),
                form="electronic",
            ),
            ID_CARD,
            Material(
                "体检合格证明",
                Basis(REGULATION, "《教师资格条例》", "第十四条"),
            ),
        ),
    ),
    Item(
        "jyj",
        "JF00061000",
        "家庭经济困难学生资助",
        Basis(LAW, "《中华人民共和国教育法》", "第三十八条"),
        None,
        10,
        "学生资助发放结果",
        (
            Material(
                "家庭经济困难学生认定申请表",
                Basis(LAW, "《中华人民共和国教育法》", "第三十八条"),
            ),
            ID_CARD,
        ),
    ),
    Item(
        "jyj",
        "JL00061000",
        "教学成果奖励",
        Basis(REGULATION, "《教学成果奖励条例》", "第六条"),
        None,
        30,
        "教学成果奖证书",
        (
            Material(
                "教学成果奖推荐书",
                Basis(REGULATION, "《教学成果奖励条例》", "第八条"),
            ),
            Material(
                "教学成果总结报告",
                Basis(REGULATION, "《教学成果奖励条例》", "第八条"),
            ),
        ),
        online_depth="3",
    ),
    # 莆田市民政局
    Item(
        "mzj",
        "XK00071000",
        "社会团体成立登记",
        SOCIAL_GROUPS,
        60,
        20,
        "社会团体法人登记证书",
        (
            Material("社会团体成立登记申请书", SOCIAL_GROUPS),
            Material("社会团体章程草案", SOCIAL_GROUPS),
            Material("业务主管单位的批准文件", SOCIAL_GROUPS, form="copy"),
        ),
    ),
    Item(
        "mzj",
        "XK00072000",
        "民办非企业单位成立登记",
        Basis(REGULATION, "《民办非企业单位登记管理暂行条例》", "第八条"),
        60,
        20,
        "民办非企业单位登记证书",
        (
            Material(
                "民办非企业单位成立登记申请书",
                Basis(REGULATION, "《民办非企业单位登记管理暂行条例》", "第九条"),
            ),
            Material(
                "民办非企业单位章程草案",
                Basis(REGULATION, "《民办非企业单位登记管理暂行条例》", "第九条"),
            ),
        ),
    ),
    Item(
        "mzj",
        "XK00073000",
        "养老机构设立许可",
        Basis(LAW, "《中华人民共和国老年人权益保障法》", "第四十三条"),
        20,
        10,
        "养老机构设立许可证",
        (
            Material(
                "养老机构设立申请书",
                Basis(RULE, "《养老机构管理办法》", "第九条"),
            ),
            BUSINESS_LICENCE,
        ),
    ),
    Item(
        "mzj",
        "XK00074000",
        "社会团体分支机构、代表机构设立登记",
        Basis(REGULATION, "《社会团体登记管理条例》", "第十九条"),
        60,
        20,
        "社会团体分支机构登记证书",
        (
            Material(
                "分支机构设立登记申请书",
                Basis(REGULATION, "《社会团体登记管理条例》", "第十九条"),
            ),
            Material(
                "分支机构负责人身份证明",
                Basis(LAW, "《中华人民共和国居民身份证法》", "第十四条"),
                form="electronic",
                shared=True,
            ),
        ),
    ),
    Item(
        "mzj",
        "JF00071000",
        "最低生活保障金给付",
        Basis(REGULATION, "《社会救助暂行办法》", "第十一条"),
        30,
        15,
        "最低生活保障金",
        (
            Material(
                "最低生活保障申请书",
                Basis(REGULATION, "《社会救助暂行办法》", "第十一条"),
            ),
            Material(
                "家庭经济状况核对授权书",
                Basis(REGULATION, "《社会救助暂行办法》", "第十一条"),
            ),
            ID_CARD,
        ),
    ),
    Item(
        "mzj",
        "QR00071000",
        "内地居民婚姻登记",
        Basis(REGULATION, "《婚姻登记条例》", "第七条"),
        None,
        0,
        "结婚证",
        (
            Material(
                "本人的户口簿、身份证",
                Basis(REGULATION, "《婚姻登记条例》", "第五条"),
            ),
            Material(
                "本人无配偶以及与对方当事人没有直系血亲和三代以内旁系血亲关系的签字声明",
                Basis(REGULATION, "《婚姻登记条例》", "第五条"),
            ),
        ),
        online_depth="2",
    ),
    # 莆田市人力资源和社会保障局
    Item(
        "rsj",
        "XK00081000",
        "劳务派遣经营许可",
        Basis(LAW, "《中华人民共和国劳动合同法》", "第五十七条"),
        20,
        10,
        "劳务派遣经营许可证",
        (
            Material(
                "劳务派遣经营许可申请书",
                Basis(RULE, "《劳务派遣行政许可实施办法》", "第八条"),
            ),
            BUSINESS_LICENCE,
            Material(
                "劳务派遣管理制度",
                Basis(RULE, "《劳务派遣行政许可实施办法》", "第八条"),
            ),
        ),
    ),
    Item(
        "rsj",
        "XK00082000",
        "经营性人力资源服务机构从事职业中介活动许可",
        Basis(REGULATION, "《人力资源市场暂行条例》", "第十八条"),
        20,
        5,
        "人力资源服务许可证",
        (
            Material(
                "人力资源服务许可申请表",
                Basis(REGULATION, "《人力资源市场暂行条例》", "第十八条"),
            ),
            BUSINESS_LICENCE,
        ),
    ),
    Item(
        "rsj",
        "QR00081000",
        "工伤认定",
        Basis(REGULATION, "《工伤保险条例》", "第十七条"),
        60,
        30,
        "认定工伤决定书",
        (
            Material(
                "工伤认定申请表",
                Basis(REGULATION, "《工伤保险条例》", "第十八条"),
            ),
            Material(
                "与用人单位存在劳动关系的证明材料",
                Basis(REGULATION, "《工伤保险条例》", "第十八条"),
                form="copy",
            ),
            Material(
                "医疗诊断证明或者职业病诊断证明书",
                Basis(REGULATION, "《工伤保险条例》", "第十八条"),
                form="copy",
            ),
        ),
    ),
    Item(
        "rsj",
        "JF00081000",
        "失业保险金申领",
        Basis(LAW, "《中华人民共和国社会保险法》", "第四十五条"),
        None,
        5,
        "失业保险金",
        (
            Material(
                "失业保险金申领登记表",
                Basis(LAW, "《中华人民共和国社会保险法》", "第五十条"),
                form="electronic",
            ),
            ID_CARD,
        ),
        trips="0",
    ),
    Item(
        "rsj",
        "GG00081000",
        "社会保障卡申领",
        Basis(LAW, "《中华人民共和国社会保险法》", "第五十八条"),
        None,
        0,
        "社会保障卡",
        (
            Material(
                "社会保障卡申领登记表",
                Basis(LAW, "《中华人民共和国社会保险法》", "第五十八条"),
                form="electronic",
            ),
            ID_CARD,
        ),
        trips="0",
    ),
    # 莆田市生态环境局
    Item(
        "sthjj",
        "XK00091000",
        "建设项目环境影响报告书审批",
        EIA,
        60,
        30,
        "建设项目环境影响报告书批复",
        (
            Material("建设项目环境影响报告书", EIA),
            Material(
                "建设项目环境影响评价审批申请",
                Basis(LAW, "《中华人民共和国环境影响评价法》", "第二十二条"),
            ),
        ),
    ),
    Item(
        "sthjj",
        "XK00092000",
        "建设项目环境影响报告表审批",
        EIA,
        30,
        15,
        "建设项目环境影响报告表批复",
        (
            Material("建设项目环境影响报告表", EIA),
            Material("建设项目环境影响评价审批申请", EIA),
        ),
    ),
    Item(
        "sthjj",
        "XK00093000",
        "排污许可证核发",
        Basis(REGULATION, "《排污许可管理条例》", "第十三条"),
        20,
        10,
        "排污许可证",
        (
            Material(
                "排污许可证申请表",
                Basis(REGULATION, "《排污许可管理条例》", "第八条"),
                form="electronic",
            ),
            Material(
                "自行监测方案",
                Basis(REGULATION, "《排污许可管理条例》", "第八条"),
                form="electronic",
            ),
        ),
        trips="0",
    ),
    Item(
        "sthjj",
        "XK00094000",
        "危险废物经营许可",
        Basis(LAW, "《中华人民共和国固体废物污染环境防治法》", "第八十条"),
        20,
        10,
        "危险废物经营许可证",
        (
            Material(
                "危险废物经营许可证申请书",
                Basis(REGULATION, "《危险废物经营许可证管理办法》", "第九条"),
            ),
            Material(
                "技术人员的职称证书",
                Basis(REGULATION, "《危险废物经营许可证管理办法》", "第九条"),
                form="copy",
            ),
        ),
    ),
    # 莆田市农业农村局
    Item(
        "nyncj",
        "XK00101000",
        "农药经营许可",
        Basis(REGULATION, "《农药管理条例》", "第二十四条"),
        20,
        10,
        "农药经营许可证",
        (
            Material(
                "农药经营许可证申请表",
                Basis(RULE, "《农药经营许可管理办法》", "第九条"),
            ),
            BUSINESS_LICENCE,
            Material(
                "经营人员的学历或者培训证明",
                Basis(RULE, "《农药经营许可管理办法》", "第九条"),
                form="copy",
            ),
        ),
    ),
    Item(
        "nyncj",
        "XK00102000",
        "兽药经营许可证核发",
        Basis(REGULATION, "《兽药管理条例》", "第二十二条"),
        30,
        15,
        "兽药经营许可证",
        (
            Material(
                "兽药经营许可证申请表",
                Basis(REGULATION, "《兽药管理条例》", "第二十二条"),
            ),
            BUSINESS_LICENCE,
        ),
    ),
    Item(
        "nyncj",
        "XK00103000",
        "动物防疫条件合格证核发",
        Basis(LAW, "《中华人民共和国动物防疫法》", "第二十五条"),
        20,
        10,
        "动物防疫条件合格证",
        (
            Material(
                "动物防疫条件审查申请表",
                Basis(RULE, "《动物防疫条件审查办法》", "第二十八条"),
            ),
            Material(
                "场所地理位置图、各功能区布局平面图",
                Basis(RULE, "《动物防疫条件审查办法》", "第二十八条"),
            ),
        ),
    ),
    Item(
        "nyncj",
        "XK00104000",
        "农作物种子生产经营许可",
        Basis(LAW, "《中华人民共和国种子法》", "第三十一条"),
        20,
        10,
        "农作物种子生产经营许可证",
        (
            Material(
                "农作物种子生产经营许可证申请表",
                Basis(RULE, "《农作物种子生产经营许可管理办法》", "第十七条"),
            ),
            BUSINESS_LICENCE,
        ),
    ),
    Item(
        "nyncj",
        "JF00101000",
        "农机购置补贴",
        Basis(LAW, "《中华人民共和国农业机械化促进法》", "第二十七条"),
        None,
        10,
        "农机购置补贴资金",
        (
            Material(
                "农机购置补贴申请表",
                Basis(LAW, "《中华人民共和国农业机械化促进法》", "第二十七条"),
            ),
            ID_CARD,
            Material(
                "购机发票",
                Basis(LAW, "《中华人民共和国农业机械化促进法》", "第二十七条"),
                form="copy",
            ),
        ),
    ),
    # 莆田市文化和旅游局
    Item(
        "whlyj",
        "XK00111000",
        "娱乐场所经营许可",
        Basis(REGULATION, "《娱乐场所管理条例》", "第九条"),
        20,
        5,
        "娱乐经营许可证",
        (
            Material(
                "娱乐场所经营许可申请书",
                Basis(RULE, "《娱乐场所管理办法》", "第六条"),
            ),
            ID_CARD,
        ),
    ),
    Item(
        "whlyj",
        "XK00112000",
        "旅行社设立许可",
        Basis(REGULATION, "《旅行社条例》", "第六条"),
        20,
        10,
        "旅行社业务经营许可证",
        (
            Material(
                "旅行社设立申请书",
                Basis(REGULATION, "《旅行社条例实施细则》", "第八条"),
            ),
            Material(
                "经营场所的证明",
                Basis(REGULATION, "《旅行社条例实施细则》", "第八条"),
                form="copy",
            ),
            BUSINESS_LICENCE,
        ),
    ),
    Item(
        "whlyj",
        "XK00113000",
        "营业性演出许可",
        Basis(REGULATION, "《营业性演出管理条例》", "第十三条"),
        3,
        1,
        "营业性演出准予许可决定书",
        (
            Material(
                "营业性演出申请表",
                Basis(RULE, "《营业性演出管理条例实施细则》", "第十四条"),
            ),
            Material(
                "演出节目内容材料",
                Basis(RULE, "《营业性演出管理条例实施细则》", "第十四条"),
                form="electronic",
            ),
        ),
    ),
    Item(
        "whlyj",
        "XK00114000",
        "互联网上网服务营业场所经营许可",
        Basis(REGULATION, "《互联网上网服务营业场所管理条例》", "第十一条"),
        20,
        10,
        "网络文化经营许可证",
        (
            Material(
                "互联网上网服务营业场所经营许可申请书",
                Basis(REGULATION, "《互联网上网服务营业场所管理条例》", "第十一条"),
            ),
            BUSINESS_LICENCE,
        ),
    ),
    # 莆田市公安局
    Item(
        "gaj",
        "XK00121000",
        "旅馆业特种行业许可证核发",
        Basis(REGULATION, "《旅馆业治安管理办法》", "第四条"),
        20,
        10,
        "特种行业许可证",
        (
            Material(
                "旅馆业特种行业许可申请表",
                Basis(REGULATION, "《旅馆业治安管理办法》", "第四条"),
            ),
            BUSINESS_LICENCE,
            Material(
                "消防安全检查合格证明",
                Basis(REGULATION, "《旅馆业治安管理办法》", "第四条"),
                form="electronic",
                shared=True,
            ),
        ),
    ),
    Item(
        "gaj",
        "XK00122000",
        "大型群众性活动安全许可",
        Basis(REGULATION, "《大型群众性活动安全管理条例》", "第十三条"),
        7,
        3,
        "大型群众性活动安全许可决定书",
        (
            Material(
                "大型群众性活动安全许可申请表",
                Basis(REGULATION, "《大型群众性活动安全管理条例》", "第十二条"),
            ),
            Material(
                "大型群众性活动安全工作方案",
                Basis(REGULATION, "《大型群众性活动安全管理条例》", "第十二条"),
            ),
        ),
    ),
    Item(
        "gaj",
        "XK00123000",
        "剧毒化学品购买许可",
        HAZARDOUS,
        3,
        1,
        "剧毒化学品购买许可证",
        (
            Material(
                "剧毒化学品购买许可申请表",
                Basis(REGULATION, "《危险化学品安全管理条例》", "第三十九条"),
            ),
            BUSINESS_LICENCE,
        ),
    ),
    Item(
        "gaj",
        "QR00121000",
        "户口迁移登记",
        Basis(REGULATION, "《中华人民共和国户口登记条例》", "第十条"),
        None,
        0,
        "准予迁入证明",
        (
            Material(
                "户口迁移申请表",
                Basis(REGULATION, "《中华人民共和国户口登记条例》", "第十条"),
            ),
            ID_CARD,
        ),
        online_depth="3",
    ),
    # 莆田市应急管理局
    Item(
        "yjglj",
        "XK00131000",
        "危险化学品经营许可",
        HAZARDOUS,
        30,
        15,
        "危险化学品经营许可证",
        (
            Material(
                "危险化学品经营许可证申请表",
                Basis(RULE, "《危险化学品经营许可证管理办法》", "第十条"),
            ),
            Material(
                "安全生产规章制度和岗位操作规程目录清单",
                Basis(RULE, "《危险化学品经营许可证管理办法》", "第十条"),
            ),
            BUSINESS_LICENCE,
        ),
    ),
    Item(
        "yjglj",
        "XK00132000",
        "烟花爆竹经营（零售）许可",
        Basis(REGULATION, "《烟花爆竹安全管理条例》", "第十九条"),
        20,
        5,
        "烟花爆竹经营（零售）许可证",
        (
            Material(
                "烟花爆竹经营（零售）许可证申请书",
                Basis(RULE, "《烟花爆竹经营许可实施办法》", "第十八条"),
            ),
            Material(
                "零售经营场所平面布置图",
                Basis(RULE, "《烟花爆竹经营许可实施办法》", "第十八条"),
            ),
        ),
    ),
    Item(
        "yjglj",
        "QZ00131000",
        "对不符合保障安全生产的国家标准或者行业标准的设施、设备、器材予以查封或者扣押",
        Basis(LAW, "《中华人民共和国安全生产法》", "第六十五条"),
        30,
        15,
        "查封（扣押）决定书",
        (
            Material(
                "陈述申辩书",
                Basis(LAW, "《中华人民共和国行政强制法》", "第十八条"),
                condition="当事人提出陈述、申辩的",
            ),
            Material(
                "查封、扣押财物清单",
                Basis(LAW, "《中华人民共和国行政强制法》", "第二十四条"),
            ),
        ),
        online_depth="0",
    ),
    Item(
        "yjglj",
        "JC00131000",
        "对生产经营单位执行安全生产法律法规情况的监督检查",
        Basis(LAW, "《中华人民共和国安全生产法》", "第六十五条"),
        None,
        10,
        "安全生产监督检查记录",
        (
            Material(
                "安全生产管理制度",
                Basis(LAW, "《中华人民共和国安全生产法》", "第二十一条"),
            ),
            Material(
                "隐患排查治理记录",
                Basis(LAW, "《中华人民共和国安全生产法》", "第四十一条"),
            ),
        ),
        online_depth="1",
    ),
    # 莆田市水利局
    Item(
        "slj",
        "XK00141000",
        "取水许可",
        Basis(LAW, "《中华人民共和国水法》", "第四十八条"),
        45,
        20,
        "取水许可证",
        (
            Material(
                "取水许可申请书",
                Basis(REGULATION, "《取水许可和水资源费征收管理条例》", "第十一条"),
            ),
            Material(
                "建设项目水资源论证报告",
                Basis(REGULATION, "《取水许可和水资源费征收管理条例》", "第十一条"),
            ),
        ),
    ),
    Item(
        "slj",
        "XK00142000",
        "生产建设项目水土保持方案审批",
        Basis(LAW, "《中华人民共和国水土保持法》", "第二十五条"),
        20,
        10,
        "水土保持方案审批决定",
        (
            Material(
                "水土保持方案审批申请",
                Basis(LAW, "《中华人民共和国水土保持法》", "第二十五条"),
            ),
            Material(
                "水土保持方案报告书",
                Basis(LAW, "《中华人民共和国水土保持法》", "第二十五条"),
            ),
        ),
    ),
    Item(
        "slj",
        "XK00143000",
        "河道管理范围内建设项目工程建设方案审批",
        Basis(LAW, "《中华人民共和国水法》", "第三十八条"),
        20,
        10,
        "河道管理范围内建设项目审批意见",
        (
            Material(
                "河道管理范围内建设项目申请书",
                Basis(REGULATION, "《中华人民共和国河道管理条例》", "第十一条"),
            ),
            Material(
                "建设项目防洪评价报告",
                Basis(LAW, "《中华人民共和国防洪法》", "第二十七条"),
            ),
        ),
    ),
    Item(
        "slj",
        "ZS00141000",
        "水资源费征收",
        Basis(REGULATION, "《取水许可和水资源费征收管理条例》", "第二十八条"),
        None,
        5,
        "水资源费缴纳通知书",
        (
            Material(
                "取水量报表",
                Basis(REGULATION, "《取水许可和水资源费征收管理条例》", "第三十一条"),
            ),
            Material(
                "取水许可证",
                Basis(REGULATION, "《取水许可和水资源费征收管理条例》", "第二十八条"),
                form="electronic",
                shared=True,
            ),
        ),
        trips="0",
    ),
    # 莆田市商务局
    Item(
        "swj",
        "XK00151000",
        "报废机动车回收拆解企业资质认定",
        Basis(REGULATION, "《报废机动车回收管理办法》", "第六条"),
        20,
        10,
        "报废机动车回收拆解企业资质认定证书",
        (
            Material(
                "报废机动车回收拆解企业资质认定申请书",
                Basis(RULE, "《报废机动车回收管理办法实施细则》", "第十一条"),
            ),
            BUSINESS_LICENCE,
        ),
    ),
    Item(
        "swj",
        "QT00151000",
        "单用途商业预付卡发卡企业备案",
        Basis(RULE, "《单用途商业预付卡管理办法（试行）》", "第七条"),
        None,
        0,
        "备案通知书",
        (
            Material(
                "单用途卡业务备案表",
                Basis(RULE, "《单用途商业预付卡管理办法（试行）》", "第八条"),
                form="electronic",
            ),
            BUSINESS_LICENCE,
        ),
        trips="0",
    ),
    Item(
        "swj",
        "XK00152000",
        "拍卖企业设立许可",
        Basis(LAW, "《中华人民共和国拍卖法》", "第十一条"),
        30,
        15,
        "拍卖经营批准证书",
        (
            Material(
                "拍卖企业设立申请书",
                Basis(RULE, "《拍卖管理办法》", "第十一条"),
            ),
            Material(
                "拍卖企业章程",
                Basis(RULE, "《拍卖管理办法》", "第十一条"),
            ),
        ),
    ),
    # 莆田市城市管理局
    Item(
        "csglj",
        "XK00161000",
        "城市建筑垃圾处置核准",
        Basis(
            REGULATION,
            "《国务院对确需保留的行政审批项目设定行政许可的决定》",
            "第101项",
        ),
        20,
        5,
        "城市建筑垃圾处置核准决定书",
        (
            Material(
                "城市建筑垃圾处置核准申请表",
                Basis(RULE, "《城市建筑垃圾管理规定》", "第七条"),
            ),
            Material(
                "建筑垃圾运输、消纳方案",
                Basis(RULE, "《城市建筑垃圾管理规定》", "第七条"),
            ),
        ),
    ),
    Item(
        "csglj",
        "XK00162000",
        "设置大型户外广告及在城市建筑物、设施上悬挂、张贴宣传品审批",
        Basis(REGULATION, "《城市市容和环境卫生管理条例》", "第十一条"),
        20,
        5,
        "户外广告设置审批决定书",
        (
            Material(
                "户外广告设置申请表",
                Basis(REGULATION, "《城市市容和环境卫生管理条例》", "第十一条"),
            ),
            Material(
                "户外广告设计效果图",
                Basis(REGULATION, "《城市市容和环境卫生管理条例》", "第十一条"),
                form="electronic",
            ),
        ),
    ),
    Item(
        "csglj",
        "XK00163000",
        "占用、挖掘城市道路审批",
        Basis(REGULATION, "《城市道路管理条例》", "第三十一条"),
        20,
        3,
        "占用、挖掘城市道路许可决定书",
        (
            Material(
                "占用、挖掘城市道路申请表",
                Basis(REGULATION, "《城市道路管理条例》", "第三十一条"),
            ),
            Material(
                "施工方案及交通疏导方案",
                Basis(REGULATION, "《城市道路管理条例》", "第三十一条"),
            ),
        ),
    ),
    Item(
        "csglj",
        "XK00164000",
        "燃气经营许可",
        Basis(REGULATION, "《城镇燃气管理条例》", "第十五条"),
        20,
        10,
        "燃气经营许可证",
        (
            Material(
                "燃气经营许可申请书",
                Basis(RULE, "《燃气经营许可管理办法》", "第七条"),
            ),
            Material(
                "燃气设施安全评价报告",
                Basis(RULE, "《燃气经营许可管理办法》", "第七条"),
            ),
            BUSINESS_LICENCE,
        ),
    ),
)


# Items changed by a reform decision after being published (R1):
# (department, base code) -> (new status, reason, document number).
# The local document numbers are illustrative, not real decisions.
LIFECYCLE_CHANGES = {
    ("mzj", "XK00073000"): (
        "filing",
        "《中华人民共和国老年人权益保障法》2018年修正，养老机构设立许可改为备案管理",
        "主席令第二十四号",
    ),
    ("mzj", "XK00074000"): (
        "cancelled",
        "国务院决定取消社会团体分支机构、代表机构设立登记",
        "国发〔2014〕27号",
    ),
    ("wjw", "XK00053000"): (
        "commitment",
        "公共场所卫生许可实行告知承诺制，申请人书面承诺符合条件的当场发证",
        "闽政办〔2021〕12号",
    ),
    ("gaj", "XK00121000"): (
        "commitment",
        "旅馆业特种行业许可证核发实行告知承诺制",
        "莆政办〔2021〕35号",
    ),
    ("jtysj", "XK00043000"): (
        "optimized",
        "出租汽车经营许可与车辆运营证核发合并办理，压减申请材料",
        "莆政文〔2022〕18号",
    ),
    ("zjj", "XK00024000"): (
        "optimized",
        "房地产开发企业二级资质核定实行告知承诺并网上办理",
        "莆政文〔2022〕18号",
    ),
}

# Left before publication, so editors and reviewers find work to do.
NOT_PUBLISHED = {
    ("swj", "XK00152000"): "draft",
    ("csglj", "XK00164000"): "pending_department",
}

# County and township items made from city standards:
# (local department, city department, base code of the standard).
LOCAL_ITEMS = (
    ("cx-scjgj", "scjgj", "XK00012000"),
    ("cx-scjgj", "scjgj", "XK00013000"),
    ("xy-scjgj", "scjgj", "XK00012000"),
    ("hj-zjj", "zjj", "XK00021000"),
    ("lc-zhjd", "mzj", "JF00071000"),
)

# Published items whose guide gets its online application form.
APPLICATION_FORMS = (
    ("scjgj", "XK00012000"),
    ("scjgj", "XK00013000"),
    ("zjj", "XK00021000"),
    ("jtysj", "XK00042000"),
    ("rsj", "XK00081000"),
    ("whlyj", "XK00111000"),
)
