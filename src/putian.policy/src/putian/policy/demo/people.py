"""Demo users, one or more per role. DEVELOPMENT ONLY: they share a known
password, so never load the demo into a site reachable from outside."""

DEMO_PASSWORD = "putian-demo-2026"

# username -> (full name, role, department id or None for a site-wide role)
USERS = {
    "scjgj_editor": ("林晓燕", "DepartmentEditor", "scjgj"),
    "scjgj_reviewer": ("陈志强", "DepartmentReviewer", "scjgj"),
    "zjj_editor": ("黄丽娟", "DepartmentEditor", "zjj"),
    "zjj_reviewer": ("郑建华", "DepartmentReviewer", "zjj"),
    "reform_office": ("吴海峰", "ReformOffice", None),
    "scjgj_clerk": ("方雅琴", "WindowClerk", "scjgj"),
    "scjgj_case_reviewer": ("蔡文斌", "CaseReviewer", "scjgj"),
    "scjgj_decider": ("许国平", "CaseDecider", "scjgj"),
    "supervisor": ("王明辉", "Supervisor", None),
}
