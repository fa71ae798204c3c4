"""English spelling regularities (data only)."""

from __future__ import annotations

# Past-participle endings → infinitive ending: English participles need no repair.
PARTICIPLE_ENDINGS: tuple[tuple[str, str], ...] = ()
# Plural endings a noun drops in the singular ("strikes" → "strike").
PLURAL_ENDINGS: tuple[str, ...] = ("s",)
# English participles are lemmatised well.
IRREGULAR_PARTICIPLES: dict[str, str] = {}
# A verb lemmatised without its final "e" ("staged" → "stag"): the lexicon's form.
VERB_LEMMA_ENDINGS: tuple[str, ...] = ("e",)
PAST_FINITE_ENDINGS: tuple[str, ...] = ()
