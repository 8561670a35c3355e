from plone import api
from putian.policy.setuphandlers.applications import set_front_page
from putian.policy.upgrades import PROFILE_ID


def add_front_page(setup_tool):
    """The front page view becomes the site root's layout."""
    setup_tool.runImportStepFromProfile(PROFILE_ID, "typeinfo")
    set_front_page(api.portal.get())
