"""English event-trigger lexicon: lemmas → (PLOVER type, PLOVER mode, CAMEO root).

Data only; the engine is ``eventline.extract``. Same names as every other language.
"""

from __future__ import annotations

from eventline.lang.en import cameo_verbs as _cameo

Entry = tuple[str, str | None, str]

VERBS: dict[str, Entry] = {
    "block": ("PROTEST", "obstruct", "14"),
    "barricade": ("PROTEST", "obstruct", "14"),
    "land": ("ASSAULT", None, "18"),  # only with a weapon as subject
    "fall": ("ASSAULT", None, "18"),  # only with a weapon as subject
    "summon": ("ACCUSE", "disapprove", "11"),
    "dispatch": ("MOBILIZE", "troops", "15"),
    "send": ("AID", None, "07"),
    "ship": ("AID", None, "07"),
    "leave": ("RETREAT", "withdraw", "08"),
    "evacuate": ("RETREAT", "withdraw", "08"),
    "receive": ("CONSULT", None, "04"),
    "capture": ("COERCE", "seize", "17"),
    "recapture": ("COERCE", "seize", "17"),
    "attend": ("CONSULT", "multilateral", "04"),
    "convene": ("CONSULT", "multilateral", "04"),
    # ASSAULT
    "attack": ("ASSAULT", None, "18"),
    "strike": ("ASSAULT", None, "18"),
    "hit": ("ASSAULT", None, "18"),
    "bomb": ("ASSAULT", "aerial", "19"),
    "shell": ("ASSAULT", "heavy-weapons", "19"),
    "pound": ("ASSAULT", "heavy-weapons", "19"),
    "kill": ("ASSAULT", None, "18"),
    "assassinate": ("ASSAULT", "targeted", "18"),
    "execute": ("ASSAULT", "targeted", "18"),
    "wound": ("ASSAULT", None, "18"),
    "injure": ("ASSAULT", None, "18"),
    "massacre": ("ASSAULT", "massacre", "20"),
    "abduct": ("ASSAULT", "abduct", "18"),
    "kidnap": ("ASSAULT", "abduct", "18"),
    "torture": ("ASSAULT", "torture", "18"),
    "stab": ("ASSAULT", "primitive", "18"),
    "torch": ("ASSAULT", "primitive", "18"),
    "destroy": ("ASSAULT", "destroy", "18"),
    "target": ("ASSAULT", None, "18"),
    "fight": ("ASSAULT", None, "19"),
    "clash": ("ASSAULT", None, "19"),
    "invade": ("ASSAULT", None, "19"),
    "explode": ("ASSAULT", "explosives", "18"),
    "detonate": ("ASSAULT", "explosives", "18"),
    "shoot": ("ASSAULT", "firearms", "19"),
    "fire": ("ASSAULT", None, "19"),
    "ambush": ("ASSAULT", None, "19"),
    "raid": ("COERCE", "seize", "17"),
    # COERCE
    "arrest": ("COERCE", "arrest", "17"),
    "detain": ("COERCE", "arrest", "17"),
    "apprehend": ("COERCE", "arrest", "17"),
    "jail": ("COERCE", "arrest", "17"),
    "imprison": ("COERCE", "arrest", "17"),
    "charge": ("COERCE", "arrest", "17"),
    "seize": ("COERCE", "seize", "17"),
    "confiscate": ("COERCE", "seize", "17"),
    "deport": ("COERCE", "deport", "17"),
    "ban": ("COERCE", "ban", "17"),
    "censor": ("COERCE", "censor", "17"),
    "disperse": ("COERCE", None, "17"),
    "crack": ("COERCE", None, "17"),
    # PROTEST
    "protest": ("PROTEST", "demo", "14"),
    "demonstrate": ("PROTEST", "demo", "14"),
    "march": ("PROTEST", "demo", "14"),
    "rally": ("PROTEST", "demo", "14"),
    "riot": ("PROTEST", "riot", "14"),
    "boycott": ("PROTEST", "boycott", "14"),
    # MOBILIZE
    "deploy": ("MOBILIZE", "troops", "15"),
    "mobilize": ("MOBILIZE", None, "15"),
    "mobilise": ("MOBILIZE", None, "15"),
    "mass": ("MOBILIZE", "troops", "15"),
    # THREATEN
    "threaten": ("THREATEN", None, "13"),
    "warn": ("THREATEN", None, "13"),
    # ACCUSE
    "accuse": ("ACCUSE", "allege", "11"),
    "condemn": ("ACCUSE", "disapprove", "11"),
    "denounce": ("ACCUSE", "disapprove", "11"),
    "criticize": ("ACCUSE", "disapprove", "11"),
    "criticise": ("ACCUSE", "disapprove", "11"),
    "blame": ("ACCUSE", "allege", "11"),
    "investigate": ("ACCUSE", "investigate", "09"),
    # REJECT
    "reject": ("REJECT", None, "12"),
    "refuse": ("REJECT", None, "12"),
    "veto": ("REJECT", None, "12"),
    # REQUEST
    "demand": ("REQUEST", None, "10"),
    "urge": ("REQUEST", None, "10"),
    "request": ("REQUEST", None, "10"),
    "call": ("REQUEST", None, "10"),
    "appeal": ("REQUEST", None, "10"),
    # SUPPORT
    "support": ("SUPPORT", None, "05"),
    "praise": ("SUPPORT", None, "05"),
    "welcome": ("SUPPORT", None, "05"),
    "endorse": ("SUPPORT", None, "05"),
    "ratify": ("SUPPORT", None, "05"),
    "sign": ("SUPPORT", None, "05"),
    "recognize": ("SUPPORT", None, "05"),
    # AGREE
    "agree": ("AGREE", None, "03"),
    "promise": ("AGREE", None, "03"),
    "pledge": ("AGREE", None, "03"),
    # CONSULT
    "meet": ("CONSULT", None, "04"),
    "visit": ("CONSULT", "visit", "04"),
    "negotiate": ("CONSULT", None, "04"),
    "host": ("CONSULT", None, "04"),
    # COOPERATE
    "cooperate": ("COOPERATE", None, "06"),
    "collaborate": ("COOPERATE", None, "06"),
    # AID
    "provide": ("AID", None, "07"),
    "supply": ("AID", None, "07"),
    "deliver": ("AID", None, "07"),
    "fund": ("AID", None, "07"),
    "donate": ("AID", None, "07"),
    "rescue": ("AID", None, "07"),
    # RETREAT
    "withdraw": ("RETREAT", "withdraw", "08"),
    "release": ("RETREAT", "release", "08"),
    "free": ("RETREAT", "release", "08"),
    "resign": ("RETREAT", "resign", "08"),
    "disarm": ("RETREAT", "disarm", "08"),
    # CONCEDE
    "pardon": ("CONCEDE", None, "08"),
    "apologize": ("CONCEDE", None, "08"),
    "apologise": ("CONCEDE", None, "08"),
    # SANCTION
    "sanction": ("SANCTION", None, "16"),
    "expel": ("SANCTION", "expel", "16"),
    "suspend": ("SANCTION", "discontinue", "16"),
    "sever": ("SANCTION", "discontinue", "16"),
    "freeze": ("SANCTION", None, "16"),
    "convict": ("SANCTION", "convict", "16"),
    "sentence": ("SANCTION", "convict", "16"),
    "deplore": ("ACCUSE", "disapprove", "11"),
    # military idioms and euphemisms; most only count in their context (see the
    # constraint lists below: CAUSE_ONLY, LOSS_VERBS, MATERIEL_ONLY, PLACE_OBJECT_ONLY,
    # MILITARY_SUBJECT_ONLY)
    "neutralize": ("ASSAULT", None, "18"),
    "neutralise": ("ASSAULT", None, "18"),
    "storm": ("ASSAULT", None, "18"),
    "die": ("ASSAULT", None, "18"),
    "succumb": ("ASSAULT", None, "18"),
    "perish": ("ASSAULT", None, "18"),
    "lose": ("ASSAULT", None, "18"),
    "loot": ("COERCE", "seize", "17"),
    "plunder": ("COERCE", "seize", "17"),
    "recover": ("COERCE", "seize", "17"),
    "retake": ("COERCE", "seize", "17"),
    "quit": ("RETREAT", "withdraw", "08"),
    "abandon": ("RETREAT", "withdraw", "08"),
    "ransack": ("ASSAULT", "destroy", "18"),
}

