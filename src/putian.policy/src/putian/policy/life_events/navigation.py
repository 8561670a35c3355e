"""The 办事主题 tab and breadcrumb in the visitor's language.

Plone names a folder's tab and breadcrumb by its stored title, in one
language; the themes folder's is read through ``folder_title``.  The tabs
view serves every page (the tabs are the site's); the breadcrumbs view only
the themes folder (``ILifeEventFolder``) and the life events, whose entries
every page below them takes from them: Plone's own stays in charge
everywhere else, the site root's included."""

from Products.CMFPlone.browser.navigation import CatalogNavigationTabs
from Products.CMFPlone.browser.navigation import PhysicalNavigationBreadcrumbs
from putian.policy.behaviors.english_name import title_in_language
from putian.policy.life_events.taxonomy import folder_title
from putian.policy.life_events.taxonomy import life_event_folder_path


class NavigationTabs(CatalogNavigationTabs):
    def customize_entry(self, entry, brain=None):
        if brain is not None and brain.getPath() == life_event_folder_path():
            entry["name"] = folder_title(brain.Title, self.request)


class FolderBreadcrumbs(PhysicalNavigationBreadcrumbs):
    """The themes folder's breadcrumbs (registered for it alone, so the
    entry customised is always the folder's own)."""

    def customize_entry(self, entry, context=None):
        entry["Title"] = folder_title(entry["Title"], self.request)


class LifeEventBreadcrumbs(PhysicalNavigationBreadcrumbs):
    """A life event's breadcrumbs: its own entry in the visitor's language."""

    def customize_entry(self, entry, context=None):
        entry["Title"] = title_in_language(context or self.context, self.request)
