"""French spelling regularities (data only)."""

from __future__ import annotations

# Past-participle endings → infinitive ending, to repair participles the tagger takes for
# another part of speech ("lancée" → "lancer").
PARTICIPLE_ENDINGS: tuple[tuple[str, str], ...] = (
    ("ées", "er"),
    ("és", "er"),
    ("ée", "er"),
    ("é", "er"),
)
# Plural endings a noun drops in the singular ("frappes" → "frappe", "feux" → "feu").
PLURAL_ENDINGS: tuple[str, ...] = ("s", "x")