NOUNS: dict[str, Entry] = {
    "gunfire": ("ASSAULT", "firearms", "19"),
    "delivery": ("AID", None, "07"),
    "shipment": ("AID", None, "07"),
    "capture": ("COERCE", "seize", "17"),
    "negotiation": ("CONSULT", None, "04"),
    "summit": ("CONSULT", "multilateral", "04"),
    "ban": ("COERCE", "ban", "17"),
    "expulsion": ("SANCTION", "expel", "16"),
    "withdrawal": ("RETREAT", "withdraw", "08"),
    "attack": ("ASSAULT", None, "18"),
    "strike": ("ASSAULT", None, "18"),
    "airstrike": ("ASSAULT", "aerial", "19"),
    "bombing": ("ASSAULT", "explosives", "18"),
    "bombardment": ("ASSAULT", "heavy-weapons", "19"),
    "shelling": ("ASSAULT", "heavy-weapons", "19"),
    "raid": ("ASSAULT", None, "19"),
    "offensive": ("ASSAULT", None, "19"),
    "assault": ("ASSAULT", None, "18"),
    "ambush": ("ASSAULT", None, "19"),
    "shooting": ("ASSAULT", "firearms", "19"),
    "explosion": ("ASSAULT", "explosives", "18"),
    "blast": ("ASSAULT", "explosives", "18"),
    "operation": ("ASSAULT", None, "19"),
    "fighting": ("ASSAULT", None, "19"),
    "clash": ("ASSAULT", None, "19"),
    "abduction": ("ASSAULT", "abduct", "18"),
    "kidnapping": ("ASSAULT", "abduct", "18"),
    "assassination": ("ASSAULT", "targeted", "18"),
    "massacre": ("ASSAULT", "massacre", "20"),
    "protest": ("PROTEST", "demo", "14"),
    "demonstration": ("PROTEST", "demo", "14"),
    "rally": ("PROTEST", "demo", "14"),
    "march": ("PROTEST", "demo", "14"),
    "strike action": ("PROTEST", "strike", "14"),
    "riot": ("PROTEST", "riot", "14"),
    "boycott": ("PROTEST", "boycott", "14"),
    "arrest": ("COERCE", "arrest", "17"),
    "detention": ("COERCE", "arrest", "17"),
    "curfew": ("COERCE", "curfew", "17"),
    "crackdown": ("COERCE", None, "17"),
    "sanction": ("SANCTION", None, "16"),
    "embargo": ("SANCTION", None, "16"),
    "veto": ("REJECT", None, "12"),
    "aid": ("AID", None, "07"),
    "assistance": ("AID", None, "07"),
    "meeting": ("CONSULT", None, "04"),
    "talk": ("CONSULT", None, "04"),
    "visit": ("CONSULT", "visit", "04"),
    "agreement": ("AGREE", None, "03"),
    "deal": ("AGREE", None, "03"),
    "deployment": ("MOBILIZE", "troops", "15"),
    "condemnation": ("ACCUSE", "disapprove", "11"),
    "battle": ("ASSAULT", None, "19"),
    "gunbattle": ("ASSAULT", "firearms", "19"),
    "firefight": ("ASSAULT", "firearms", "19"),
    "skirmish": ("ASSAULT", None, "19"),
    "incursion": ("ASSAULT", None, "19"),
    "incident": ("ASSAULT", None, "18"),
    "killing": ("ASSAULT", None, "18"),
    "execution": ("ASSAULT", "targeted", "18"),
    "genocide": ("ASSAULT", "massacre", "20"),
    "rape": ("ASSAULT", "sexual", "18"),
    "arson": ("ASSAULT", "primitive", "18"),
    "looting": ("COERCE", "seize", "17"),
    "seizure": ("COERCE", "seize", "17"),
    "takeover": ("COERCE", "seize", "17"),
    "recapture": ("COERCE", "seize", "17"),
    "restriction": ("COERCE", "restrict", "17"),
    "release": ("RETREAT", "release", "08"),
    "investigation": ("ACCUSE", "investigate", "09"),
    "probe": ("ACCUSE", "investigate", "09"),
    "walkout": ("PROTEST", "strike", "14"),
    "stoppage": ("PROTEST", "strike", "14"),
    "session": ("CONSULT", None, "04"),
    # common nouns of conflict reports (reviewed words)
    "counteroffensive": ("ASSAULT", None, "19"),
    "counter-offensive": ("ASSAULT", None, "19"),
    "shootout": ("ASSAULT", "firearms", "19"),
    "gunfight": ("ASSAULT", "firearms", "19"),
    "stabbing": ("ASSAULT", "primitive", "18"),
    "beheading": ("ASSAULT", "primitive", "18"),
    "lynching": ("ASSAULT", "beat", "18"),
    "murder": ("ASSAULT", None, "18"),
    "homicide": ("ASSAULT", None, "18"),
    "carnage": ("ASSAULT", "massacre", "20"),
    "atrocity": ("ASSAULT", None, "18"),
    "detonation": ("ASSAULT", "explosives", "18"),
    "hostage-taking": ("ASSAULT", "abduct", "18"),
    "torture": ("ASSAULT", "torture", "18"),
    "siege": ("COERCE", "restrict", "17"),
    "blockade": ("COERCE", "restrict", "17"),
    "closure": ("COERCE", "restrict", "17"),
    "pillage": ("COERCE", "seize", "17"),
    "plunder": ("COERCE", "seize", "17"),
    "deportation": ("COERCE", "deport", "17"),
    "evacuation": ("RETREAT", "withdraw", "08"),
    "pullout": ("RETREAT", "withdraw", "08"),
    "retreat": ("RETREAT", "withdraw", "08"),
    "ceasefire": ("RETREAT", "ceasefire", "08"),
    "cease-fire": ("RETREAT", "ceasefire", "08"),
    "truce": ("RETREAT", "ceasefire", "08"),
    "sit-in": ("PROTEST", "demo", "14"),
    "vandalism": ("PROTEST", "vandalize", "14"),
    "uprising": ("PROTEST", "riot", "14"),
    "revolt": ("PROTEST", "riot", "14"),
    "insurrection": ("PROTEST", "riot", "14"),
    "mutiny": ("PROTEST", "riot", "14"),
    "ultimatum": ("THREATEN", None, "13"),
    "appeal": ("REQUEST", None, "10"),  # "issued an appeal for calm"
    "plea": ("REQUEST", None, "10"),
    "signing": ("SUPPORT", None, "05"),  # "the signing of the accord"
    "mediation": ("CONSULT", "third-party", "04"),
    "mobilization": ("MOBILIZE", None, "15"),
    "mobilisation": ("MOBILIZE", None, "15"),
    "airlift": ("AID", None, "07"),
    "freeze": ("SANCTION", None, "16"),
    "suspension": ("SANCTION", "discontinue", "16"),
}

