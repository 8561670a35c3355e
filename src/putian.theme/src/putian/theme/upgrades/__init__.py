"""Upgrade steps of the putian.theme profile, one module per destination."""

PROFILE_ID = "profile-putian.theme:default"
