"""Putian's divisions, departments and service centres (demo data).

Department USCCs follow the format of government organs (机关, "11"), with
the division code and a valid check digit; they are made up for the demo.
"""

from stdnum.cn import uscc as _uscc


CITY = "350300"
DIVISIONS = {
    "350300": "莆田市",
    "350302": "城厢区",
    "350303": "涵江区",
    "350304": "荔城区",
    "350305": "秀屿区",
    "350322": "仙游县",
}


def organ_uscc(division_code: str, serial: int) -> str:
    """A valid unified social credit code for a government organ."""
    base = f"11{division_code}0036{serial:04d}X"
    return base + _uscc.calc_check_digit(base)


# (id, title, level, division code, case code, parent organ)
DEPARTMENTS = (
    ("fgw", "莆田市发展和改革委员会", "city", CITY, "FGW", "莆田市人民政府"),
    ("scjgj", "莆田市市场监督管理局", "city", CITY, "SCJGJ", "莆田市人民政府"),
    ("zjj", "莆田市住房和城乡建设局", "city", CITY, "ZJJ", "莆田市人民政府"),
    ("zrzyj", "莆田市自然资源局", "city", CITY, "ZRZYJ", "莆田市人民政府"),
    ("jtysj", "莆田市交通运输局", "city", CITY, "JTYSJ", "莆田市人民政府"),
    ("wjw", "莆田市卫生健康委员会", "city", CITY, "WJW", "莆田市人民政府"),
    ("jyj", "莆田市教育局", "city", CITY, "JYJ", "莆田市人民政府"),
    ("mzj", "莆田市民政局", "city", CITY, "MZJ", "莆田市人民政府"),
    ("rsj", "莆田市人力资源和社会保障局", "city", CITY, "RSJ", "莆田市人民政府"),
    ("sthjj", "莆田市生态环境局", "city", CITY, "STHJJ", "莆田市人民政府"),
    ("nyncj", "莆田市农业农村局", "city", CITY, "NYNCJ", "莆田市人民政府"),
    ("whlyj", "莆田市文化和旅游局", "city", CITY, "WHLYJ", "莆田市人民政府"),
    ("gaj", "莆田市公安局", "city", CITY, "GAJ", "莆田市人民政府"),
    ("yjglj", "莆田市应急管理局", "city", CITY, "YJGLJ", "莆田市人民政府"),
    ("slj", "莆田市水利局", "city", CITY, "SLJ", "莆田市人民政府"),
    ("swj", "莆田市商务局", "city", CITY, "SWJ", "莆田市人民政府"),
    ("csglj", "莆田市城市管理局", "city", CITY, "CSGLJ", "莆田市人民政府"),
    # District and county organs, and a subdistrict office.
    (
        "cx-scjgj",
        "莆田市城厢区市场监督管理局",
        "county",
        "350302",
        "CXSCJGJ",
        "莆田市城厢区人民政府",
    ),
    (
        "xy-scjgj",
        "仙游县市场监督管理局",
        "county",
        "350322",
        "XYSCJGJ",
        "仙游县人民政府",
    ),
    (
        "hj-zjj",
        "莆田市涵江区住房和城乡建设局",
        "county",
        "350303",
        "HJZJJ",
        "莆田市涵江区人民政府",
    ),
    (
        "lc-zhjd",
        "莆田市荔城区镇海街道办事处",
        "township",
        "350304",
        "LCZHJD",
        "莆田市荔城区人民政府",
    ),
)

# Where each department's decisions are challenged (R13): the organ of
# administrative reconsideration and the court of first instance.  City
# departments: 莆田市人民政府, and 城厢区人民法院 by Putian's concentration
# of administrative cases; the others: their own district or county.
_CITY_REMEDIES = ("莆田市人民政府", "莆田市城厢区人民法院")
REMEDY_ORGANS = {
    **{row[0]: _CITY_REMEDIES for row in DEPARTMENTS if row[2] == "city"},
    "cx-scjgj": ("莆田市城厢区人民政府", "莆田市城厢区人民法院"),
    "xy-scjgj": ("仙游县人民政府", "仙游县人民法院"),
    "hj-zjj": ("莆田市涵江区人民政府", "莆田市涵江区人民法院"),
    # A subdistrict office is the district government's agency.
    "lc-zhjd": ("莆田市荔城区人民政府", "莆田市荔城区人民法院"),
}

