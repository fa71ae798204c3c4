"""French words around place names (data only)."""

from __future__ import annotations

# prepositions dropped before a place name, with the articles ("à Gao", "dans le Kivu")
LEADING_PREPOSITIONS: tuple[str, ...] = ("à", "en", "dans", "de", "d'", "sur", "vers")

# "près de X": close to X (precision 2); a phrase is read from its start, first match first
NEAR_PHRASES: tuple[str, ...] = (
    "près de", "près d'", "aux environs de", "environs de", "à proximité de",
    "proximité de", "périphérie de", "banlieue de", "aux abords de", "abords de",
    "non loin de", "au large de", "au large des côtes de", "au large du", "au large des",
    "large de",
)  # fmt: skip

# "sud de X", "nord-est de X": part of X
PART_WORDS: frozenset[str] = frozenset({"nord", "sud", "est", "ouest", "centre"})

# "région de X", "province d'X": X's province
ADMIN_WORDS: frozenset[str] = frozenset(
    {
        "région", "province", "état", "gouvernorat", "district", "oblast", "département",
        "préfecture", "wilaya", "cercle",
    }
)  # fmt: skip

# "ville de X", "village de X": the place itself
SETTLEMENT_WORDS: frozenset[str] = frozenset({"ville", "village", "localité", "colonie", "commune"})

# "Golan occupé", "Crimée annexée": dropped
QUALIFIERS: frozenset[str] = frozenset(
    {"occupé", "occupée", "occupés", "occupées", "annexé", "annexée"}
)

# "le sol syrien", "territoire malien": the country of the nationality word
TERRITORY_WORDS: frozenset[str] = frozenset({"sol", "territoire"})

# a nationality adjective follows its noun ("le Golan syrien"), it does not precede it
DEMONYM_BEFORE_PLACE: bool = False

# A phrase naming several places ("Kidal, dans le nord du Mali") is cut at these words,
# matched as written. "pres de" is unaccented: the accented form never cut a phrase.
SPLIT_PREPOSITIONS: tuple[str, ...] = ("au", "en", "dans", "pres de")
SPLIT_SETTLEMENTS: tuple[str, ...] = ("ville", "village", "localite", "localité")
LIST_CONJUNCTIONS: tuple[str, ...] = ("et", "ainsi que", "ou")
LIST_PREPOSITIONS: tuple[str, ...] = ("sur", "dans", "en", "au", "aux", "à")

# place names are written with a capital ("en russe" is a language, not a place)
PLACE_NAMES_CAPITALISED: bool = True

# "18 h (heure de X)": a clock time, the place is no event's place
TIME_ZONE_BEFORE: tuple[str, ...] = ("heure de", "heure d'", "heures de", "heure locale de")
TIME_ZONE_AFTER: tuple[str, ...] = ()

# "près de la frontière avec X": X only bounds the place of the event
BORDER_NOUNS: frozenset[str] = frozenset({"frontière", "frontières"})

# "killed when gunmen raided X": the place of a clause of the same moment is the main one's
SAME_TIME_MARKERS: frozenset[str] = frozenset({"lorsque", "lorsqu'", "quand"})
