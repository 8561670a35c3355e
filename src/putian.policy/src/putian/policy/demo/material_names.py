"""The English names of the demo's materials and of the cases they are
asked in, by their Chinese: what the demo's guides give an English visitor
(each material's ``name_en`` and ``condition_en``)."""

MATERIAL_NAMES_EN = {
    "项目申请书": "Project application report",
    "城乡规划行政主管部门出具的选址意见书": (
        "Site selection opinion of the urban and rural planning authority"
    ),
    "营业执照": "Business licence",
    "药品经营许可申请表": "Application form for a drug business licence",
    "医疗器械经营许可申请表": (
        "Application form for a medical device business licence"
    ),
    "工业产品生产许可证申请书": (
        "Application for an industrial product production licence"
    ),
    "项目备案信息表": "Project filing information form",
    "食品经营许可申请书": "Application for a food business licence",
    "与食品经营相适应的主要设备设施、经营布局、操作流程等文件": (
        "Documents on the main equipment, layout and working procedures of the "
        "food business"
    ),
    "授权委托书": "Power of attorney",
    "食品生产许可申请书": "Application for a food production licence",
    "食品生产设备布局图和食品生产工艺流程图": (
        "Layout of the food production equipment and flow chart of the "
        "production process"
    ),
    "食品生产主要设备、设施清单": (
        "List of the main food production equipment and facilities"
    ),
    "特种设备使用登记表": "Special equipment use registration form",
    "特种设备产品合格证": "Certificate of conformity of the special equipment",
    "计量标准考核（复查）申请书": (
        "Application for the examination (re-examination) of a measurement standard"
    ),
    "计量标准技术报告": "Technical report on the measurement standard",
    "陈述申辩书": "Statement of defence",
    "听证申请书": "Request for a hearing",
    "食品生产经营者自查报告": "Self-inspection report of the food producer or trader",
    "建筑工程施工许可申请表": "Application form for a construction permit",
    "建设工程规划许可证": "Construction project planning permit",
    "施工合同及施工单位确定文件": (
        "Construction contract and documents designating the contractor"
    ),
    "商品房预售许可申请表": "Application form for a commercial housing pre-sale permit",
    "工程施工合同及关于施工进度的说明": (
        "Construction contract and statement of construction progress"
    ),
    "商品房预售方案": "Commercial housing pre-sale plan",
    "建筑业企业资质申请表": (
        "Application form for a construction enterprise qualification"
    ),
    "企业主要人员证明材料": "Documents on the enterprise's key staff",
    "房地产开发企业资质申请表": (
        "Application form for a real estate developer qualification"
    ),
    "排水许可申请表": "Application form for a drainage permit",
    "排水户内部排水管网、专用检测井、污水排放口位置和口径的图纸及说明": (
        "Drawings and description of the internal drainage network, inspection "
        "wells and sewage outlets (locations and sizes)"
    ),
    "建设项目用地预审与选址申请表": (
        "Application form for land use pre-examination and site selection of a "
        "construction project"
    ),
    "建设项目用地预审与选址申请报告": (
        "Report on land use pre-examination and site selection of a "
        "construction project"
    ),
    "建设工程规划许可申请表": (
        "Application form for a construction project planning permit"
    ),
    "使用土地的有关证明文件": "Documents proving the right to use the land",
    "建设工程设计方案": "Design scheme of the construction project",
    "乡村建设规划许可申请表": (
        "Application form for a rural construction planning permit"
    ),
    "申请人居民身份证": "Applicant's resident identity card",
    "土地权属争议调处申请书": "Application for mediation of a land ownership dispute",
    "土地权属争议的事实、理由和证据材料": (
        "Facts, grounds and evidence of the land ownership dispute"
    ),
    "不动产登记申请书": "Application for real estate registration",
    "申请人身份证明": "Applicant's proof of identity",
    "相关的不动产权属来源证明材料": (
        "Documents proving the origin of the real estate rights"
    ),
    "房屋竣工验收资料": "Completion acceptance documents of the building",
    "不动产买卖合同": "Real estate sale contract",
    "抵押合同与主债权合同": "Mortgage contract and principal loan contract",
    "道路旅客运输经营申请表": (
        "Application form for a road passenger transport business"
    ),
    "企业章程文本": "Articles of association of the enterprise",
    "道路货物运输经营申请表": "Application form for a road freight transport business",
    "安全生产管理制度文本": "Work safety management rules",
    "巡游出租汽车经营申请表": "Application form for a taxi business",
    "车辆、停车场地等有关证明材料": (
        "Documents on the vehicles, parking grounds and the like"
    ),
    "公路超限运输申请表": "Application form for oversize transport on highways",
    "车辆行驶证": "Vehicle licence",
    "机动车维修经营备案表": "Motor vehicle repair business filing form",
    "医疗机构申请执业登记注册书": (
        "Application for practice registration of a medical institution"
    ),
    "医疗机构用房产权证明或者使用证明": (
        "Proof of ownership or use of the medical institution's premises"
    ),
    "医疗机构规章制度": "Rules and regulations of the medical institution",
    "医师执业注册申请审核表": (
        "Physician practice registration application and review form"
    ),
    "医师资格证书": "Physician qualification certificate",
    "公共场所卫生许可申请表": "Application form for a public place hygiene licence",
    "公共场所地址方位示意图、平面图和卫生设施平面布局图": (
        "Location sketch, floor plan and layout of the hygiene facilities of "
        "the public place"
    ),
    "母婴保健技术服务执业许可申请登记书": (
        "Application for a practising licence for maternal and infant health "
        "care services"
    ),
    "卫生技术人员执业资格证明": "Practising qualifications of the health technicians",
    "出生医学证明首次签发登记表": (
        "Registration form for the first issue of a birth certificate"
    ),
    "父母亲有效身份证件": "Valid identity documents of the parents",
    "民办学校筹设申办报告": "Application report for setting up a private school",
    "民办学校章程": "Charter of the private school",
    "资产来源、资金数额及有效证明文件": (
        "Source of assets, amount of funds and valid proof"
    ),
    "教师资格认定申请表": "Application form for teacher qualification",
    "体检合格证明": "Certificate of a passed medical examination",
    "家庭经济困难学生认定申请表": (
        "Application form for recognition as a student from a family in "
        "financial difficulty"
    ),
    "教学成果奖推荐书": "Nomination for a teaching achievement award",
    "教学成果总结报告": "Summary report of the teaching achievement",
    "社会团体成立登记申请书": "Application for registration of a social group",
    "社会团体章程草案": "Draft charter of the social group",
    "业务主管单位的批准文件": "Approval of the competent supervising unit",
    "民办非企业单位成立登记申请书": (
        "Application for registration of a private non-enterprise unit"
    ),
    "民办非企业单位章程草案": "Draft charter of the private non-enterprise unit",
    "养老机构设立申请书": "Application for setting up an elderly care institution",
    "分支机构设立登记申请书": "Application for registration of a branch",
    "分支机构负责人身份证明": "Proof of identity of the branch's person in charge",
    "最低生活保障申请书": "Application for the minimum living allowance",
    "家庭经济状况核对授权书": "Authorisation to check the family's financial situation",
    "本人的户口簿、身份证": "Own household register and identity card",
    "本人无配偶以及与对方当事人没有直系血亲和三代以内旁系血亲关系的签字声明": (
        "Signed declaration of having no spouse and no lineal or close "
        "collateral blood relation with the other party"
    ),
    "劳务派遣经营许可申请书": "Application for a labour dispatch business licence",
    "劳务派遣管理制度": "Labour dispatch management rules",
    "人力资源服务许可申请表": "Application form for a human resources service licence",
    "工伤认定申请表": "Application form for work injury recognition",
    "与用人单位存在劳动关系的证明材料": (
        "Proof of the employment relationship with the employer"
    ),
    "医疗诊断证明或者职业病诊断证明书": (
        "Medical diagnosis or occupational disease diagnosis certificate"
    ),
    "失业保险金申领登记表": "Registration form for unemployment insurance benefits",
    "社会保障卡申领登记表": "Registration form for a social security card",
    "建设项目环境影响报告书": "Environmental impact report of the construction project",
    "建设项目环境影响评价审批申请": (
        "Application for approval of the environmental impact assessment"
    ),
    "建设项目环境影响报告表": (
        "Environmental impact report form of the construction project"
    ),
    "排污许可证申请表": "Application form for a pollutant discharge permit",
    "自行监测方案": "Self-monitoring plan",
    "危险废物经营许可证申请书": "Application for a hazardous waste business licence",
    "技术人员的职称证书": "Professional title certificates of the technical staff",
    "农药经营许可证申请表": "Application form for a pesticide business licence",
    "经营人员的学历或者培训证明": (
        "Education or training certificates of the business staff"
    ),
    "兽药经营许可证申请表": "Application form for a veterinary drug business licence",
    "动物防疫条件审查申请表": (
        "Application form for review of animal epidemic prevention conditions"
    ),
    "场所地理位置图、各功能区布局平面图": (
        "Location map of the site and floor plan of its functional areas"
    ),
    "农作物种子生产经营许可证申请表": (
        "Application form for a crop seed production and business licence"
    ),
    "农机购置补贴申请表": "Application form for a farm machinery purchase subsidy",
    "购机发票": "Invoice for the machinery purchased",
    "娱乐场所经营许可申请书": "Application for an entertainment venue business licence",
    "旅行社设立申请书": "Application for setting up a travel agency",
    "经营场所的证明": "Proof of the business premises",
    "营业性演出申请表": "Application form for a commercial performance",
    "演出节目内容材料": "Description of the programme performed",
    "互联网上网服务营业场所经营许可申请书": (
        "Application for an internet café business licence"
    ),
    "旅馆业特种行业许可申请表": (
        "Application form for a special trade licence for hotels"
    ),
    "消防安全检查合格证明": "Certificate of a passed fire safety inspection",
    "大型群众性活动安全许可申请表": (
        "Application form for a safety permit for a large public event"
    ),
    "大型群众性活动安全工作方案": "Safety plan of the large public event",
    "剧毒化学品购买许可申请表": (
        "Application form for a permit to buy highly toxic chemicals"
    ),
    "户口迁移申请表": "Application form for moving a household registration",
    "危险化学品经营许可证申请表": (
        "Application form for a hazardous chemicals business licence"
    ),
    "安全生产规章制度和岗位操作规程目录清单": (
        "List of the work safety rules and operating procedures"
    ),
    "烟花爆竹经营（零售）许可证申请书": (
        "Application for a fireworks (retail) business licence"
    ),
    "零售经营场所平面布置图": "Floor plan of the retail premises",
    "查封、扣押财物清单": "List of the property sealed up or seized",
    "安全生产管理制度": "Work safety management system",
    "隐患排查治理记录": "Records of hazard checks and remedies",
    "取水许可申请书": "Application for a water abstraction permit",
    "建设项目水资源论证报告": (
        "Water resources assessment report of the construction project"
    ),
    "水土保持方案审批申请": (
        "Application for approval of a soil and water conservation plan"
    ),
    "水土保持方案报告书": "Soil and water conservation plan report",
    "河道管理范围内建设项目申请书": (
        "Application for a construction project within river management limits"
    ),
    "建设项目防洪评价报告": (
        "Flood control assessment report of the construction project"
    ),
    "取水量报表": "Water abstraction volume report",
    "取水许可证": "Water abstraction permit",
    "报废机动车回收拆解企业资质认定申请书": (
        "Application for qualification as a scrapped vehicle recycling and "
        "dismantling enterprise"
    ),
    "单用途卡业务备案表": "Single-purpose prepaid card business filing form",
    "拍卖企业设立申请书": "Application for setting up an auction enterprise",
    "拍卖企业章程": "Articles of association of the auction enterprise",
    "城市建筑垃圾处置核准申请表": (
        "Application form for approval of urban construction waste disposal"
    ),
    "建筑垃圾运输、消纳方案": "Construction waste transport and disposal plan",
    "户外广告设置申请表": "Application form for setting up outdoor advertising",
    "户外广告设计效果图": "Design rendering of the outdoor advertising",
    "占用、挖掘城市道路申请表": (
        "Application form for occupying or excavating a city road"
    ),
    "施工方案及交通疏导方案": "Construction plan and traffic diversion plan",
    "燃气经营许可申请书": "Application for a gas business licence",
    "燃气设施安全评价报告": "Safety assessment report of the gas facilities",
}

CONDITIONS_EN = {
    "委托他人代为办理的": "When someone else applies on the applicant's behalf",
    "当事人提出陈述、申辩的": "When the party makes a statement of defence",
    "当事人要求听证的": "When the party requests a hearing",
    "检查时发现问题需整改的": "When the inspection found something to remedy",
}
