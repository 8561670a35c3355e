"""The catalogue's behaviour in Plone: validation, lifecycle log, workflow."""