WEAK_NOUNS: frozenset[str] = frozenset(
    {"operation", "aid", "assistance", "agreement", "deal", "meeting", "talk", "visit",
     "strike", "march", "raid", "delivery", "shipment", "capture", "summit", "ban",
     "negotiation", "withdrawal", "incident", "killing", "execution", "seizure",
     "restriction", "release", "investigation", "probe", "stoppage", "session",
     # generic on their own ("the siege is over", "a murder rate")
     "murder", "homicide", "atrocity", "torture", "siege", "blockade", "closure", "pillage",
     "plunder", "deportation", "evacuation", "pullout", "retreat", "ceasefire",
     "cease-fire", "truce", "vandalism", "uprising", "revolt", "insurrection", "mutiny",
     "ultimatum", "appeal", "plea", "signing", "mediation", "mobilization", "mobilisation",
     "airlift",
     "freeze", "suspension"}
)  # fmt: skip

LIGHT_VERBS: frozenset[str] = frozenset(
    {
        "adopt", "approve", "unveil", "order", "pass", "slap",
        "carry", "launch", "conduct", "stage", "mount", "perpetrate", "commit", "hold",
        "impose", "provide", "give", "send", "deliver", "sign", "conclude", "cast",
        "declare", "announce", "claim", "make", "unleash", "lead", "express",
        "begin", "start", "resume", "issue",
    }
)  # fmt: skip

