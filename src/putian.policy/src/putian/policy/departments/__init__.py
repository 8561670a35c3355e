"""A department's public page."""