CITY_HALL = "莆田市行政服务中心"


# A landline for each department (made up for the demo).
def department_phone(number: int) -> str:
    return f"0594-26950{number:02d}"


SUPERVISION_PHONE = "12345"
OFFICE_HOURS = "周一至周五 8:00-12:00, 14:30-17:30（法定节假日除外）"

SERVICE_CENTERS = (
    {
        "id": "xzfwzx",
        "title": "莆田市行政服务中心",
        "level": "city",
        "address": "莆田市城厢区东园西路行政服务中心大楼",
        "opening_hours": "周一至周五 8:00-12:00, 14:30-17:30；"
        "周六 9:00-12:00（周末服务）",
        "division_code": CITY,
        # "handled": department ids (the loader stores their UIDs).
        "windows": [
            {"number": "A01", "name": "综合受理窗口", "departments": "各进驻部门"},
            {"number": "B01", "name": "市场准入窗口", "handled": ["scjgj"]},
            {
                "number": "C01",
                "name": "工程建设项目审批窗口",
                "handled": ["fgw", "zjj", "zrzyj", "sthjj", "slj"],
                "categories": ["XK", "QT"],
            },
            {
                "number": "D01",
                "name": "社会事务窗口",
                "handled": ["mzj", "rsj", "jyj", "wjw"],
            },
            {
                "number": "E01",
                "name": "不动产登记窗口",
                "handled": ["zrzyj"],
                "categories": ["QR"],
            },
            {
                "number": "F01",
                "name": "交通运输窗口",
                "handled": ["jtysj"],
            },
            {
                "number": "G01",
                "name": "帮办代办窗口",
                "departments": "各进驻部门（帮办代办）",
            },
        ],
        "self_service_24h": True,
        "self_service_machines": [
            "政务服务自助终端",
            "不动产登记自助查询机",
            "社保自助一体机",
        ],
        "weekend_services": {"real_estate", "social_insurance", "marriage"},
        "hall_rules": {
            "one_time_notice",
            "first_contact",
            "stand_in",
            "service_commitment",
            "time_limited",
            "accountability",
            "disclosure",
            "no_veto",
            "weekend_service",
        },
    },
    {
        "id": "xyxzfwzx",
        "title": "仙游县行政服务中心",
        "level": "county",
        "address": "仙游县鲤城街道行政服务中心大楼",
        "opening_hours": "周一至周五 8:00-12:00, 15:00-18:00",
        "division_code": "350322",
        "windows": [
            {"number": "01", "name": "综合受理窗口", "departments": "各进驻部门"},
            {"number": "02", "name": "市场监管窗口", "handled": ["xy-scjgj"]},
        ],
        "self_service_24h": True,
        "self_service_machines": ["政务服务自助终端"],
        "weekend_services": {"social_insurance"},
        "hall_rules": {
            "one_time_notice",
            "first_contact",
            "stand_in",
            "service_commitment",
            "time_limited",
            "disclosure",
        },
    },
    {
        "id": "zhjd-bmfwzx",
        "title": "荔城区镇海街道便民服务中心",
        "level": "township",
        "address": "莆田市荔城区镇海街道办事处一楼",
        "opening_hours": "周一至周五 8:00-12:00, 14:30-17:30",
        "division_code": "350304",
        "windows": [
            {
                "number": "1",
                "name": "社会救助窗口",
                "handled": ["lc-zhjd"],
                "categories": ["JF"],
            },
            {"number": "2", "name": "综合窗口", "handled": ["lc-zhjd"]},
        ],
        "self_service_24h": False,
        "self_service_machines": [],
        "weekend_services": set(),
        "hall_rules": {"one_time_notice", "first_contact", "service_commitment"},
    },
)
