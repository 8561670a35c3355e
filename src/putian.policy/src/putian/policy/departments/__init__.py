"""Departments: their public page and the roles given on their sharing tab."""
