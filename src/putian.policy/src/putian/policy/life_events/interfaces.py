"""Marker of the themes folder (办事主题)."""

from zope.interface import Interface


class ILifeEventFolder(Interface):
    """The site's themes folder: its breadcrumb reads in the visitor's
    language (``navigation.Breadcrumbs``)."""
