"""The catalogue in Plone: its pages (listing, item page, compliance report,
create-from-standard), validation, lifecycle log, workflow."""