VERB_OBJECT: dict[tuple[str, str], Entry] = {
    # the second word may be the verb's complement: "houses were set ablaze"
    ("set", "ablaze"): ("ASSAULT", "primitive", "18"),
    ("set", "alight"): ("ASSAULT", "primitive", "18"),
    ("lay", "siege"): ("COERCE", "restrict", "17"),
    ("down", "tool"): ("PROTEST", "strike", "14"),  # "workers downed tools"
    ("fly", "reinforcement"): ("MOBILIZE", "troops", "15"),
    ("fly", "troop"): ("MOBILIZE", "troops", "15"),
    ("rush", "reinforcement"): ("MOBILIZE", "troops", "15"),
    ("rush", "troop"): ("MOBILIZE", "troops", "15"),
    ("dispatch", "reinforcement"): ("MOBILIZE", "troops", "15"),
    ("set", "fire"): ("ASSAULT", "primitive", "18"),
    ("drop", "bomb"): ("ASSAULT", "aerial", "19"),
    ("fire", "rocket"): ("ASSAULT", "heavy-weapons", "19"),
    ("fire", "missile"): ("ASSAULT", "heavy-weapons", "19"),
    ("fire", "shell"): ("ASSAULT", "heavy-weapons", "19"),
    ("throw", "stone"): ("ASSAULT", "primitive", "18"),
    ("throw", "rock"): ("ASSAULT", "primitive", "18"),
    ("order", "troop"): ("MOBILIZE", "troops", "15"),
    ("order", "reinforcement"): ("MOBILIZE", "troops", "15"),
    ("recall", "ambassador"): ("SANCTION", "withdraw", "16"),
    ("expel", "diplomat"): ("SANCTION", "expel", "16"),
    ("lift", "ban"): ("CONCEDE", None, "08"),
    ("lift", "blockade"): ("CONCEDE", None, "08"),
    ("take", "control"): ("COERCE", "seize", "17"),
    ("seize", "control"): ("COERCE", "seize", "17"),
    ("regain", "control"): ("COERCE", "seize", "17"),
    ("cast", "veto"): ("REJECT", None, "12"),
    ("use", "veto"): ("REJECT", None, "12"),
    ("impose", "sanction"): ("SANCTION", None, "16"),
    ("impose", "curfew"): ("COERCE", "curfew", "17"),
    ("sign", "agreement"): ("SUPPORT", None, "05"),
    ("sign", "deal"): ("SUPPORT", None, "05"),
    ("provide", "aid"): ("AID", None, "07"),
    ("send", "troop"): ("MOBILIZE", "troops", "15"),
    ("send", "reinforcement"): ("MOBILIZE", "troops", "15"),
    ("lift", "curfew"): ("CONCEDE", None, "08"),
    ("lift", "sanction"): ("CONCEDE", None, "08"),
    ("hold", "talk"): ("CONSULT", None, "04"),
    ("hold", "meeting"): ("CONSULT", None, "04"),
    ("open", "fire"): ("ASSAULT", "firearms", "19"),
    ("lose", "life"): ("ASSAULT", None, "18"),
    ("take", "hostage"): ("ASSAULT", "abduct", "18"),
    ("express", "support"): ("SUPPORT", None, "05"),
    ("express", "solidarity"): ("SUPPORT", None, "05"),
    ("express", "gratitude"): ("SUPPORT", None, "05"),
}

PHRASAL: dict[tuple[str, str], Entry] = {
    ("go", "off"): ("ASSAULT", "explosives", "18"),
    ("pull", "back"): ("RETREAT", "withdraw", "08"),
    ("hand", "over"): ("RETREAT", "withdraw", "08"),
    ("set", "fire"): ("ASSAULT", "primitive", "18"),
    ("crack", "down"): ("COERCE", None, "17"),
    ("pull", "out"): ("RETREAT", "withdraw", "08"),
    ("call", "for"): ("REQUEST", None, "10"),
    ("step", "down"): ("RETREAT", "resign", "08"),
    ("open", "fire"): ("ASSAULT", "firearms", "19"),
    ("take", "over"): ("COERCE", "seize", "17"),
    ("sit", "in"): ("PROTEST", "demo", "14"),
    ("walk", "out"): ("PROTEST", "strike", "14"),
    ("gun", "down"): ("ASSAULT", "firearms", "18"),
    ("blow", "up"): ("ASSAULT", "explosives", "18"),
    ("round", "up"): ("COERCE", "arrest", "17"),
    ("make", "away"): ("COERCE", "seize", "17"),
    ("make", "off"): ("COERCE", "seize", "17"),
    ("seal", "off"): ("COERCE", "restrict", "17"),
    ("cordon", "off"): ("COERCE", "restrict", "17"),
    ("drive", "out"): ("COERCE", "deport", "17"),
    ("chase", "out"): ("COERCE", "deport", "17"),
    ("force", "out"): ("COERCE", "deport", "17"),
}

# Verbs that are events only with an object or in the passive ("viser à" is an aim).
TRANSITIVE_ONLY: frozenset[str] = frozenset({"target", "hit"})

REFLEXIVE_BLOCK: frozenset[str] = frozenset()

INSTRUMENTS: dict[str, str] = {
    "drone": "drone",
    "uav": "drone",
    "air": "aerial",
    "aerial": "aerial",
    "airstrike": "aerial",
    "aircraft": "aerial",
    "jet": "aerial",
    "warplane": "aerial",
    "helicopter": "aerial",
    "rocket": "heavy-weapons",
    "shell": "heavy-weapons",
    "artillery": "heavy-weapons",
    "missile": "heavy-weapons",
    "mortar": "heavy-weapons",
    "tank": "heavy-weapons",
    "explosive": "explosives",
    "bomb": "explosives",
    "ied": "explosives",
    "mine": "explosives",
    "grenade": "explosives",
    "suicide": "suicide-attack",
    "bomber": "suicide-attack",
    "gun": "firearms",
    "gunfire": "firearms",
    "rifle": "firearms",
    "bullet": "firearms",
    "gunman": "firearms",
    "gunmen": "firearms",
    "tear": "crowd-control",
    "stone": "primitive",
    "rock": "primitive",
    "molotov": "explosives",
    "teargas": "crowd-control",
    "cannon": "crowd-control",
    "baton": "beat",
    "knife": "primitive",
    "machete": "primitive",
    "chemical": "unconventional",
}

# Heads that are weapons when an instrument word modifies them ("engin explosif").
WEAPON_HEADS: frozenset[str] = frozenset(
    {"device", "car", "vehicle", "truck", "vest", "package", "charge"}
)

# Instrument words that name people (they give a mode but are actors).
ARMED_PERSONS: frozenset[str] = frozenset({"gunman", "gunmen", "bomber", "bombers"})

