from putian.policy.upgrades import PROFILE_ID


def add_calendar_control_panel(setup_tool):
    """Register the working calendar configlet (Site Setup → 工作日历)."""
    setup_tool.runImportStepFromProfile(PROFILE_ID, "controlpanel")
