from putian.theme.upgrades import PROFILE_ID


def add_public_service_tabs(setup_tool):
    """事项目录, 办件查询 and 证照核验 join 首页 in the global navigation."""
    setup_tool.runImportStepFromProfile(PROFILE_ID, "actions")
