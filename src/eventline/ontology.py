"""The vocabulary of the schema: PLOVER types, modes and sectors, modalities, CAMEO roots.

One place for every code a column may hold (``docs/schema.md``) and for the groups of
event types the rules reason with. Sources: ``reference/ontologies.md`` (PLOVER manual
v0.8 and the NGEC coder, CAMEO roots, ACLED). Language-neutral: no word of any language.
"""

from __future__ import annotations

# PLOVER 0.8 event types (the set POLECAT implements).
PLOVER_TYPES: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)

# PLOVER 0.8 modes per event type (manual v0.8 plus the NGEC coder's additions).
PLOVER_MODES: dict[str, frozenset[str]] = {
    "CONSULT": frozenset({"visit", "third-party", "multilateral", "phone"}),
    "RETREAT": frozenset({"withdraw", "release", "disarm", "ceasefire", "access", "resign",
                          "return"}),
    "REQUEST": frozenset({"assist", "change", "yield", "meet"}),
    "ACCUSE": frozenset({"disapprove", "investigate", "allege"}),
    "REJECT": frozenset({"assist", "change", "yield", "meet"}),
    "THREATEN": frozenset({"restrict", "arrest", "relations", "expel", "territory", "violence",
                           "ban", "rights"}),
    "PROTEST": frozenset({"demo", "riot", "strike", "hunger", "boycott", "obstruct",
                          "vandalize"}),
    "SANCTION": frozenset({"convict", "expel", "withdraw", "discontinue"}),
    "MOBILIZE": frozenset({"troops", "weapons", "police", "militia"}),
    "COERCE": frozenset({"seize", "restrict", "censor", "curfew", "martial-law", "arrest",
                         "deport", "withhold", "misinformation", "cyber", "ban"}),
    "ASSAULT": frozenset({"abduct", "beat", "torture", "execute", "sexual", "targeted",
                          "assassinate", "destroy", "primitive", "firearms", "explosives",
                          "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control",
                          "cleansing", "massacre", "unconventional"}),
}  # fmt: skip

# PLOVER actor sectors (frequent and less frequent) and the non-state entity codes that
# stand where a country code would (``actor_country``: IGO, UNO, EUR, NGO...).
PLOVER_SECTORS: frozenset[str] = frozenset(
    {"COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK",
     "AGR", "BUS", "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE",
     "REL", "SOC", "IGO", "NGO", "IMG", "MNC"}
)  # fmt: skip
ENTITY_CODES: frozenset[str] = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"})

# CAMEO root ("cue") codes 01-20 and their PLOVER type (08 splits CONCEDE/RETREAT, 09
# is ACCUSE-investigate; 01 and 02 have no PLOVER equivalent).
CAMEO_TO_PLOVER: dict[str, str | None] = {
    "01": None, "02": None, "03": "AGREE", "04": "CONSULT", "05": "SUPPORT",
    "06": "COOPERATE", "07": "AID", "08": "RETREAT", "09": "ACCUSE", "10": "REQUEST",
    "11": "ACCUSE", "12": "REJECT", "13": "THREATEN", "14": "PROTEST", "15": "MOBILIZE",
    "16": "SANCTION", "17": "COERCE", "18": "ASSAULT", "19": "ASSAULT", "20": "ASSAULT",
}  # fmt: skip
CAMEO_ROOTS: frozenset[str] = frozenset(CAMEO_TO_PLOVER)

MODALITIES: tuple[str, ...] = ("asserted", "claimed", "negated", "future", "hypothetical")
DATE_PRECISIONS: tuple[str, ...] = ("day", "week", "month", "quarter", "year", "range", "unknown")
CASUALTY_QUALIFIERS: tuple[str, ...] = ("exact", "at_least", "more_than", "approx")
LINK_RELATIONS: tuple[str, ...] = (
    "same_event",
    "before",
    "after",
    "cause",
    "same_actor",
    "same_location",
    "same_story",
)
# Values of the pair comparisons of ``eventline.link.features.compare``, written into the
# evidence of ``same_event`` links ("place=near date=same_day actor=same target=unknown").
PLACE_RELATIONS: tuple[str, ...] = ("same", "near", "covered", "different", "unknown")
DATE_RELATIONS: tuple[str, ...] = ("same_day", "overlap", "adjacent", "disjoint", "unknown")
ROLE_RELATIONS: tuple[str, ...] = ("same", "compatible", "unrelated", "different", "unknown")

# --- groups of event types the rules reason with ----------------------------------------

# Types that happen at a place (a place as target is where it happened).
PHYSICAL_TYPES = frozenset({"ASSAULT", "PROTEST", "COERCE", "MOBILIZE", "RETREAT", "AID"})
# Types for which a place named as target is also where it happened ("struck Kharkiv").
PLACE_TARGET_TYPES = frozenset({"ASSAULT", "PROTEST", "COERCE", "MOBILIZE"})
# Types whose recipient may be introduced by a dative preposition ("envoyer X à Y").
RECIPIENT_TYPES = frozenset(
    {"AID", "SUPPORT", "REQUEST", "REJECT", "CONSULT", "COOPERATE", "RETREAT", "ACCUSE"}
)
# Types whose other party may be named on what is given, promised or suspended.
PARTNER_TYPES = frozenset({"AID", "AGREE", "SANCTION", "REJECT", "RETREAT", "COOPERATE"})
# Types whose present participle right after a noun describes it ("résolutions appelant à").
DESCRIBING_PARTICIPLE_TYPES = frozenset(
    {"REQUEST", "SUPPORT", "ACCUSE", "REJECT", "AGREE", "CONSULT"}
)
# Types that are reactions (statements, decisions) rather than deeds on the ground.
VERBAL_TYPES = frozenset(
    {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN",
     "SANCTION"}
)  # fmt: skip

# Sectors a generic head ("the group") never refers to, and crowds and people.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "IGO"})
PEOPLE_SECTORS = frozenset({"CVL", "JRN", "REF"})

# --- TIMEX3 codes (the ``date_value`` column; ISO-TimeML) -----------------------------

TIMEX_TYPES: tuple[str, ...] = ("DATE", "TIME", "DURATION", "SET")
# unit codes of durations and offsets: day, week, month, year, quarter, half-year, decade
# (E), century, weekend, and clock hours/minutes/seconds (T*)
TIMEX_UNITS = frozenset({"D", "W", "M", "Y", "Q", "H", "E", "C", "WE", "TH", "TM", "TS"})
TIMEX_PARTS_OF_DAY = frozenset({"MO", "MI", "AF", "EV", "NI", "DT"})
TIMEX_SEASONS = frozenset({"SP", "SU", "FA", "WI"})
TIMEX_REFS = frozenset({"PAST_REF", "PRESENT_REF", "FUTURE_REF"})
TIMEX_MODS = frozenset(
    {"BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN", "MORE_THAN",
     "EQUAL_OR_LESS", "EQUAL_OR_MORE", "START", "MID", "END", "APPROX"}
)  # fmt: skip
# order of two events a cue announces (link relations)
ORDER_RELATIONS = frozenset({"before", "after"})