MODE_TYPES: frozenset[str] = frozenset({"ASSAULT"})

REPORTING_VERBS: frozenset[str] = frozenset(
    {
        "say", "announce", "claim", "state", "declare", "report", "tell", "add", "confirm",
        "assert", "allege", "insist", "note", "explain", "write", "post", "publish",
        "admit", "acknowledge", "estimate", "testify", "recount", "reply", "deplore",
    }
)  # fmt: skip
# Reporting verbs that, used as light verbs, announce rather than report an event.
LIGHT_ONLY: frozenset[str] = frozenset({"announce", "publish", "declare"})
STATEMENT_VERBS: frozenset[str] = REPORTING_VERBS
DENIAL_VERBS: frozenset[str] = frozenset({"deny", "refute", "dispute"})
SOURCE_MARKERS: tuple[str, ...] = ("according to",)

NEGATION_WORDS: frozenset[str] = frozenset({"not", "n't", "never", "no"})
HYPOTHETICAL_GOVERNORS: frozenset[str] = frozenset(
    {
        "aim", "seek", "want", "try", "attempt", "policy", "goal", "strategy", "mission",
        "plan", "threaten", "risk", "could", "might", "may", "would", "should", "must",
        "intend", "hope", "vow", "capacity", "ability", "bid", "way", "means", "ask",
    }
)  # fmt: skip
FUTURE_GOVERNORS: frozenset[str] = frozenset(
    {"will", "shall", "expect", "schedule", "set", "due", "suppose"}
)
# Purpose clauses ("pour protester", "in order to") state an aim, not a fact.
PURPOSE_MARKERS: frozenset[str] = frozenset({"to", "order"})
CONDITIONAL_MARKERS: frozenset[str] = frozenset({"if", "unless"})

TARGET_PREPS: frozenset[str] = frozenset({"against", "on", "at", "targeting", "upon"})
AGENT_PREPS: frozenset[str] = frozenset({"by"})
LOCATION_PREPS: frozenset[str] = frozenset(
    {
        "in",
        "at",
        "near",
        "outside",
        "inside",
        "across",
        "from",
        "into",
        "on",
        "over",
        "around",
        "of",
    }
)
NOMINAL_AGENT_PREPS: frozenset[str] = frozenset({"by", "of"})
# "the bombing of the embassy", "the shelling of the town": "of" names what was hit
# (French "l'attaque des jihadistes" names the attackers: no such type there)
PATIENT_OF_TYPES: frozenset[str] = frozenset({"ASSAULT"})
# "the embassy bombing", "a checkpoint attack": the building hit, not the attacker.
SITE_COMPOUNDS: frozenset[str] = frozenset(
    {"embassy", "consulate", "school", "hospital", "church", "mosque", "temple",
     "synagogue", "market", "hotel", "station", "checkpoint", "prison", "clinic",
     "office", "headquarters", "compound", "convoy", "bus", "train", "airport",
     "ministry", "parliament", "court", "courthouse", "bank", "restaurant", "cafe"}
)  # fmt: skip

ACTOR_OBJECT_ONLY: frozenset[str] = frozenset({"receive", "host", "lose", "hang"})
MILITARY_SUBJECT_ONLY: frozenset[str] = frozenset({"leave", "evacuate", "quit", "abandon"})
# Targeting an economy is a sanction: "the Treasury is targeting three banks and a
# shipping firm", "measures targeting the energy sector" (unless armed men do it).
ECONOMIC_READINGS: dict[str, Entry] = {"target": ("SANCTION", None, "16")}
ECONOMIC_NOUNS: frozenset[str] = frozenset(
    {"industry", "sector", "bank", "company", "firm", "business", "export", "import",
     "asset", "entity", "oligarch", "economy", "trade", "exporter", "importer", "revenue",
     "financing", "finance", "lender", "insurer", "investment"}
)  # fmt: skip
# People forced from their homes are displaced: "forced families to flee", "drove
# farmers from their land", "villagers were compelled to seek refuge in the hills".
FORCED_FLIGHT: dict[str, Entry] = {
    "force": ("COERCE", "deport", "17"),
    "drive": ("COERCE", "deport", "17"),
    "compel": ("COERCE", "deport", "17"),
    "push": ("COERCE", "deport", "17"),
    "chase": ("COERCE", "deport", "17"),
}
FLIGHT_VERBS: frozenset[str] = frozenset(
    {"flee", "leave", "abandon", "evacuate", "escape", "relocate", "seek refuge",
     "seek shelter", "seek safety", "take refuge", "take shelter"}
)  # fmt: skip
HOME_NOUNS: frozenset[str] = frozenset({"home", "house", "land", "village", "farm", "homestead"})
MILITARY_WORDS: frozenset[str] = frozenset(
    {"troop", "soldier", "force", "military", "contingent", "army", "peacekeeper", "unit"}
)
MEETING_ONLY: frozenset[str] = frozenset({"attend"})
CONTINUATION_VERBS: frozenset[str] = frozenset(
    {"continue", "intensify", "resume", "maintain", "extend", "step", "escalate", "expand",
     "keep"}
)  # fmt: skip
RESPONSIBILITY_NOUNS: frozenset[str] = frozenset({"responsibility", "credit"})
CALL_VERBS: frozenset[str] = frozenset({"call"})
OPERATION_NOUNS: frozenset[str] = frozenset({"operation", "raid", "sweep"})

