"""English discourse cues used by ``eventline.link`` (data only).

Same names and semantics as ``eventline.lang.fr.discourse``.
"""

from __future__ import annotations

CAUSE_MARKERS: dict[str, float] = {
    "in retaliation for": 0.9,
    "in retaliation against": 0.85,
    "to retaliate for": 0.85,
    "in revenge for": 0.85,
    "to avenge": 0.85,
    "in response to": 0.8,
    "in reprisal for": 0.9,
    "as a result of": 0.7,
    "because of": 0.6,
    "triggered by": 0.7,
    "sparked by": 0.7,
    "following": 0.6,
    "in the wake of": 0.6,
    "after": 0.5,
    "in reaction to": 0.8,
    "in protest at": 0.8,  # "marched in protest at the killing of a student"
    "in protest against": 0.8,
    "in protest over": 0.8,
    "to protest against": 0.8,
    "prompted by": 0.7,
    "caused by": 0.7,
}

CAUSE_ADVERBIALS: dict[str, float] = {
    "in retaliation": 0.85,
    "in reprisal": 0.85,
    "in response": 0.75,
    "as a result": 0.65,
    "consequently": 0.65,
}

ORDER_CUES: dict[str, str] = {
    "shortly before": "before",
    "earlier": "before",
    "the day before": "before",
    "the previous day": "before",
    "previously": "before",
    "days earlier": "before",
    "before that": "before",
    "later": "after",
    "shortly after": "after",
    "the next day": "after",
    "the following day": "after",
    "afterwards": "after",
    "since then": "after",
    "and then": "after",
    "subsequently": "after",
}

PREP_ORDER: dict[str, str] = {
    "after": "after",
    "before": "before",
    "following": "after",
    "in the aftermath of": "after",
    "despite": "after",  # "despite the curfew, riots broke out": the curfew came first
    "in spite of": "after",
    "on the eve of": "before",
    "ahead of": "before",
    "prior to": "before",
    "followed by": "before",  # "the raid, followed by looting": the raid came first
}


# unresolved pronoun subjects: continue the previous sentence's actor
PRONOUNS: tuple[str, ...] = ("he", "she", "they", "it", "we")

# nouns naming the dead: a deed on them follows the killing ("the bodies were burned")
REMAINS_WORDS: tuple[str, ...] = ("body", "bodies", "corpse", "corpses", "remains")

# linking compares names without these (and without articles): "Bank of X"
NAME_PREPOSITIONS: tuple[str, ...] = ("of", "in")

# the gold scorer compares role phrases without these (and without articles)
ROLE_DETERMINERS: tuple[str, ...] = ("this", "these", "its", "their")
ROLE_PREPOSITIONS: tuple[str, ...] = ("of",)

# noun phrases are head-final, before a complement: "militants in the north" -> "militants"
HEAD_INITIAL: bool = False
HEAD_BOUNDARY_PREPOSITIONS: tuple[str, ...] = (
    "in",
    "at",
    "on",
    "from",
    "near",
    "for",
    "with",
    "by",
)
