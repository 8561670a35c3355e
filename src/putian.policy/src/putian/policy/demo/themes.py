"""Life events of the demo (办事主题) and the items found under each.

Items are named by base code, so the county and township items made from a
city standard are found under the same themes as the standard.
"""

from typing import NamedTuple


class Theme(NamedTuple):
    id: str
    title: str
    audience: str
    description: str
    base_codes: tuple[str, ...]
    # What an English visitor reads (the event's title_en, description_en).
    title_en: str = ""
    description_en: str = ""


LIFE_EVENTS = (
    # 个人办事
    Theme(
        "shengyu",
        "生育收养",
        "personal",
        "出生医学证明等",
        ("GG00051000",),
        title_en="Birth and adoption",
        description_en="Birth certificates and more",
    ),
    Theme(
        "huji",
        "户籍办理",
        "personal",
        "户口迁移等",
        ("QR00121000",),
        title_en="Household registration",
        description_en="Moving a household registration and more",
    ),
    Theme(
        "hunyin",
        "婚姻登记",
        "personal",
        "结婚、离婚登记",
        ("QR00071000",),
        title_en="Marriage registration",
        description_en="Registering a marriage or a divorce",
    ),
    Theme(
        "jiaoyu",
        "教育入学",
        "personal",
        "学生资助、教师资格",
        ("JF00061000", "QR00061000"),
        title_en="Education and school",
        description_en="Student aid, teacher qualification",
    ),
    Theme(
        "jiuye",
        "就业创业",
        "personal",
        "失业保险、工伤认定",
        ("JF00081000", "QR00081000"),
        title_en="Jobs and starting a business",
        description_en="Unemployment insurance, work injury recognition",
    ),
    Theme(
        "shebao",
        "社会保障",
        "personal",
        "社保卡、最低生活保障",
        ("GG00081000", "JF00071000"),
        title_en="Social security",
        description_en="Social security card, minimum living allowance",
    ),
    Theme(
        "budongchan",
        "住房与不动产",
        "personal",
        "不动产登记",
        ("QR00031000", "QR00031001", "QR00031002", "QR00031003"),
        title_en="Housing and real estate",
        description_en="Real estate registration",
    ),
    Theme(
        "yiliao-geren",
        "医疗卫生",
        "personal",
        "医师执业",
        ("XK00052000",),
        title_en="Health care",
        description_en="Licensed physicians",
    ),
    # 法人办事
    Theme(
        "kaiban",
        "开办企业与准营",
        "business",
        "开店、开厂所需的许可",
        (
            "XK00012000",
            "XK00013000",
            "XK00053000",
            "XK00121000",
            "XK00111000",
            "XK00114000",
        ),
        title_en="Starting and running a business",
        description_en="Licences to open a shop or a factory",
    ),
    Theme(
        "gongcheng",
        "工程建设",
        "business",
        "立项、用地、规划、施工",
        (
            "XK00001000",
            "QT00001000",
            "XK00021000",
            "XK00025000",
            "XK00031000",
            "XK00032000",
            "XK00033000",
            "XK00091000",
            "XK00092000",
            "XK00142000",
            "XK00143000",
        ),
        title_en="Construction projects",
        description_en="Project approval, land use, planning, construction",
    ),
    Theme(
        "fangdichan",
        "房地产与建筑业",
        "business",
        "资质与预售",
        ("XK00022000", "XK00023000", "XK00024000"),
        title_en="Real estate and the building trade",
        description_en="Qualifications and pre-sale",
    ),
    Theme(
        "jiaotong",
        "交通运输",
        "business",
        "客运、货运、出租、超限运输",
        ("XK00041000", "XK00042000", "XK00043000", "XK00044000", "QT00041000"),
        title_en="Transport",
        description_en="Passenger and freight transport, taxis, oversize transport",
    ),
    Theme(
        "yiliao",
        "医疗机构",
        "business",
        "医疗机构执业、母婴保健",
        ("XK00051000", "XK00054000"),
        title_en="Medical institutions",
        description_en="Medical institutions' licences, maternal and infant care",
    ),
    Theme(
        "shehui",
        "社会组织与养老",
        "business",
        "社会团体、民办非企业单位、养老机构",
        ("XK00071000", "XK00072000", "XK00073000", "XK00074000", "XK00061000"),
        title_en="Social organisations and elderly care",
        description_en="Social groups, private non-enterprise units, care homes",
    ),
    Theme(
        "huanbao",
        "环境保护",
        "business",
        "环评、排污、危险废物",
        ("XK00091000", "XK00092000", "XK00093000", "XK00094000"),
        title_en="Environmental protection",
        description_en="Impact assessment, pollutant discharge, hazardous waste",
    ),
    Theme(
        "nongye",
        "农业生产经营",
        "business",
        "农药、兽药、种子、防疫、农机补贴",
        ("XK00101000", "XK00102000", "XK00103000", "XK00104000", "JF00101000"),
        title_en="Farming",
        description_en="Pesticides, veterinary drugs, seeds, animal health, machinery",
    ),
    Theme(
        "wenlv",
        "文化旅游",
        "business",
        "旅行社、演出、娱乐场所",
        ("XK00111000", "XK00112000", "XK00113000"),
        title_en="Culture and tourism",
        description_en="Travel agencies, performances, entertainment venues",
    ),
    Theme(
        "anquan",
        "安全生产",
        "business",
        "危险化学品、烟花爆竹、大型活动",
        ("XK00131000", "XK00132000", "XK00123000", "XK00122000"),
        title_en="Work safety",
        description_en="Hazardous chemicals, fireworks, large events",
    ),
    Theme(
        "shangmao",
        "商贸流通",
        "business",
        "拍卖、预付卡、报废机动车回收",
        ("XK00151000", "QT00151000", "XK00152000"),
        title_en="Trade and distribution",
        description_en="Auctions, prepaid cards, scrapped vehicle recycling",
    ),
    Theme(
        "chengshi",
        "市政设施与户外广告",
        "business",
        "建筑垃圾、户外广告、占道挖掘、燃气",
        ("XK00161000", "XK00162000", "XK00163000", "XK00164000"),
        title_en="Public works and outdoor advertising",
        description_en="Construction waste, outdoor advertising, road excavation, gas",
    ),
    Theme(
        "shui",
        "用水与排水",
        "business",
        "取水、排水",
        ("XK00141000",),
        title_en="Water supply and drainage",
        description_en="Water abstraction, drainage",
    ),
)
