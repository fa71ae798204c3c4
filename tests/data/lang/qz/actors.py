"""qz actor words: one sector noun."""

SECTOR_TERMS = {"gardo": ("COP", "police")}
