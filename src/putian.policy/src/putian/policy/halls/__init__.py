"""Service halls: which window handles which item (R15, R17)."""
