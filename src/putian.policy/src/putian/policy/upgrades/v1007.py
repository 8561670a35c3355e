from putian.policy.upgrades import PROFILE_ID


def let_department_editors_add_files(setup_tool):
    """Any editor of a department adds blank forms and samples to its guides."""
    setup_tool.runImportStepFromProfile(PROFILE_ID, "rolemap")
