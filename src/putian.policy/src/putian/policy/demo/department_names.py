"""The English names of the demo's departments, by their Chinese titles:
what the demo's departments give an English visitor (``title_en``)."""

DEPARTMENT_NAMES_EN = {
    "莆田市发展和改革委员会": "Putian Development and Reform Commission",
    "莆田市市场监督管理局": "Putian Administration for Market Regulation",
    "莆田市住房和城乡建设局": "Putian Bureau of Housing and Urban-Rural Development",
    "莆田市自然资源局": "Putian Bureau of Natural Resources",
    "莆田市交通运输局": "Putian Bureau of Transport",
    "莆田市卫生健康委员会": "Putian Health Commission",
    "莆田市教育局": "Putian Bureau of Education",
    "莆田市民政局": "Putian Bureau of Civil Affairs",
    "莆田市人力资源和社会保障局": (
        "Putian Bureau of Human Resources and Social Security"
    ),
    "莆田市生态环境局": "Putian Bureau of Ecology and Environment",
    "莆田市农业农村局": "Putian Bureau of Agriculture and Rural Affairs",
    "莆田市文化和旅游局": "Putian Bureau of Culture and Tourism",
    "莆田市公安局": "Putian Public Security Bureau",
    "莆田市应急管理局": "Putian Emergency Management Bureau",
    "莆田市水利局": "Putian Water Resources Bureau",
    "莆田市商务局": "Putian Bureau of Commerce",
    "莆田市城市管理局": "Putian Urban Management Bureau",
    "莆田市城厢区市场监督管理局": (
        "Chengxiang District Administration for Market Regulation"
    ),
    "仙游县市场监督管理局": "Xianyou County Administration for Market Regulation",
    "莆田市涵江区住房和城乡建设局": (
        "Hanjiang District Bureau of Housing and Urban-Rural Development"
    ),
    "莆田市荔城区镇海街道办事处": "Zhenhai Subdistrict Office, Licheng District",
}
