from putian.policy.upgrades import PROFILE_ID


def add_language_selector(setup_tool):
    """Cookie negotiation and an always-shown selector: zh-cn / en."""
    setup_tool.runImportStepFromProfile(PROFILE_ID, "plone.app.registry")
