"""The English names of the demo's items, by their Chinese titles: what the
demo's items give an English visitor (each item's ``title_en``)."""

ITEM_NAMES_EN = {
    "企业投资项目核准": "Approval of enterprise investment projects",
    "企业投资项目备案": "Filing of enterprise investment projects",
    "食品经营许可": "Food business licence",
    "食品生产许可": "Food production licence",
    "特种设备使用登记": "Registration of special equipment in use",
    "计量标准器具核准": "Approval of measurement standards",
    "对未取得食品生产经营许可从事食品生产经营活动的行政处罚": (
        "Penalties for producing or selling food without a licence"
    ),
    "对食品生产经营者的监督检查": "Inspection of food producers and sellers",
    "建筑工程施工许可证核发": "Construction permit for building works",
    "商品房预售许可": "Pre-sale permit for commercial housing",
    "建筑业企业资质核准": "Qualification of construction enterprises",
    "房地产开发企业资质核定": "Qualification of real estate developers",
    "城镇污水排入排水管网许可": "Permit to discharge wastewater into urban sewers",
    "建设项目用地预审与选址意见书核发": (
        "Land use pre-review and site selection opinion for construction projects"
    ),
    "建设工程规划许可证核发": "Planning permit for construction works",
    "乡村建设规划许可证核发": "Planning permit for rural construction",
    "土地权属争议调处": "Mediation of land ownership disputes",
    "不动产登记": "Real estate registration",
    "国有建设用地使用权及房屋所有权首次登记": (
        "First registration of state-owned construction land and buildings"
    ),
    "国有建设用地使用权及房屋所有权转移登记": (
        "Transfer registration of state-owned construction land and buildings"
    ),
    "不动产抵押权登记": "Registration of real estate mortgages",
    "道路旅客运输经营许可": "Road passenger transport licence",
    "道路货物运输经营许可": "Road freight transport licence",
    "出租汽车经营许可": "Taxi business licence",
    "公路超限运输许可": "Permit for oversize and overweight road transport",
    "机动车维修经营备案": "Filing of motor vehicle repair businesses",
    "医疗机构执业登记": "Registration of medical institutions",
    "医师执业注册": "Registration of practising doctors",
    "公共场所卫生许可": "Hygiene licence for public places",
    "母婴保健技术服务执业许可": "Licence for maternal and child health services",
    "出生医学证明办理": "Birth medical certificate",
    "民办学校设立审批": "Approval of private schools",
    "教师资格认定": "Teacher qualification",
    "家庭经济困难学生资助": "Aid for students from families in financial hardship",
    "教学成果奖励": "Awards for teaching achievements",
    "社会团体成立登记": "Registration of social organisations",
    "民办非企业单位成立登记": "Registration of private non-enterprise units",
    "养老机构设立许可": "Licence for elderly care institutions",
    "社会团体分支机构、代表机构设立登记": (
        "Registration of branches and representative offices of social organisations"
    ),
    "最低生活保障金给付": "Minimum living allowance",
    "内地居民婚姻登记": "Marriage registration for mainland residents",
    "劳务派遣经营许可": "Labour dispatch licence",
    "经营性人力资源服务机构从事职业中介活动许可": (
        "Licence for job placement by human resources service agencies"
    ),
    "工伤认定": "Work injury determination",
    "失业保险金申领": "Unemployment insurance benefits",
    "社会保障卡申领": "Social security card",
    "建设项目环境影响报告书审批": (
        "Approval of environmental impact reports of construction projects"
    ),
    "建设项目环境影响报告表审批": (
        "Approval of environmental impact forms of construction projects"
    ),
    "排污许可证核发": "Pollutant discharge permit",
    "危险废物经营许可": "Hazardous waste business licence",
    "农药经营许可": "Pesticide business licence",
    "兽药经营许可证核发": "Veterinary drug business licence",
    "动物防疫条件合格证核发": "Animal epidemic prevention certificate",
    "农作物种子生产经营许可": "Crop seed production and business licence",
    "农机购置补贴": "Subsidy for agricultural machinery",
    "娱乐场所经营许可": "Entertainment venue licence",
    "旅行社设立许可": "Travel agency licence",
    "营业性演出许可": "Commercial performance licence",
    "互联网上网服务营业场所经营许可": "Internet café licence",
    "旅馆业特种行业许可证核发": "Special trade licence for hotels",
    "大型群众性活动安全许可": "Safety permit for large public events",
    "剧毒化学品购买许可": "Permit to purchase highly toxic chemicals",
    "户口迁移登记": "Household registration transfer",
    "危险化学品经营许可": "Hazardous chemicals business licence",
    "烟花爆竹经营（零售）许可": "Fireworks retail licence",
    "对不符合保障安全生产的国家标准或者行业标准的设施、设备、器材予以查封或者扣押": (
        "Seizure of facilities and equipment failing work safety standards"
    ),
    "对生产经营单位执行安全生产法律法规情况的监督检查": (
        "Inspection of work safety compliance of businesses"
    ),
    "取水许可": "Water abstraction permit",
    "生产建设项目水土保持方案审批": (
        "Approval of soil and water conservation plans of projects"
    ),
    "河道管理范围内建设项目工程建设方案审批": (
        "Approval of construction plans within river management areas"
    ),
    "水资源费征收": "Water resource fees",
    "报废机动车回收拆解企业资质认定": (
        "Qualification of scrapped vehicle recycling enterprises"
    ),
    "单用途商业预付卡发卡企业备案": "Filing of single-purpose prepaid card issuers",
    "拍卖企业设立许可": "Auction company licence",
    "城市建筑垃圾处置核准": "Approval of urban construction waste disposal",
    "设置大型户外广告及在城市建筑物、设施上悬挂、张贴宣传品审批": (
        "Approval of large outdoor advertisements and posters on city buildings"
    ),
    "占用、挖掘城市道路审批": "Approval to occupy or dig up city roads",
    "燃气经营许可": "Gas business licence",
}
