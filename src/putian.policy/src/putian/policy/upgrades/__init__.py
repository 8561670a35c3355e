"""Upgrade steps of the putian.policy profile, one module per destination."""

PROFILE_ID = "profile-putian.policy:default"