# Nominal events whose "de X" / "of X" is the patient, not the agent ("l'arrestation de X").
PATIENT_NOUNS: frozenset[str] = frozenset(
    {
        "arrest",
        "detention",
        "capture",
        "abduction",
        "kidnapping",
        "assassination",
        "release",
        "expulsion",
        "killing",
        "execution",
        "looting",
        "seizure",
        "recapture",
        "rape",
        "signing",
    }
)
# Prepositions introducing a recipient ("envoyer une aide à X", "hand over to X").
RECIPIENT_PREPS: frozenset[str] = frozenset({"to"})
# Prepositions naming the other party of what is given, promised or suspended ("aid for
# Sudan", "its cooperation with France").
PARTNER_PREPS: frozenset[str] = frozenset({"to", "with", "for"})
# Possessive determiners: "its ambassador", "their troops" belong to the actor.
POSSESSIVE_DETS: frozenset[str] = frozenset({"its", "their", "his", "her"})
# Verbs attributing a deed to someone ("attributed to the rebels", "blamed on").
ATTRIBUTION_VERBS: frozenset[str] = frozenset({"attribute", "blame"})

# Quantity nouns whose complement is the real head ("une vingtaine de responsables").
QUANTITY_NOUNS: frozenset[str] = frozenset(
    {"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "number", "group", "score"}
)
# Casualty nouns: a toll, never a target ("faisant trois morts").
CASUALTY_NOUNS: frozenset[str] = frozenset(
    {"dead", "deaths", "wounded", "injured", "casualties", "victims", "fatalities"}
)
# Prepositions that introduce a place even when the gazetteer does not know it.
STRICT_LOCATION_PREPS: frozenset[str] = frozenset({"in", "at", "near"})
# Nouns heading a named place ("le village de X", "the town of X").
PLACE_NOUNS: frozenset[str] = frozenset(
    {
        "village",
        "town",
        "city",
        "district",
        "region",
        "province",
        "state",
        "county",
        "camp",
        "area",
        "neighbourhood",
        "neighborhood",
        "locality",
    }
)

# Prepositions introducing a source of information ("selon X"; English "according to X").
SOURCE_PREPS: frozenset[str] = frozenset({"to"})

# Directional prepositions ("ordered troops to the area").
DIRECTION_PREPS: frozenset[str] = frozenset({"to", "toward", "towards", "into"})

# Clitic pronouns that make a verb reflexive ("se réunir"), and the key PHRASAL gives a
# reflexive reading: English has none.
REFLEXIVE_CLITICS: frozenset[str] = frozenset()
REFLEXIVE_PARTICLE: str = ""
# Determiners that negate the noun they introduce ("no attack took place").
NEGATIVE_DETERMINERS: frozenset[str] = frozenset({"no", "nobody"})  # and "nobody"

# --------------------------------------------------------------------------- context words

# (head noun, modifier) → entry: a compound naming an event ("death toll").
NOUN_COMPOUNDS: dict[tuple[str, str], Entry] = {
    ("toll", "death"): ("ASSAULT", None, "18"),
    ("state", "emergency"): ("COERCE", None, "17"),
    ("law", "martial"): ("COERCE", "martial-law", "17"),
    ("control", "export"): ("SANCTION", None, "16"),
    ("strike", "hunger"): ("PROTEST", "hunger", "14"),
    ("strike", "general"): ("PROTEST", "strike", "14"),
}
# Nouns naming the start of their complement event ("the imposition of a curfew").
LIGHT_NOUNS: frozenset[str] = frozenset(
    {"imposition", "declaration", "proclamation", "launch", "introduction"}
)
# (preposition, noun) → entry: a state named by a phrase ("judges on strike").
PREP_NOUNS: dict[tuple[str, str], Entry] = {
    ("on", "strike"): ("PROTEST", "strike", "14"),
    ("to", "street"): ("PROTEST", "demo", "14"),  # "took to the streets"
    ("under", "attack"): ("ASSAULT", None, "18"),  # "came under attack"
    ("under", "arrest"): ("COERCE", "arrest", "17"),  # "placed under house arrest"
    ("into", "custody"): ("COERCE", "arrest", "17"),  # "taken into custody"
}
# Event nouns with a civil reading when nothing armed is around: "a strike over pay", "the
# nurses' strike" (but "a strike on the depot", "a drone strike").
CIVIL_READINGS: dict[str, Entry] = {"strike": ("PROTEST", "strike", "14")}
# Roads blocked by police or soldiers are restricted, not a protest: "troops blocked the
# bridge", "riot police barricaded the avenue".
FORCE_READINGS: dict[str, Entry] = {
    "block": ("COERCE", "restrict", "17"),
    "barricade": ("COERCE", "restrict", "17"),
}
# Verbs whose weapon object makes the attack ("used tear gas", "fired rockets").
USE_VERBS: frozenset[str] = frozenset(
    {"use", "fire", "launch", "drop", "unleash", "employ", "lob", "hurl"}
)
# Verbs that are violent deaths only with a violent cause ("died of gunshot wounds").
CAUSE_ONLY: frozenset[str] = frozenset({"die", "succumb", "perish"})
VIOLENT_CAUSES: frozenset[str] = frozenset(
    {"wound", "injury", "gunshot", "bullet", "battle", "combat", "action"}
)
# Verbs and "verb object" idioms whose subject is the victim ("lost their lives").
PATIENT_SUBJECT: frozenset[str] = frozenset(
    {"die", "succumb", "perish", "lose life", "suffer", "sustain", "endure", "come"}
)  # "come": only an attack undergone makes it a trigger ("came under fire")
# Verbs whose subject undergoes the attack they name ("the patrol suffered an ambush").
UNDERGO_VERBS: frozenset[str] = frozenset({"suffer", "sustain", "endure"})
# Prepositions of an attack undergone ("the convoy came under fire").
UNDERGO_PREPS: frozenset[str] = frozenset({"under"})
# Nouns that are attacks when undergone ("came under heavy fire").
UNDERGONE_NOUNS: dict[str, Entry] = {
    "fire": ("ASSAULT", "firearms", "19"),
    "bullet": ("ASSAULT", "firearms", "19"),
}
# Verbs whose subject lost the people named as object ("the army lost six men").
LOSS_VERBS: frozenset[str] = frozenset({"lose"})
# Verbs that are seizures only of materiel ("weapons were recovered by the gang").
MATERIEL_ONLY: frozenset[str] = frozenset({"recover", "buy", "purchase"})
MATERIEL_WORDS: frozenset[str] = frozenset(
    {"weapon", "arm", "equipment", "ammunition", "vehicle", "motorcycle", "cattle",
     "livestock", "truck", "rifle", "gun"}
)  # fmt: skip
# Verbs that are captures only of a place or a site ("retook the base").
PLACE_OBJECT_ONLY: frozenset[str] = frozenset({"retake"})
SITE_NOUNS: frozenset[str] = frozenset(
    {"base", "position", "post", "barracks", "camp", "airport", "hill", "town", "city",
     "village", "stronghold", "control"}
)  # fmt: skip
# Verbs that are attacks only with a weapon or an event as subject or agent.
# "a bomb went off", "mortar shells landed on the market", "rockets fell on the town"
INSTRUMENT_SUBJECT_ONLY: frozenset[str] = frozenset({"go", "land", "fall"})
# Verbs that are events only without an object ("demonstrated its resolve" is no protest).
INTRANSITIVE_ONLY: frozenset[str] = frozenset({"demonstrate"})
# Verbs of a trend: "the protests surged in 2019" tells a trend, not an event.
TREND_VERBS: frozenset[str] = frozenset(
    {"surge", "wane", "increase", "decrease", "intensify", "escalate", "grow", "rise",
     "decline", "subside", "abate", "multiply"}
)  # fmt: skip
# Verbs and "verb object" idioms saying that an event took place.
OCCURRENCE_VERBS: frozenset[str] = frozenset(
    {"occur", "happen", "take place", "last", "erupt", "break", "unfold", "witness"}
)
# Adverbs of a habit ("the army frequently shells the area").
FREQUENCY_ADVERBS: frozenset[str] = frozenset(
    {"frequently", "often", "regularly", "routinely", "usually", "sometimes",
     "typically", "constantly", "generally", "habitually"}
)  # fmt: skip
# Determiners of a kind ("such attacks").
GENERIC_DETERMINERS: frozenset[str] = frozenset({"such"})
# An event said to exist: "there was heavy fighting in the north".
EXISTENTIAL_VERBS: frozenset[str] = frozenset({"be"})
# Said of events in general, not of one: "clashes between herders are common here".
GENERIC_ADJECTIVES: frozenset[str] = frozenset(
    {"common", "frequent", "rare", "routine", "commonplace", "widespread", "recurrent",
     "usual", "customary"}
)  # fmt: skip
# "clashes between X and Y": both parties.
PARTY_PREPS: frozenset[str] = frozenset({"between"})
# "soldiers clashed with militants": the other side.
OPPONENT_PREPS: frozenset[str] = frozenset({"with"})
# "nurses on strike", "the envoy, on a visit to X": the people in the event act.
STATE_PREPS: frozenset[str] = frozenset({"on"})
# Nouns of a series looked through to their complement ("a wave of air strikes").
SERIES_NOUNS: frozenset[str] = frozenset(
    {"wave", "series", "string", "barrage", "volley", "spate", "salvo", "round", "night"}
)  # also a stretch of time filled with events: "a night of rioting"
# Prepositions of a duration reaching now (a state rather than an event).
DURATION_PREPS: frozenset[str] = frozenset({"since", "for"})
# "hours after the bombing": a time adjunct pointing back to an event.
TIME_PREPS: frozenset[str] = frozenset({"after", "before", "since", "following"})
# English says the recent past with "have just".
RECENT_PAST_VERBS: frozenset[str] = frozenset()
# "the deadliest attack": a comparison (also read from the tagger's Degree=Sup).
SUPERLATIVE_ADVERBS: frozenset[str] = frozenset({"most", "least"})
# Giving these is a statement, not aid ("without providing details").
INFORMATION_NOUNS: frozenset[str] = frozenset(
    {"detail", "information", "explanation", "evidence", "figure", "comment", "update",
     "account", "name", "identity", "signal", "message"}
)  # fmt: skip

# Refusing to tell is no rejection: "declined to comment", "refused to identify himself".
COMMENT_VERBS: frozenset[str] = frozenset(
    {"comment", "elaborate", "identify", "disclose", "discuss", "specify", "speculate",
     "name", "answer", "reveal", "respond", "divulge"}
)  # fmt: skip
# A deal of the market is no event: "the fund agreed to sell its stake", "the board
# rejected the bid as too low", "lower rates allowed firms to invest".
MARKET_NOUNS: frozenset[str] = frozenset(
    {"share", "stake", "stock", "bond", "shareholder", "stockholder", "bid", "tender",
     "acquisition", "takeover", "merger", "profit", "earnings", "dividend", "price",
     "rate", "fee", "market", "capacity", "sale", "investor", "holder", "buyout",
     "auction"}
)  # fmt: skip
TRADE_VERBS: frozenset[str] = frozenset({"buy", "purchase", "acquire", "sell"})
# "signed the accord" is an event, "signed his third win" is sport.
DOCUMENT_ONLY: frozenset[str] = frozenset({"sign"})
DOCUMENT_NOUNS: frozenset[str] = frozenset(
    {"agreement", "accord", "deal", "treaty", "pact", "decree", "law", "bill", "order",
     "contract", "memorandum", "protocol", "declaration", "charter", "convention",
     "ceasefire", "truce", "petition", "letter", "document", "paper", "resolution",
     "statement", "communique", "text", "armistice", "peace", "accession", "act",
     "ordinance", "understanding", "commitment", "roadmap", "plan"}
)  # fmt: skip
# "the mayor called the plan a mistake" names the plan, it asks nothing.
NAMING_VERBS: frozenset[str] = frozenset({"call"})
# Accidents and disasters: "killed in a road accident", "the crash killed the crew"
# (rescuers are no such word: they often give an attack's toll).
MISHAP_WORDS: frozenset[str] = frozenset(
    {"accident", "crash", "collision", "collide", "wreck", "shipwreck", "derailment",
     "derail", "pileup", "earthquake", "quake", "flood", "flooding", "storm",
     "hurricane", "cyclone", "typhoon", "tornado", "landslide", "mudslide", "avalanche",
     "drowning"}
)  # fmt: skip
RESCUE_WORKERS: frozenset[str] = frozenset(
    {"firefighter", "fireman", "firemen", "paramedic", "rescuer", "lifeguard"}
)  # fmt: skip
# A fire no one set is a mishap: "the blaze gutted the warehouse", "destroyed by the
# flames" (not "an arson attack", "rioters torched"). "fire" alone is also gunfire.
FIRE_WORDS: frozenset[str] = frozenset({"fire", "blaze", "flame", "flames", "inferno"})
ARSON_WORDS: frozenset[str] = frozenset(
    {"arson", "arsonist", "arsonists", "firebomb", "molotov", "incendiary", "torch",
     "torched", "petrol", "gasoline", "deliberately", "set"}
)  # fmt: skip
# Words that tell a mishap around a harm with no doer, in its paragraph: "she fell from
# a balcony; badly hurt, she was taken to hospital".
MISHAP_CONTEXT_WORDS: frozenset[str] = frozenset(
    {"fall", "fell", "plunge", "plunged", "suicide", "overdose", "blaze", "skid", "overturn"}
)  # fmt: skip
# Fighting to keep a job is striving, no attack (unless arms or a place are at stake).
STRIVING_VERBS: frozenset[str] = frozenset({"fight", "battle", "struggle"})
# Things that require, not ask: "the plan calls for two plants", "the reform demands
# funds" (a text's author still asks: "the resolution, the proposal calls for a truce").
REQUIRING_NOUNS: frozenset[str] = frozenset(
    {"plan", "project", "law", "bill", "contract", "reform", "budget", "program",
     "programme", "rule", "regulation", "situation", "job", "work"}
)  # fmt: skip
# Places of daily life whose closing is a notice: English has no closing verb among its
# restrictions ("sealed off" is done by someone), so none.
AMENITY_NOUNS: frozenset[str] = frozenset()

# --------------------------------------------------------------------------- modality words

# Modal auxiliaries of a possible event: "Kopp could be charged", "people who might be
# targeted" (a perfect, "may have been killed", tells a past event unsure).
MODAL_AUXILIARIES: frozenset[str] = frozenset({"could", "might", "may", "can"})
PERFECT_AUXILIARIES: frozenset[str] = frozenset({"have", "has", "'ve"})
# Nouns of a feared or possible event: "the threat of air strikes", "the risk of clashes".
PROSPECT_NOUNS: frozenset[str] = frozenset(
    {"threat", "risk", "fear", "possibility", "prospect", "danger", "spectre", "specter",
     "likelihood", "chance", "scenario", "eventuality"}
)  # fmt: skip
# Adverbs that make a report of what they modify ("gunmen reportedly stormed the village").
REPORT_ADVERBS: frozenset[str] = frozenset(
    {"reportedly", "allegedly", "purportedly", "reputedly", "apparently", "probably"}
)
# A report, an estimate or a source as subject tells a claim: "early estimates put the
# number of victims at sixty", "rumours spoke of looting".
REPORT_NOUNS: frozenset[str] = frozenset(
    {"report", "estimate", "source", "rumour", "rumor", "testimony"}
)
# What people believe or suspect is a claim: "the army is believed to have killed 20",
# "the militia is suspected of carrying out the raid", "police think rebels fled".
BELIEF_VERBS: frozenset[str] = frozenset(
    {"believe", "think", "suspect", "understand", "presume", "assume", "suppose"}
)
# Auxiliaries of the conditional ("would").
CONDITIONAL_AUXILIARIES: frozenset[str] = frozenset({"would"})
CONDITIONAL_ENDINGS: tuple[str, ...] = ()
# The English conditional is no report.
REPORTIVE_CONDITIONAL: bool = False
# Verbs that make their complement a fact when they are in the past ("managed to free").
IMPLICATIVE_GOVERNORS: frozenset[str] = frozenset({"manage", "succeed", "allow", "enable"})
# Verbs that stop their complement from happening ("stopped protesters from marching").
PREVENTION_GOVERNORS: frozenset[str] = frozenset({"stop", "prevent", "block", "bar", "keep"})

# Derived from the PETRARCH2 CAMEO verb dictionary (cameo_verbs.py, generated by
# scripts/derive_petrarch.py): the curated entries above win on the same key, and a word the
# curated lists give another role (light, reporting, denial or attribution verb, governor of
# modality or aspect) gets no derived entry as a verb of its own.
_OTHER_ROLES = (
    LIGHT_VERBS | REPORTING_VERBS | DENIAL_VERBS | ATTRIBUTION_VERBS | CALL_VERBS
    | HYPOTHETICAL_GOVERNORS | FUTURE_GOVERNORS | CONTINUATION_VERBS
)  # fmt: skip
# A verb the curated tables know keeps its curated behaviour: no derived verb-object entry.
_CURATED_VERBS = frozenset(VERBS) | _OTHER_ROLES | {verb for verb, _ in VERB_OBJECT}
VERBS = {**{k: v for k, v in _cameo.VERBS.items() if k not in _OTHER_ROLES}, **VERBS}
VERB_OBJECT = {
    **{k: v for k, v in _cameo.VERB_OBJECT.items() if k[0] not in _CURATED_VERBS},
    **VERB_OBJECT,
}
PHRASAL = {**{k: v for k, v in _cameo.PHRASAL.items() if k[0] not in _OTHER_ROLES}, **PHRASAL}
