from putian.policy.upgrades import PROFILE_ID


def review_fixes(setup_tool):
    """ "Send back" opens the comment form; who may read compliance findings."""
    for step in ("rolemap", "workflow"):
        setup_tool.runImportStepFromProfile(PROFILE_ID, step)
