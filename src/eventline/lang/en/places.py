"""English words around place names (data only)."""

from __future__ import annotations

# prepositions dropped before a place name, with the articles ("in the Donbas")
LEADING_PREPOSITIONS: tuple[str, ...] = ("in", "at", "on", "of", "into", "from", "to")

# "near X": close to X (precision 2); a phrase is read from its start, first match first
NEAR_PHRASES: tuple[str, ...] = (
    "near", "outskirts of", "the outskirts of", "close to", "around", "suburbs of",
    "off the coast of", "off",
)  # fmt: skip

# "south of X", "southern X", "north east of X": part of X
PART_WORDS: frozenset[str] = frozenset(
    {
        "north", "south", "east", "west", "central", "centre", "northern", "southern",
        "eastern", "western", "northeast", "northwest", "southeast", "southwest",
    }
)  # fmt: skip

# "Kherson region", "the province of X": X's province
ADMIN_WORDS: frozenset[str] = frozenset(
    {"region", "province", "state", "governorate", "district", "county", "oblast", "township",
     "municipality", "prefecture", "department"}
)  # fmt: skip

# "the town of X": the place itself
SETTLEMENT_WORDS: frozenset[str] = frozenset({"city", "town", "village", "community"})

# "the occupied West Bank", "annexed Crimea": dropped
QUALIFIERS: frozenset[str] = frozenset({"occupied", "annexed"})

# "Malian territory", "Syrian soil": the country of the nationality word
TERRITORY_WORDS: frozenset[str] = frozenset({"soil", "territory"})

# a nationality adjective precedes its noun ("the Syrian Golan")
DEMONYM_BEFORE_PLACE: bool = True

# A phrase naming several places ("Goma, in eastern Congo") is cut at these words,
# matched as written.
SPLIT_PREPOSITIONS: tuple[str, ...] = ("in", "near")
SPLIT_SETTLEMENTS: tuple[str, ...] = ("city", "town", "village")
LIST_CONJUNCTIONS: tuple[str, ...] = ("and", "or")
LIST_PREPOSITIONS: tuple[str, ...] = ("in", "on", "at")

# place names are written with a capital
PLACE_NAMES_CAPITALISED: bool = True

# "10 am X time": a clock time, the place is no event's place
TIME_ZONE_BEFORE: tuple[str, ...] = ()
TIME_ZONE_AFTER: tuple[str, ...] = ("time",)

# "près de la frontière avec X": X only bounds the place of the event
BORDER_NOUNS: frozenset[str] = frozenset({"border", "borders", "frontier"})

# "killed when gunmen raided X": the place of a clause of the same moment is the main one's
SAME_TIME_MARKERS: frozenset[str] = frozenset({"when"})
