from putian.policy.upgrades import PROFILE_ID


def apply_language_and_time_zone(setup_tool):
    """Bring the language and time zone records to the 1001 profile."""
    setup_tool.runImportStepFromProfile(PROFILE_ID, "plone.app.registry")
