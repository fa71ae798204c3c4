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
# Irregular participles the tagger often leaves as adjectives ("ils sont morts").
IRREGULAR_PARTICIPLES: dict[str, str] = {
    "mort": "mourir",
    "morte": "mourir",
    "morts": "mourir",
    "mortes": "mourir",
}
# A verb lemmatised as its noun ("je demande" → "demande"): add these to find the verb.
VERB_LEMMA_ENDINGS: tuple[str, ...] = ("r",)
# The imperfect, which the tagger sometimes reads as a present ("qui manifestaient").
PAST_FINITE_ENDINGS: tuple[str, ...] = ("ait", "aient", "ais")
