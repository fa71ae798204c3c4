"""French discourse cues used by ``eventline.link`` (data only).

``CAUSE_MARKERS``: marker -> score; the event of the clause is caused by the event the
marker introduces ("en représailles à l'attaque" -> attack causes this event).
``CAUSE_ADVERBIALS``: the same markers used alone ("En représailles, ..."): the event
told before causes this one.
``ORDER_CUES``: cue -> direction of *this* mention relative to its anchor
("before": this event happened before the anchor event).
``PREP_ORDER``: prepositions whose complement is the anchor event ("après l'attaque").
``NAME_PREPOSITIONS``, ``ROLE_DETERMINERS``, ``ROLE_PREPOSITIONS``, ``HEAD_INITIAL``,
``HEAD_BOUNDARY_PREPOSITIONS``: how names and role phrases are compared (see
``eventline.lang.base.Discourse``).
"""

from __future__ import annotations

CAUSE_MARKERS: dict[str, float] = {
    "en représailles à": 0.9,
    "en représailles aux": 0.9,
    "en représailles au": 0.9,
    "en représailles contre": 0.85,
    "en riposte à": 0.9,
    "en riposte aux": 0.9,
    "en riposte au": 0.9,
    "en réponse à": 0.8,
    "en réponse aux": 0.8,
    "en réponse au": 0.8,
    "pour venger": 0.85,
    "à la suite de": 0.7,
    "à la suite des": 0.7,
    "à la suite du": 0.7,
    "suite à": 0.7,
    "suite aux": 0.7,
    "suite au": 0.7,
    "en raison de": 0.6,
    "provoqué par": 0.7,
    "provoquée par": 0.7,
    "après que": 0.5,
    "à cause de": 0.7,
    "à cause du": 0.7,
    "à cause des": 0.7,
    "en réaction à": 0.8,
    "en réaction au": 0.8,
    "en réaction aux": 0.8,
    "pour protester contre": 0.8,  # "ont manifesté pour protester contre l'enlèvement"
    "en protestation contre": 0.8,
    "déclenché par": 0.7,
    "déclenchée par": 0.7,
    "déclenchés par": 0.7,
    "déclenchées par": 0.7,
}

CAUSE_ADVERBIALS: dict[str, float] = {
    "en représailles": 0.85,
    "en riposte": 0.85,
    "en réponse": 0.75,
    "par conséquent": 0.65,
}

ORDER_CUES: dict[str, str] = {
    "peu avant": "before",
    "auparavant": "before",
    "la veille": "before",
    "l'avant-veille": "before",
    "plus tôt": "before",
    "précédemment": "before",
    "quelques jours plus tôt": "before",
    "jours plus tôt": "before",
    "plus tard": "after",
    "peu après": "after",
    "le lendemain": "after",
    "le surlendemain": "after",
    "ensuite": "after",
    "par la suite": "after",
    "puis": "after",
    "dans la foulée": "after",
}

PREP_ORDER: dict[str, str] = {
    "après": "after",
    "avant": "before",
    "au lendemain de": "after",
    "au lendemain du": "after",
    "au lendemain des": "after",
    "à l'issue de": "after",
    "à l'issue du": "after",
    "à l'issue des": "after",
    "malgré": "after",  # "malgré le couvre-feu, des émeutes ont éclaté": the curfew came first
    "à la veille de": "before",
    "à la veille du": "before",
    "à la veille des": "before",
    "suivi de": "before",  # "l'attaque, suivie de pillages": the attack came first
    "suivie de": "before",
    "suivis de": "before",
    "suivies de": "before",
}


# unresolved pronoun subjects: continue the previous sentence's actor
PRONOUNS: tuple[str, ...] = ("il", "ils", "elle", "elles", "on", "celui ci", "ceux ci")

# nouns naming the dead: a deed on them follows the killing ("les corps ont été brûlés")
REMAINS_WORDS: tuple[str, ...] = (
    "corps", "cadavre", "cadavres", "dépouille", "dépouilles", "restes",
)  # fmt: skip

# linking compares names without these (and without articles): "Front de libération"
NAME_PREPOSITIONS: tuple[str, ...] = ("à", "de", "d'", "en")

# the gold scorer compares role phrases without these (and without articles)
ROLE_DETERMINERS: tuple[str, ...] = (
    "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs",
)  # fmt: skip
ROLE_PREPOSITIONS: tuple[str, ...] = ("de", "d'")

# noun phrases are head-initial: "forces de sécurité" -> "forces"
HEAD_INITIAL: bool = True
HEAD_BOUNDARY_PREPOSITIONS: tuple[str, ...] = ()
