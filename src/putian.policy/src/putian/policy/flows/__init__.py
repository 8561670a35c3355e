"""Approval flows in the portal: their data for the core, their flowchart."""
