from putian.theme.upgrades import PROFILE_ID


def add_skip_link(setup_tool):
    """The skip link to the content goes first in the portal header."""
    setup_tool.runImportStepFromProfile(PROFILE_ID, "viewlets")
