"""Online applications and the handling of cases (办件)."""
